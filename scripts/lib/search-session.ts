/**
 * Opens a page of a served site with the search runner (scripts/lib/search-page.ts) in it: the one
 * harness behind `npm run eval:search` (quality) and `npm run bench` (speed), so both measure the
 * code the search dialog runs.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './paths.ts';

/** See scripts/lib/search-page.ts. */
export type SearchMode = 'help' | 'plain' | 'raw';

export interface SearchRun {
	ms: number;
	/** How many results the search found. */
	results: number;
	/** The URLs of the top results, best first. */
	urls: string[];
	/** Pagefind searches the query ran (1 for plain Pagefind). */
	searches: number;
	/** The query's weighted terms and the best page's evidence (the site's search only). */
	debug?: string;
}

/** What search-page.ts puts on `globalThis`, for `page.evaluate` callbacks. */
export interface SearchPageGlobals {
	searchInit(mode: SearchMode, ranking: object | null): Promise<number>;
	searchQuery(mode: SearchMode, q: string, top: number, debug?: boolean): Promise<SearchRun>;
}

let bundled: Promise<string> | undefined;
const pageScript = () =>
	(bundled ??= build({
		entryPoints: [resolve(ROOT, 'scripts/lib/search-page.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		target: 'es2022',
	}).then((out) => out.outputFiles[0]?.text ?? ''));

/**
 * A fresh context (empty cache, like a new reader) on the site's home page (or `path`: `/en/` for the English path), with the runner loaded.
 * Service workers are blocked so that the site's precache does not fetch the index behind the
 * page's back; the CSP is bypassed for the injected runner only (Pagefind runs under the same rules).
 */
export async function openSearchPage(browser: Browser, siteUrl: string, path = '/'): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ locale: path.startsWith('/en/') ? 'en-GB' : 'zh-CN', serviceWorkers: 'block', bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${siteUrl}${path}`);
	await page.addScriptTag({ content: await pageScript() });
	return { page, close: () => context.close() };
}
