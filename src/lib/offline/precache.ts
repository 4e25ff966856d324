/**
 * What the first visit stores (the service worker's precache), decided at build time, and how the
 * list is read back from a built `sw.js`. The build writes the worker's configuration as the
 * first line of `sw.js`: `var __WALLET_HELP__={"build":"…","base":"/","precache":[{"url":"…","revision":"…"},…]};`
 */
// With its extension: Node runs this module directly in scripts/bench/offline.ts.
import { isHashedAsset, servedPath, shellKey, underBase } from './names.ts';

/** One precached file: its path in the build and its revision (`null`: the name carries a hash). */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/** What the build writes into `sw.js`. */
export interface WorkerConfig {
	/** The deployment's id, as in the offline manifest. */
	build: string;
	/** The site's base path (Astro's `base`), starting and ending with `/`. */
	base: string;
	precache: PrecacheEntry[];
}

export const CONFIG_NAME = '__WALLET_HELP__';

/** The pages the first visit stores (“save everything” leaves them out): home and offline page. */
export const SHELL_PAGES: readonly string[] = ['index.html', 'offline/index.html'];

/**
 * The shell besides those pages: Astro's CSS/JS/fonts/images, the icons and the web app manifest
 * (build-relative paths).
 */
const SHELL_FILE = /^(?:_astro\/.+\.(?:js|css|woff2?|svg|png|webp|avif)|[^/]+\.(?:svg|png|ico|webmanifest)|icons\/[^/]+\.png)$/;

/** Search's runtime: Pagefind before it reads any index file, and the query normaliser's data. */
const SEARCH_RUNTIME_FILE = /^(?:pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)|search\/normalize\.json)$/;

/** The index joins the first visit while it is at most this big over the wire. */
export const MAX_PRECACHED_INDEX_GZIP = 512 * 1024;

/** Is this (site path or build-relative file) part of Pagefind's index rather than its runtime? */
export function isSearchIndexFile(path: string): boolean {
	return /(?:^|\/)pagefind\/(?:[^/]+\.pf_meta|(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter))$/.test(path);
}

export type PrecacheGroup = 'shell' | 'search-runtime' | 'search-index';

/**
 * Which part of the precache a build-relative file belongs to, if any. Pagefind's own UIs (this
 * site has its own search dialog), sitemaps, source maps, the worker and other pages are never
 * precached.
 */
export function precacheGroup(file: string): PrecacheGroup | undefined {
	if (SHELL_PAGES.includes(file) || SHELL_FILE.test(file)) return 'shell';
	if (SEARCH_RUNTIME_FILE.test(file)) return 'search-runtime';
	if (isSearchIndexFile(file)) return 'search-index';
	return undefined;
}

/** Whether the first visit stores `file`, for a search index of `indexGzip` bytes. */
export function isPrecached(file: string, indexGzip: number): boolean {
	const group = precacheGroup(file);
	return group === 'search-index' ? indexGzip <= MAX_PRECACHED_INDEX_GZIP : group !== undefined;
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

/** Splits the precache into the versioned shell and the content-hashed assets; paths under `base`. */
export function shellIndex(entries: readonly PrecacheEntry[], base = '/'): ShellIndex {
	const index: ShellIndex = { byPath: new Map(), keys: new Set(), assets: [] };
	for (const { url, revision } of entries) {
		const path = underBase(servedPath(url), base);
		if (revision === null && isHashedAsset(path, base)) {
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
