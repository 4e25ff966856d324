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

export function routeOf(request: RequestLike, origin: string, shellPaths: ReadonlySet<string> | ReadonlyMap<string, unknown>): Route {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	if (request.mode === 'navigate') return 'page';
	if (isHashedAsset(url.pathname)) return 'asset';
	if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/search/')) return 'search';
	return shellPaths.has(shellPath(url)) ? 'shell' : 'pass';
}
