/**
 * Runs inside a page of the built site, for `npm run eval:search` and `npm run bench` (bundled by
 * scripts/lib/search-session.ts): loads the site's own pagefind.js the way the search dialog does
 * and answers queries in one of three modes.
 * - `help`: the site's search (normaliser, ranking, fallback, keyword re-rank), as the dialog runs it;
 * - `plain`: the query straight to `pagefind.search` with Pagefind's defaults (plain Starlight);
 * - `raw`: the query as typed with the site's ranking, no normaliser (to tell ranking from query handling).
 * A query's time covers the search and loading the data of the top results a reader sees.
 */
import { onSite, pageText, searchAnswer } from '../../src/lib/search/query.ts';
import { loadNormalizer, loadPagefind, type Pagefind } from '../../src/lib/search/pagefind.ts';
import type { Normalizer } from '../../src/lib/search/normalize.ts';
import { englishPagesFor, loadEnglishNormalizer, withEnglish, type EnglishNormalizer } from '../../src/lib/search/english.ts';
import type { SearchMode, SearchRun } from './search-session.ts';

let pagefind: Pagefind | undefined;
let normalizer: Pick<Normalizer, 'normalize'> | undefined;
/** On a Chinese page, the English path the dialog loads for a query in Latin letters (once). */
let english: Promise<EnglishNormalizer> | undefined;
const loadEnglish = () => (english ??= loadEnglishNormalizer(location.origin));

/** Loads search for `mode` (on an English page, the English path); returns how long that took (ms). `ranking` overrides the site's weights. */
async function searchInit(mode: SearchMode, ranking: object | null): Promise<number> {
	const t0 = performance.now();
	const english = document.documentElement.lang.startsWith('en');
	[pagefind, normalizer] = await Promise.all([
		loadPagefind(location.origin, { plain: mode === 'plain', ranking }),
		mode === 'help' ? (english ? loadEnglishNormalizer(location.origin) : loadNormalizer(location.origin)) : undefined,
	]);
	return performance.now() - t0;
}

async function searchQuery(mode: SearchMode, q: string, top: number, debug = false): Promise<SearchRun> {
	if (!pagefind) throw new Error('searchInit first');
	const t0 = performance.now();
	if (mode === 'help' && normalizer) {
		const normalized = normalizer.normalize(q);
		const { answer, searches } = await searchAnswer(pagefind, normalized, top);
		// On a Chinese page the dialog lists the English pages that answer a query in Latin letters too (withEnglish).
		const pages = document.documentElement.lang.startsWith('en') ? answer.pages : withEnglish(answer.pages, await englishPagesFor(q, loadEnglish));
		const ms = performance.now() - t0;
		const run = { ms, results: pages.length, urls: pages.map((p) => p.url), searches };
		if (!debug) return run;
		// What the search made of the query, for `SEARCH_EVAL_DEBUG=1 npm run eval:search` (outside the timing).
		return {
			...run,
			debug: JSON.stringify({
				query: normalized.query,
				story: normalized.story,
				outside: normalized.outside,
				profiled: normalized.profiled?.slice(0, 3).map((m) => `${m.page.url} ${m.score.toFixed(2)}`),
				answered: answer.answered,
				...(answer.onlyWallet && { onlyWallet: true }),
				meaning: onSite(normalized.meaning, answer.ranked.map(pageText)),
				found: answer.all.map((e) => e.found),
				urls: answer.ranked.map((p) => p.url),
			}),
		};
	}
	const hits = (await pagefind.search(q))?.results ?? [];
	const pages = await Promise.all(hits.slice(0, top).map((h) => h.data()));
	return { ms: performance.now() - t0, results: hits.length, urls: pages.map((p) => p.url), searches: 1 };
}

Object.assign(globalThis, { searchInit, searchQuery });
