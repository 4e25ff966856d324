/** Reads the real articles of content/docs for content tests (no build needed). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content/docs');

export interface Article {
	/** Page slug as Starlight derives it: `issues/refund`, `contact` for contact/index.mdx, `` for the home page. */
	slug: string;
	file: string;
	data: Record<string, unknown>;
	body: string;
}


export function loadArticles(): Article[] {
	return readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => join(CONTENT_DIR, f))
		.map((file) => {
		const source = readFileSync(file, 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
		if (!match) throw new Error(`${file}: no frontmatter`);
		const rel = relative(CONTENT_DIR, file).replace(/\.mdx?$/, '');
		const slug = rel === 'index' ? '' : rel.replace(/\/index$/, '');
		return { slug, file: relative(resolve(CONTENT_DIR, '../..'), file), data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
	});
}

/** H2 headings of a body, in order. */
export function h2s(body: string): string[] {
	return [...body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** The text of one H2 section (up to the next H2). */
export function section(body: string, heading: string): string {
	const start = body.indexOf(`\n## ${heading}\n`);
	if (start === -1) return '';
	const rest = body.slice(start + heading.length + 5);
	const next = rest.search(/^## /m);
	return next === -1 ? rest : rest.slice(0, next);
}

/** Root-relative internal links (`/issues/refund/` → `issues/refund`), without anchors or queries. */
export function internalLinks(body: string): string[] {
	return [...body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href="(\/[^"#?]*)[^"]*"|link: (\/\S*)/g)]
		.map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/^\/|\/$/g, ''));
}
