/**
 * Search in front of Pagefind, shared by the search dialog, `npm run eval:search` and the
 * benchmark. The query is normalised first (src/lib/search/normalize.ts); then one Pagefind search
 * in the common case, and a second one only when the first finds too little.
 *
 * Why a second search at all: Pagefind requires every query word that exists somewhere in the
 * index to be in a result, so one word that the right page happens not to use can empty the
 * answer. The fallback searches the query's most telling word alone.
 */
import { foldSaying } from './format';
import type { NormalizedQuery } from './normalize';
import type { PageData, PagefindHit, PagefindLike, SearchOptions } from './pagefind';

export type { PageData, PagefindLike } from './pagefind';

/** Fewer hits than this from the whole query, and the fallback runs too. */
export const FALLBACK_BELOW = 8;

export interface SearchOutcome {
	/** Every hit, best first: the whole query's, then the fallback's new ones. */
	hits: PagefindHit[];
	/** Pagefind searches run (1 or 2). */
	searches: number;
	/** True when a newer search made this one pointless and it stopped early. */
	stale: boolean;
}

/** The hits of `first` followed by those of `second` it lacks. */
export function appendNew(first: readonly PagefindHit[], second: readonly PagefindHit[]): PagefindHit[] {
	const seen = new Set(first.map((h) => h.id));
	return [...first, ...second.filter((h) => !seen.has(h.id))];
}

/**
 * Runs `normalized` through Pagefind. `literal: true` searches the reader's own words only (after
 * "search exactly what I typed"). `isStale` is asked between steps: once a newer keystroke has
 * started a search, this one stops without running its fallback.
 */
export async function helpSearch(
	pagefind: PagefindLike,
	normalized: NormalizedQuery,
	options: SearchOptions & { literal?: boolean; isStale?: () => boolean } = {},
): Promise<SearchOutcome> {
	const { literal = false, isStale = () => false, ...searchOptions } = options;
	const query = literal ? normalized.literal : normalized.query;
	if (!query) return { hits: [], searches: 0, stale: false };
	const first = (await pagefind.search(query, searchOptions))?.results ?? [];
	if (isStale()) return { hits: [...first], searches: 1, stale: true };
	const fallback = literal ? '' : normalized.fallback;
	if (first.length >= FALLBACK_BELOW || !fallback || fallback === query) return { hits: [...first], searches: 1, stale: false };
	const second = (await pagefind.search(fallback, searchOptions))?.results ?? [];
	return { hits: appendNew(first, second), searches: 2, stale: isStale() };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** A phrase of three or more characters that Pagefind's query splitting (the browser's word segmenter) breaks apart. */
const isPhrase = (term: string) => [...term].length >= 3 && [...segmenter.segment(term)].filter((s) => s.isWordLike).length > 1;

/**
 * How many of the query's phrases a result's own keywords or title hold whole (Pagefind meta).
 * Pagefind splits a phrase such as 交易失败 into words, so the page that lists the whole phrase as
 * a keyword would otherwise rank like any page that uses both words somewhere.
 */
export function keywordMatch(page: Pick<PageData, 'meta'>, terms: readonly string[]): number {
	const keywords = new Set((page.meta['keywords'] ?? '').split(' / ').map(foldSaying));
	const title = foldSaying(page.meta['title'] ?? '');
	const phrases = terms.filter((term) => isPhrase(term) && (keywords.has(term) || title.includes(term))).length;
	// A title that holds every term of a query of several terms is about exactly that.
	const wholeTitle = terms.length > 1 && terms.every((term) => title.includes(term)) ? 1 : 0;
	return phrases + wholeTitle;
}

/**
 * Loads the data of the first `count` hits and puts the ones whose title and keywords name the
 * query's terms first, keeping Pagefind's order otherwise. A result that fails to load is left out.
 */
export async function loadResults(hits: readonly PagefindHit[], terms: readonly string[], count: number): Promise<PageData[]> {
	const loaded = await Promise.all(hits.slice(0, count).map((h) => h.data().catch(() => undefined)));
	return loaded
		.map((page, index) => ({ page, index, match: page ? keywordMatch(page, terms) : 0 }))
		.filter((r): r is { page: PageData; index: number; match: number } => r.page !== undefined)
		.sort((a, b) => b.match - a.match || a.index - b.index)
		.map((r) => r.page);
}
