/**
 * `npm run bench` search measurements on a built site, in headless Chromium through the site's
 * real pagefind.js and the search dialog's code (scripts/lib/search-session.ts, as the search eval):
 * - latency: median and p95 of the fixed queries, over a few fresh browser contexts;
 * - first-query download: every /pagefind/ request a new visitor's first query makes.
 * (What the first visit stores offline is read from sw.js by scripts/bench/offline.ts.)
 */
import { launchBrowser } from '../lib/browser.ts';
import { openSearchPage, type SearchPageGlobals } from '../lib/search-session.ts';
import { serveSite } from '../lib/site-server.ts';
import { RESULTS_SHOWN } from '../../src/lib/search/pagefind.ts';
import type { Variant } from './build.ts';

export interface FirstQueryDownload {
	requests: number;
	bytes: number;
	/** Bytes by kind: js, wasm, entry, meta, index, fragment, filter, other. */
	byKind: Record<string, number>;
}

export interface SearchMeasure {
	initMsMedian: number;
	/** The first query of a fresh page (median over rounds): includes loading the wasm and first chunks. */
	firstQueryMsMedian: number;
	medianMs: number;
	p95Ms: number;
	samples: number;
	/** Queries with no result (of the fixed set), from the first round. */
	zeroResults: number;
	/** Pagefind searches a query ran, on average (1 for plain Pagefind). */
	searchesPerQuery: number;
	firstQuery: FirstQueryDownload;
}

function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

function kindOf(url: string): string {
	const path = new URL(url).pathname;
	if (path.endsWith('.js')) return 'js';
	if (/wasm\.[^/]*\.pagefind$/.test(path)) return 'wasm';
	if (path.endsWith('pagefind-entry.json')) return 'entry';
	if (path.startsWith('/search/')) return 'normaliser data';
	if (path.endsWith('.pf_meta')) return 'meta';
	if (path.endsWith('.pf_index')) return 'index';
	if (path.endsWith('.pf_fragment')) return 'fragment';
	if (path.endsWith('.pf_filter')) return 'filter';
	return 'other';
}

export async function measureSearch(dist: string, variant: Variant, queries: readonly string[], rounds = 3): Promise<SearchMeasure> {
	const mode = variant === 'ours' ? ('help' as const) : ('plain' as const);
	const server = await serveSite(dist);
	const browser = await launchBrowser();
	try {
		// 1. What a new visitor's first query downloads.
		const firstQuery: FirstQueryDownload = { requests: 0, bytes: 0, byKind: {} };
		{
			const { page, close } = await openSearchPage(browser, server.url);
			const pending: Array<Promise<void>> = [];
			page.on('requestfinished', (request) => {
				const path = new URL(request.url()).pathname;
				if (!path.startsWith('/pagefind/') && !path.startsWith('/search/') && !/\/_astro\/(?:normalize|search-dialog)/.test(path)) return;
				pending.push(
					request.sizes().then((sizes) => {
						const kind = kindOf(request.url());
						firstQuery.requests++;
						firstQuery.bytes += sizes.responseBodySize;
						firstQuery.byKind[kind] = (firstQuery.byKind[kind] ?? 0) + sizes.responseBodySize;
					}),
				);
			});
			await page.evaluate(
				async ({ mode, q, top }) => {
					const g = globalThis as unknown as SearchPageGlobals;
					await g.searchInit(mode, null);
					await g.searchQuery(mode, q, top);
				},
				{ mode, q: queries[0] ?? '支付', top: RESULTS_SHOWN },
			);
			await page.waitForLoadState('networkidle');
			await Promise.all(pending);
			await close();
		}

		// 2. Latency over fresh contexts (each starts with an empty cache, like a reader).
		const latencies: number[] = [];
		const inits: number[] = [];
		const firsts: number[] = [];
		let zeroResults = 0;
		const searches: number[] = [];
		for (let round = 0; round < rounds; round++) {
			const { page, close } = await openSearchPage(browser, server.url);
			const out = await page.evaluate(
				async ({ mode, queries, top }) => {
					const g = globalThis as unknown as SearchPageGlobals;
					const init = await g.searchInit(mode, null);
					const runs = [];
					for (const q of queries) runs.push(await g.searchQuery(mode, q, top));
					return { init, runs };
				},
				{ mode, queries: [...queries], top: RESULTS_SHOWN },
			);
			await close();
			inits.push(out.init);
			firsts.push(out.runs[0]?.ms ?? Number.NaN);
			for (const run of out.runs) {
				latencies.push(run.ms);
				searches.push(run.searches);
			}
			if (round === 0) zeroResults = out.runs.filter((r) => r.results === 0).length;
		}
		return {
			initMsMedian: quantile(inits, 0.5),
			firstQueryMsMedian: quantile(firsts, 0.5),
			medianMs: quantile(latencies, 0.5),
			p95Ms: quantile(latencies, 0.95),
			samples: latencies.length,
			zeroResults,
			searchesPerQuery: searches.reduce((a, b) => a + b, 0) / (searches.length || 1),
			firstQuery,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
