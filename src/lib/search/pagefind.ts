/**
 * The one way the site loads search: the dialog, `npm run eval:search` and `npm run bench` all
 * call `loadPagefind` and `loadNormalizer`, so they measure exactly what readers get. Nothing
 * here runs at import.
 */
import { SEARCH_DATA_PATH, SEARCH_DATA_VERSION, type SearchData } from './format.ts';
import type { Normalizer } from './normalize.ts';

/** A result's data as Pagefind returns it. */
export interface PageData {
	url: string;
	meta: Record<string, string | undefined>;
	excerpt: string;
	/** The page's indexed text. */
	content?: string;
	/** Its headings (and other elements with an id). */
	anchors?: ReadonlyArray<{ element?: string; text?: string }>;
}

export interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<PageData>;
}

export interface SearchOptions {
	filters?: Record<string, string | string[]>;
}

/** The part of Pagefind's JS API that searching uses. */
export interface PagefindLike {
	search(term: string, options?: SearchOptions): Promise<{ results: readonly PagefindHit[] } | null>;
}

/** The whole API as loaded from `/pagefind/pagefind.js`. */
export interface Pagefind extends PagefindLike {
	options(options: object): Promise<void>;
	init(): Promise<void>;
}

/** How many results the dialog shows at once (and the benchmark loads the data of). */
export const RESULTS_SHOWN = 8;

/**
 * Pagefind ranking weights (see pagefind.app/docs/ranking). Articles repeat their topic words a
 * lot, so term frequency saturates early and the weighted title, summary and keywords decide.
 * Set from `npm run eval:search` measurements.
 */
export const RANKING = { termSaturation: 1.5, termFrequency: 0.3, pageLength: 0, termSimilarity: 1.0 } as const;

export interface LoadOptions {
	/** Pagefind's defaults instead of the site's ranking: the benchmark's "plain Starlight" baseline. */
	plain?: boolean;
	/** Overrides RANKING (search evaluation experiments). */
	ranking?: object | null;
}

const loaded = new Map<string, Promise<Pagefind>>();

/**
 * Loads `<base>/pagefind/pagefind.js` once per base and options, sets the site's options and
 * initialises it. `base` is the site's origin or base path (`''` for the root of this origin).
 */
export function loadPagefind(base: string, { plain = false, ranking = null }: LoadOptions = {}): Promise<Pagefind> {
	const url = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
	const key = `${url} ${plain} ${JSON.stringify(ranking)}`;
	let promise = loaded.get(key);
	if (!promise) {
		promise = (async () => {
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			if (!plain) await pagefind.options({ ranking: ranking ?? RANKING, excerptLength: 0 });
			await pagefind.init();
			return pagefind;
		})();
		// A failed load (offline before the index was saved) may succeed later: do not cache it.
		promise.catch(() => loaded.delete(key));
		loaded.set(key, promise);
	}
	return promise;
}

/** With no data (offline before it was saved, an old build): fold width, case and noise only. */
export const NO_SEARCH_DATA: SearchData = {
	v: SEARCH_DATA_VERSION,
	t2s: '',
	t2sPhrases: {},
	sayings: {},
	stops: '',
	words: '',
	important: 0,
	uses: [],
	df: [],
	pages: 0,
	regional: {},
	wallets: [],
	readAs: {},
	gb: '',
	chars: {},
	keyTerms: [],
	latin: '',
};

const normalizers = new Map<string, Promise<Normalizer>>();

/**
 * Loads `<base>/search/normalize.json` once per base and builds the normaliser. Anything wrong
 * with it (missing, offline, another version) gives the plain normaliser instead: search still works.
 */
export function loadNormalizer(base: string): Promise<Normalizer> {
	const url = `${base.replace(/\/$/, '')}${SEARCH_DATA_PATH}`;
	let promise = normalizers.get(url);
	if (!promise) {
		// The normaliser's code loads with its data, when search opens, not with the page.
		const code = import('./normalize');
		promise = Promise.all([code, fetch(url).then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))])
			.then(([{ createNormalizer }, data]) => createNormalizer(isSearchData(data) ? data : NO_SEARCH_DATA))
			.catch(async () => {
				normalizers.delete(url);
				return (await code).createNormalizer(NO_SEARCH_DATA);
			});
		normalizers.set(url, promise);
	}
	return promise;
}

function isSearchData(value: unknown): value is SearchData {
	return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === SEARCH_DATA_VERSION;
}
