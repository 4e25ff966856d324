/**
 * Runs reader queries against the real Pagefind index of `dist/` in headless Chromium — the same
 * `pagefind.js` a reader's browser loads, with the page's `lang="zh-CN"` — through the same
 * src/lib/search code the search dialog uses (scripts/lib/search-page.ts). Used by `npm run eval:search` and a Vitest test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RESULTS_SHOWN } from '../../src/lib/search/pagefind.ts';
import { launchBrowser } from './browser.ts';
import { openSearchPage, type SearchMode, type SearchPageGlobals } from './search-session.ts';
import { serveSite } from './site-server.ts';

export interface EvalQuery {
	q: string;
	expect: string[];
	/** How the query is written (`pinyin`, `typo`…); the file's name when absent. */
	category?: string;
}

export interface QueryOutcome extends EvalQuery {
	/** Result slugs, best first (`issues/refund`). */
	got: string[];
	/** 1-based rank of the first expected slug, or 0 when it is not in the results. */
	rank: number;
}

export interface EvalSummary {
	count: number;
	top1: number;
	top3: number;
	mrr: number;
	zeroResults: number;
	outcomes: QueryOutcome[];
}


export function loadQueries(file: string): EvalQuery[] {
	// Queries without a category are named after the file: queries.robust.json → robust.
	const defaultCategory = basename(file, '.json').replace(/^queries\./, '');
	const data = JSON.parse(readFileSync(file, 'utf8')) as { queries?: EvalQuery[] };
	if (!Array.isArray(data.queries)) throw new Error(`${file}: expected { "queries": [ { "q", "expect" } ] }`);
	return data.queries.map((q) => ({ ...q, category: q.category ?? defaultCategory }));
}

function summarize(outcomes: QueryOutcome[]): EvalSummary {
	const n = outcomes.length || 1;
	return {
		count: outcomes.length,
		top1: outcomes.filter((o) => o.rank === 1).length / n,
		top3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
		mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
		zeroResults: outcomes.filter((o) => o.got.length === 0).length / n,
		outcomes,
	};
}

/** `help`, `plain` (the baseline) or `raw`: see scripts/lib/search-page.ts. */
export type EvalMode = SearchMode;

export async function evaluateSearch(queries: EvalQuery[], mode: EvalMode = 'help'): Promise<EvalSummary> {
	const server = await serveSite();
	const browser = await launchBrowser();
	try {
		const { page } = await openSearchPage(browser, server.url);
		const ranking = process.env['HELP_SEARCH_RANKING'] ? (JSON.parse(process.env['HELP_SEARCH_RANKING']) as object) : null;
		// The dialog shows RESULTS_SHOWN; the baselines are judged on their first 10.
		const top = mode === 'help' ? RESULTS_SHOWN : 10;
		const results = await page.evaluate(
			async ({ queries, mode, ranking, top }) => {
				const g = globalThis as unknown as SearchPageGlobals;
				await g.searchInit(mode, ranking);
				const urls: string[][] = [];
				for (const q of queries) urls.push((await g.searchQuery(mode, q, top)).urls);
				return urls;
			},
			{ queries: queries.map((q) => q.q), mode, ranking, top },
		);
		const outcomes = queries.map((query, i) => {
			const got = (results[i] ?? []).map((url) => url.replace(/^\/|\/$/g, '').replace(/\.html$/, ''));
			const index = got.findIndex((slug) => query.expect.includes(slug));
			return { ...query, got, rank: index + 1 };
		});
		return summarize(outcomes);
	} finally {
		await browser.close();
		await server.close();
	}
}

/** One summary per category, in the order categories first appear. */
export function byCategory(s: EvalSummary): Array<[string, EvalSummary]> {
	const names = [...new Set(s.outcomes.map((o) => o.category ?? ''))];
	return names.map((name) => [name, summarize(s.outcomes.filter((o) => (o.category ?? '') === name))]);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: EvalSummary) =>
	`${name.padEnd(14)} ${String(s.count).padStart(3)} queries  top-1 ${pct(s.top1).padStart(6)}  top-3 ${pct(s.top3).padStart(6)}  MRR ${s.mrr.toFixed(3)}  no result ${pct(s.zeroResults).padStart(6)}`;

export function formatSummary(name: string, s: EvalSummary): string {
	const categories = byCategory(s);
	const lines = [
		line(name, s),
		...(categories.length > 1 ? categories.map(([c, cs]) => `  ${line(c, cs)}`) : []),
	];
	for (const o of s.outcomes.filter((x) => x.rank !== 1)) {
		lines.push(`  miss${o.rank ? ` (rank ${o.rank})` : ''}: “${o.q}” expected ${o.expect.join(' | ')}; got ${o.got.slice(0, 3).join(', ') || 'nothing'}`);
	}
	return lines.join('\n');
}
