/** How the service worker answers a request, decided from the request alone. */
import { isHashedAsset, shellPath } from './names';

export type Route =
	/** A page: network first with a short timeout, then the saved copy, then the offline page. */
	| 'page'
	/** A content-hashed `/_astro/` file: the asset cache first. */
	| 'asset'
	/** Pagefind: the precache or the search cache first. */
	| 'search'
	/** Another precached file (icons, web app manifest): the precache first. */
	| 'shell'
	/** Not ours to answer: the browser fetches it as usual. */
	| 'pass';

export interface RequestLike {
	method: string;
	mode: string;
	url: string;
}

/** How long a page waits for the network before a saved copy is shown instead. */
export const NETWORK_TIMEOUT_MS = 4000;

/**
 * `base` is the site's base path (Astro's `base`, `/` unless the site lives in a folder): requests
 * outside it belong to another app on the origin and are never answered or stored. `shellPaths`
 * are full paths (with the base).
 */
export function routeOf(request: RequestLike, origin: string, shellPaths: ReadonlySet<string> | ReadonlyMap<string, unknown>, base = '/'): Route {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return 'pass';
	if (request.mode === 'navigate') return 'page';
	if (isHashedAsset(url.pathname, base)) return 'asset';
	if (url.pathname.startsWith(`${base}pagefind/`) || url.pathname.startsWith(`${base}search/`)) return 'search';
	return shellPaths.has(shellPath(url)) ? 'shell' : 'pass';
}
