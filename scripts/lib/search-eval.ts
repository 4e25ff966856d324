/**
 * Runs reader queries against the real Pagefind index of `dist/` in headless Chromium — the same
 * `pagefind.js` a reader's browser loads, with the page's `lang="zh-CN"` — through the same
 * src/lib/search code the search dialog uses (scripts/lib/search-page.ts). Used by `npm run eval:search` and a Vitest test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RESULTS_SHOWN } from '../../src/lib/search/pagefind.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openSearchPage, type SearchMode, type SearchPageGlobals } from './search-session.ts';
import { serveSite } from './site-server.ts';

export interface EvalQuery {
	q: string;
	expect: string[];
	/** How the query is written (`pinyin`, `typo`…); the file's name when absent. */
	category?: string;
	/** The blind sets' name for `category`. */
	kind?: string;
}

export interface QueryOutcome extends EvalQuery {
	/** Result slugs, best first (`issues/refund`). */
	got: string[];
	/** 1-based rank of the first expected slug, or 0 when it is not in the results. */
	rank: number;
	/** What the search made of the query (its weighted terms, the best page's evidence). */
	debug?: string;
}

export interface EvalSummary {
	count: number;
	top1: number;
	top3: number;
	mrr: number;
	zeroResults: number;
	/** Queries the site has no page for (`expect: []`)… */
	negatives: number;
	/** …and the share of them that got no result list (the honest answer). */
	honest: number;
	outcomes: QueryOutcome[];
}

export function loadQueries(file: string): EvalQuery[] {
	// Queries without a category are named after the file: queries.robust.json → robust.
	const defaultCategory = basename(file, '.json').replace(/^queries\./, '');
	const data = JSON.parse(readFileSync(file, 'utf8')) as { queries?: EvalQuery[] };
	if (!Array.isArray(data.queries)) throw new Error(`${file}: expected { "queries": [ { "q", "expect" } ] }`);
	return data.queries.map((q) => ({ ...q, category: q.category ?? q.kind ?? defaultCategory }));
}

/** A query the site has no page for: the honest answer is no result. */
export const isNegative = (q: Pick<EvalQuery, 'expect'>) => q.expect.length === 0;

function summarize(all: QueryOutcome[]): EvalSummary {
	const outcomes = all.filter((o) => !isNegative(o));
	const negatives = all.filter(isNegative);
	const n = outcomes.length || 1;
	return {
		negatives: negatives.length,
		honest: negatives.filter((o) => o.got.length === 0).length / (negatives.length || 1),
		count: outcomes.length,
		top1: outcomes.filter((o) => o.rank === 1).length / n,
		top3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
		mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
		zeroResults: outcomes.filter((o) => o.got.length === 0).length / n,
		outcomes: all,
	};
}

/** `help`, `plain` (the baseline) or `raw`: see scripts/lib/search-page.ts. */
export type EvalMode = SearchMode;

/** A served build and a browser to reach it (what tests/e2e/harness.ts `useSite` gives a test file). */
export interface ServedSite {
	readonly browser: Browser;
	readonly server: { readonly url: string };
}

/** Runs the queries in a fresh context on `site` (left running), or on a server and Chromium of its own. */
export async function evaluateSearch(queries: EvalQuery[], mode: EvalMode = 'help', site?: ServedSite): Promise<EvalSummary> {
	if (site) return evaluateOn(site, queries, mode);
	const server = await serveSite();
	const browser = await launchBrowser();
	try {
		return await evaluateOn({ browser, server }, queries, mode);
	} finally {
		await browser.close();
		await server.close();
	}
}

/** English queries (every expected page the English home or under /en/) are run on /en/, through the English path. */
export const isEnglishSet = (queries: readonly EvalQuery[]) =>
	queries.some((q) => q.expect.length > 0) && queries.every((q) => q.expect.every((slug) => slug === 'en' || slug.startsWith('en/')));

async function evaluateOn(site: ServedSite, queries: EvalQuery[], mode: EvalMode): Promise<EvalSummary> {
	const { page, close } = await openSearchPage(site.browser, site.server.url, isEnglishSet(queries) ? '/en/' : '/');
	try {
		const ranking = process.env['HELP_SEARCH_RANKING'] ? (JSON.parse(process.env['HELP_SEARCH_RANKING']) as object) : null;
		// The dialog shows RESULTS_SHOWN; the baselines are judged on their first 10.
		const top = mode === 'help' ? RESULTS_SHOWN : 10;
		const results = await page.evaluate(
			async ({ queries, mode, ranking, top, debug }) => {
				const g = globalThis as unknown as SearchPageGlobals;
				await g.searchInit(mode, ranking);
				const runs: Array<{ urls: string[]; debug?: string }> = [];
				for (const q of queries) {
					const run = await g.searchQuery(mode, q, top, debug);
					runs.push({ urls: run.urls, ...(run.debug === undefined ? {} : { debug: run.debug }) });
				}
				return runs;
			},
			{ queries: queries.map((q) => q.q), mode, ranking, top, debug: process.env['SEARCH_EVAL_DEBUG'] === '1' },
		);
		const outcomes = queries.map((query, i) => {
			const got = (results[i]?.urls ?? []).map((url) => url.replace(/^\/|\/$/g, '').replace(/\.html$/, ''));
			const index = got.findIndex((slug) => query.expect.includes(slug));
			const debug = results[i]?.debug;
			return { ...query, got, rank: index + 1, ...(debug === undefined ? {} : { debug }) };
		});
		return summarize(outcomes);
	} finally {
		await close();
	}
}

/** One summary per category, in the order categories first appear. */
export function byCategory(s: EvalSummary): Array<[string, EvalSummary]> {
	const names = [...new Set(s.outcomes.map((o) => o.category ?? ''))];
	return names.map((name) => [name, summarize(s.outcomes.filter((o) => (o.category ?? '') === name))]);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: EvalSummary) =>
	s.count === 0 && s.negatives > 0
		? `${name.padEnd(14)} ${String(s.negatives).padStart(3)} queries with no page: no result list for ${pct(s.honest)}`
		: `${name.padEnd(14)} ${String(s.count).padStart(3)} queries  top-1 ${pct(s.top1).padStart(6)}  top-3 ${pct(s.top3).padStart(6)}  MRR ${s.mrr.toFixed(3)}  no result ${pct(s.zeroResults).padStart(6)}${s.negatives > 0 ? `  (+${s.negatives} with no page: no result ${pct(s.honest)})` : ''}`;

export function formatSummary(name: string, s: EvalSummary): string {
	const categories = byCategory(s);
	const lines = [line(name, s), ...(categories.length > 1 ? categories.map(([c, cs]) => `  ${line(c, cs)}`) : [])];
	const verbose = process.env['SEARCH_EVAL_DEBUG'] === '1';
	for (const o of s.outcomes) {
		const debug = verbose && o.debug ? `  [${o.debug}]` : '';
		if (isNegative(o)) {
			if (o.got.length > 0 || verbose)
				lines.push(`  ${o.got.length > 0 ? 'shown for a query with no page' : 'honest'}: “${o.q}” got ${o.got.slice(0, 3).join(', ') || 'nothing'}${debug}`);
		} else if (o.rank !== 1 || verbose) {
			lines.push(
				`  ${o.rank === 1 ? 'hit' : `miss${o.rank ? ` (rank ${o.rank})` : ''}`}: “${o.q}” expected ${o.expect.join(' | ')}; got ${o.got.slice(0, 3).join(', ') || 'nothing'}${debug}`,
			);
		}
	}
	return lines.join('\n');
}
