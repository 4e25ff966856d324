/**
 * What the first visit stores (the service worker's precache), decided at build time, and how the
 * list is read back from a built `sw.js`. The build writes the worker's configuration as the
 * first line of `sw.js`: `var __WALLET_HELP__={"build":"…","precache":[{"url":"…","revision":"…"},…]};`
 */
// With its extension: Node runs this module directly in scripts/bench/offline.ts.
import { isHashedAsset, servedPath, shellKey } from './names.ts';

/** One precached file: its path in the build and its revision (`null`: the name carries a hash). */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/** What the build writes into `sw.js`. */
export interface WorkerConfig {
	/** The deployment's id, as in the offline manifest. */
	build: string;
	precache: PrecacheEntry[];
}

export const CONFIG_NAME = '__WALLET_HELP__';

/** The pages the first visit stores (“save everything” leaves them out): home and offline page. */
export const SHELL_PAGES: readonly string[] = ['index.html', 'offline/index.html'];

/** The shell: those pages, Astro's CSS/JS/fonts/images, icons and the web app manifest. */
export const SHELL_GLOBS = [
	...SHELL_PAGES,
	'_astro/**/*.{js,css,woff2,woff,svg,png,webp,avif}',
	'*.{svg,png,ico,webmanifest}',
	'icons/*.png',
];

/** Search's runtime: Pagefind before it reads any index file, and the query normaliser's data. */
export const SEARCH_RUNTIME_GLOBS = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.*.pagefind', 'search/normalize.json'];

/** Pagefind's index (see `isSearchIndexFile`). */
export const SEARCH_INDEX_GLOBS = ['pagefind/*.pf_meta', 'pagefind/**/*.{pf_index,pf_fragment,pf_filter}'];

/** The index joins the first visit while it is at most this big over the wire. */
export const MAX_PRECACHED_INDEX_GZIP = 512 * 1024;

/** Is this (site path or build-relative file) part of Pagefind's index rather than its runtime? */
export function isSearchIndexFile(path: string): boolean {
	return /(?:^|\/)pagefind\/(?:[^/]+\.pf_meta|(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter))$/.test(path);
}

/** The precache's glob patterns for a search index of `indexGzip` bytes. */
export function precacheGlobs(indexGzip: number): string[] {
	return indexGzip <= MAX_PRECACHED_INDEX_GZIP ? [...SHELL_GLOBS, ...SEARCH_RUNTIME_GLOBS, ...SEARCH_INDEX_GLOBS] : [...SHELL_GLOBS, ...SEARCH_RUNTIME_GLOBS];
}

/** The first line of `sw.js`. */
export function configLine(config: WorkerConfig): string {
	return `var ${CONFIG_NAME}=${JSON.stringify(config)};\n`;
}

/** Reads the configuration back from a built `sw.js`; `undefined` if it has none. */
export function workerConfig(swSource: string): WorkerConfig | undefined {
	const line = swSource.slice(0, swSource.indexOf('\n'));
	const prefix = `var ${CONFIG_NAME}=`;
	if (!line.startsWith(prefix) || !line.endsWith(';')) return undefined;
	try {
		return JSON.parse(line.slice(prefix.length, -1)) as WorkerConfig;
	} catch {
		return undefined;
	}
}

/** The precache list of a built `sw.js`: build-relative file → revision. */
export function precacheEntries(swSource: string): Map<string, string | null> {
	return new Map((workerConfig(swSource)?.precache ?? []).map((e) => [e.url, e.revision]));
}

export interface ShellIndex {
	/** Served path (`/`, `/offline/`, `/icons/icon-192.png`) → shell cache key, for files with a revision. */
	byPath: Map<string, string>;
	/** Every shell cache key of this version. */
	keys: Set<string>;
	/** Content-hashed `/_astro/` files, kept in the asset cache. */
	assets: string[];
}

/** Splits the precache into the versioned shell and the content-hashed assets. */
export function shellIndex(entries: readonly PrecacheEntry[]): ShellIndex {
	const index: ShellIndex = { byPath: new Map(), keys: new Set(), assets: [] };
	for (const { url, revision } of entries) {
		const path = servedPath(url);
		if (revision === null && isHashedAsset(path)) {
			index.assets.push(path);
			continue;
		}
		const key = shellKey(path, revision);
		index.byPath.set(path, key);
		index.keys.add(key);
	}
	index.assets.sort();
	return index;
}
