/**
 * Page weight of the built site: for each page, the bytes of its HTML, the stylesheets it links and
 * the JavaScript it loads at start-up (module scripts and their static imports; Pagefind, which
 * loads only when the reader opens search, is reported separately as `searchJs`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	html: Weight;
	css: Weight;
	js: Weight;
	/** The script files loaded at start-up, relative to the build folder. */
	scripts: string[];
}

/** Per-page budgets in gzip bytes, set from measurements (see README, “Performance”). */
export const BUDGETS = { html: 16 * 1024, css: 12 * 1024, js: 16 * 1024 } as const;

const weigh = (buf: Buffer): Weight => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** A script and every module it statically imports, as paths relative to `root`. */
export function scriptClosure(root: string, entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const source = readFileSync(join(root, entry), 'utf8');
	for (const m of source.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
		const spec = m[1] ?? '';
		const target = spec.startsWith('/') ? spec.slice(1) : relative(root, resolve(root, dirname(entry), spec));
		scriptClosure(root, target, seen);
	}
	return seen;
}

export function pageWeight(root: string, file: string): PageWeight {
	const html = readFileSync(file);
	const text = html.toString('utf8');
	let css: Weight = { raw: 0, gzip: 0 };
	for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="\/([^"]+)"/g)) {
		if (/media="print"/.test(m[0])) continue;
		css = add(css, weigh(readFileSync(join(root, m[1] ?? ''))));
	}
	const scripts = new Set<string>();
	for (const m of text.matchAll(/<script[^>]+src="\/([^"]+)"/g)) scriptClosure(root, m[1] ?? '', scripts);
	let js = [...scripts].reduce((sum, s) => add(sum, weigh(readFileSync(join(root, s)))), { raw: 0, gzip: 0 });
	for (const m of text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) js = add(js, weigh(Buffer.from(m[1] ?? '')));
	const page = `/${relative(root, file)}`.replace(/index\.html$/, '');
	return { page, html: weigh(html), css, js, scripts: [...scripts].sort() };
}

export function siteWeights(root: string): PageWeight[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => pageWeight(root, join(root, f)))
		.sort((a, b) => a.page.localeCompare(b.page));
}

/** The search bundle a reader downloads when first opening search. */
export function searchJs(root: string): Weight {
	return ['pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-entry.json']
		.map((f) => weigh(readFileSync(join(root, f))))
		.reduce(add, { raw: 0, gzip: 0 });
}

export function overBudget(w: PageWeight): string[] {
	return (['html', 'css', 'js'] as const).filter((k) => w[k].gzip > BUDGETS[k]).map((k) => `${w.page}: ${k} ${w[k].gzip} B gzip > budget ${BUDGETS[k]} B`);
}
