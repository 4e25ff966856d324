/**
 * Names shared by the service worker, the page and the build: caches, message types, headers of
 * saved pages, and how a URL becomes a cache key. Nothing here touches a browser object.
 */

/** Every cache the help center creates has a name starting with this. */
export const CACHE_PREFIX = 'wallet-help:';

/**
 * Every cache the help center owns now (a cache with `CACHE_PREFIX` not listed here is an earlier
 * version of ours and is deleted on activation; caches of other apps on the origin are left alone):
 * - `shell`: what the first visit stores (home page, offline page, icons, search runtime and, while
 *   small, the search index), keyed `<path>?__rev=<revision>` so versions never mix;
 * - `assets`: Astro's content-hashed `/_astro/` files, kept across deployments for as long as a
 *   saved page needs them;
 * - `pages`: pages saved as read or by “保存整个帮助中心”, keyed by path;
 * - `search`: search index files fetched at run time (when the index is too large to precache);
 * - `state`: one JSON entry, see `OfflineState` in state.ts.
 */
export const CACHES = {
	shell: 'wallet-help:shell:v1',
	assets: 'wallet-help:assets:v1',
	pages: 'wallet-help:pages:v1',
	search: 'wallet-help:search:v1',
	state: 'wallet-help:state:v1',
} as const;

export const OWN_CACHES: readonly string[] = Object.values(CACHES);

/**
 * May the worker registered at `scope` (its registration's scope URL) delete this cache? Only its
 * own earlier caches: a `CACHE_PREFIX` name it no longer uses, or the workbox precache an earlier
 * design of this site kept for this very scope. Anything else belongs to someone else.
 */
export function isStaleOwnCache(name: string, scope: string): boolean {
	if (OWN_CACHES.includes(name)) return false;
	return name.startsWith(CACHE_PREFIX) || name === `workbox-precache-v2-${scope}`;
}

/** The site's name, the end of every page's <title> (a saved page is listed without it). */
export const SITE_TITLE = '钱包帮助中心';

/** Written by the build: every page with its size, see manifest.ts. */
export const MANIFEST_PATH = '/offline-manifest.json';
/** The page shown for a page that is not saved, when there is no network. */
export const OFFLINE_PATH = '/offline/';
/** Where `OfflineState` lives inside the `state` cache. */
export const STATE_PATH = '/__wallet-help/state.json';

/** Headers recorded with each saved page (values are ASCII: the title is percent-encoded). */
export const SAVED_HEADERS = {
	title: 'x-help-title',
	/** First 16 hex digits of the SHA-256 of the page's bytes, as in the manifest. */
	hash: 'x-help-hash',
	bytes: 'x-help-bytes',
	/** Space-separated `/_astro/` paths the page needs (its CSS and JS with their imports). */
	assets: 'x-help-assets',
	savedAt: 'x-help-saved-at',
} as const;

/** Messages between the pages and the service worker (`{ type, … }`). */
export const MESSAGES = {
	/** Page → worker: the reader tapped “有新版本，点击刷新”. */
	skipWaiting: 'SKIP_WAITING',
	/** Page → worker: how did your last requests go? Answered with `network`. */
	status: 'wallet-help:status',
	/** Worker → page: `{ ok }`, whether requests reach the network. */
	network: 'wallet-help:network',
	/** Page → worker: bring saved pages up to this deployment (does nothing when they are). */
	refresh: 'wallet-help:refresh',
	/** Page → worker: saved pages were removed, drop assets no saved page needs. */
	prune: 'wallet-help:prune',
} as const;

/** Set on `<html>` while the offline notice shows (requests fail), whatever navigator.onLine says. */
export const OFFLINE_ATTRIBUTE = 'data-net-offline';

/** Query parameters that never change a page (`?problem=` pre-fills a form; Pagefind adds `?ts=`). */
const IGNORED_PARAMS = /^(?:utm_.*|ts|problem)$/;

/**
 * The path a request is cached under: no query or hash, directory pages with a trailing slash
 * (`/issues/refund/index.html` → `/issues/refund/`).
 */
export function pagePath(url: URL): string {
	const path = url.pathname.replace(/\/index\.html$/, '/');
	return path === '' ? '/' : path;
}

/** The shell-cache lookup path of a request: its path, unless a query parameter matters. */
export function shellPath(url: URL): string {
	const kept = [...url.searchParams.keys()].filter((k) => !IGNORED_PARAMS.test(k));
	return kept.length === 0 ? pagePath(url) : `${pagePath(url)}${url.search}`;
}

/** `dist`-relative file → the path it is served at (`offline/index.html` → `/offline/`). */
export function servedPath(file: string): string {
	const path = `/${file.replace(/\\/g, '/')}`;
	return path.replace(/(^|\/)index\.html$/, '$1');
}

/** The shell cache key for a file and its revision (`null` for content-hashed `/_astro/` files). */
export function shellKey(path: string, revision: string | null): string {
	return revision === null ? path : `${path}?__rev=${revision}`;
}

/** Astro's content-hashed build output (under the site's `base`): safe to keep for ever under its name. */
export function isHashedAsset(path: string, base = '/'): boolean {
	return path.startsWith(`${base}_astro/`);
}

/** A site path (`/offline/`) under the site's base path (`/help/` → `/help/offline/`). */
export function underBase(path: string, base: string): string {
	return `${base}${path.replace(/^\//, '')}`;
}

/** What each kind of `/_astro/` file must be served as; anything else (an error page, a portal's login page) is not stored. */
const ASSET_TYPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
	[/\.m?js$/, /^(?:text|application)\/(?:x-)?(?:java|ecma)script\b/],
	[/\.css$/, /^text\/css\b/],
	[/\.svg$/, /^image\/svg\+xml\b/],
	[/\.(?:png|webp|avif|jpe?g|gif|ico)$/, /^image\//],
	[/\.(?:woff2?|ttf|otf)$/, /^(?:font\/|application\/(?:x-)?font-|application\/octet-stream\b)/],
];

/** Does a response's Content-Type fit the asset at `path`? Unknown kinds of file never do. */
export function hasExpectedType(path: string, contentType: string | null): boolean {
	const type = (contentType ?? '').trim().toLowerCase();
	const rule = ASSET_TYPES.find(([file]) => file.test(path));
	return rule !== undefined && rule[1].test(type);
}
