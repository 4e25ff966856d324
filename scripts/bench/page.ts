/**
 * Runs inside the browser page during `npm run bench` (bundled by scripts/bench/search.ts): loads the
 * site's own pagefind.js and times queries. `ours` goes through `helpSearch` with the site's
 * ranking and options (as src/components/overrides/Search.astro does); `plain` calls
 * `pagefind.search` directly with Pagefind's defaults, as plain Starlight's search does.
 * Each query's time covers the search and loading the data of the top results a reader sees.
 */
import { helpSearch, loadResults } from '../../src/lib/search/query.ts';
import { loadNormalizer, loadPagefind, type Pagefind } from '../../src/lib/search/pagefind.ts';
import type { Normalizer } from '../../src/lib/search/normalize.ts';

type Mode = 'ours' | 'plain';

let pagefind: Pagefind | undefined;
let normalizer: Normalizer | undefined;

async function benchInit(mode: Mode): Promise<number> {
	const t0 = performance.now();
	[pagefind, normalizer] = await Promise.all([loadPagefind(location.origin, { plain: mode === 'plain' }), mode === 'ours' ? loadNormalizer(location.origin) : undefined]);
	return performance.now() - t0;
}

async function benchQuery(mode: Mode, q: string, top: number): Promise<{ ms: number; results: number; urls: string[]; searches: number }> {
	if (!pagefind) throw new Error('benchInit first');
	const t0 = performance.now();
	let hits;
	let pages;
	let searches = 1;
	if (mode === 'ours' && normalizer) {
		const normalized = normalizer.normalize(q);
		const outcome = await helpSearch(pagefind, normalized);
		hits = outcome.hits;
		searches = outcome.searches;
		pages = await loadResults(hits, normalized.terms, top);
	} else {
		hits = (await pagefind.search(q))?.results ?? [];
		pages = await Promise.all(hits.slice(0, top).map((h) => h.data()));
	}
	return { ms: performance.now() - t0, results: hits.length, urls: pages.map((p) => p.url), searches };
}

Object.assign(globalThis, { benchInit, benchQuery });
