/**
 * Saving pages for offline use, shared by the service worker (pages saved as they are read, the
 * refresh after a deployment) and the page (“保存整个帮助中心”). Browser objects come in as
 * `OfflineDeps`, so tests run this with a fake Cache Storage.
 *
 * A page is stored only after every `/_astro/` file it needs is in the asset cache, so a saved
 * page never opens without its CSS or JavaScript.
 */
import { htmlAssets, mayReferenceAssets, referencedAssets } from './assets';
import { contentHash } from './manifest';
import { CACHES, hasExpectedType, isStaleOwnCache, STATE_PATH } from './names';
import { pageTitle, savedPageHeaders, type SavedPage } from './saved';
import { DEFAULT_STATE, parseState, serializeState, type OfflineState } from './state';

export { isAvailableOffline } from './lookup';
export { listSaved } from './saved';

export interface OfflineDeps {
	caches: CacheStorage;
	fetch: (input: string, init?: RequestInit) => Promise<Response>;
	subtle: SubtleCrypto;
	/** The site's origin, for absolute cache keys. */
	origin: string;
	now: () => number;
}

/** The real browser objects, from a page (`window`) or the service worker (`self`). */
export function offlineDeps(scope: {
	caches: CacheStorage;
	crypto: Crypto;
	location: { origin: string };
	fetch(input: string, init?: RequestInit): Promise<Response>;
}): OfflineDeps {
	return {
		caches: scope.caches,
		fetch: (input, init) => scope.fetch(input, init),
		subtle: scope.crypto.subtle,
		origin: scope.location.origin,
		now: () => Date.now(),
	};
}

/** Thrown when the network (not the server) failed: the caller stops instead of going on. */
export class NetworkError extends Error {}

/** A fetch or save stopped through its AbortSignal. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').includes('text/html');

async function fetchOrThrow(deps: OfflineDeps, path: string, init: RequestInit): Promise<Response> {
	try {
		return await deps.fetch(new URL(path, deps.origin).href, init);
	} catch (error) {
		if (isAbort(error)) throw error;
		throw new NetworkError(`network failed for ${path}`);
	}
}

/** Per-operation memory of each asset's references (assets are immutable, so this never goes stale). */
export type AssetMemo = Map<string, Promise<string[] | undefined>>;

/**
 * Stores an `/_astro/` file under `key` if it is what it claims to be: a 200 answer whose
 * Content-Type fits the file's kind (a captive portal's HTML page for `app.js` is never kept).
 * Returns whether it was stored.
 */
export async function putAsset(cache: Pick<Cache, 'put'>, key: string, response: Response): Promise<boolean> {
	if (response.status !== 200 || !hasExpectedType(new URL(key).pathname, response.headers.get('content-type'))) return false;
	await cache.put(key, response.clone());
	return true;
}

/**
 * On activation: deletes this worker's own stale caches (see `isStaleOwnCache`) and nothing
 * else — other apps on the same origin keep theirs. Returns the names deleted.
 */
export async function removeStaleCaches(caches: Pick<CacheStorage, 'keys' | 'delete'>, scope: string): Promise<string[]> {
	const stale = (await caches.keys()).filter((name) => isStaleOwnCache(name, scope));
	for (const name of stale) await caches.delete(name);
	return stale;
}

/**
 * Makes sure `roots` and every asset they import are in the asset cache; returns all their paths.
 * A root that cannot be fetched fails the save; a name only found inside another file that the
 * server does not have is skipped (it was a string that looked like a file name).
 */
export async function ensureAssets(deps: OfflineDeps, roots: readonly string[], memo: AssetMemo = new Map(), signal?: AbortSignal): Promise<string[]> {
	const cache = await deps.caches.open(CACHES.assets);
	const one = (path: string, required: boolean): Promise<string[] | undefined> => {
		let pending = memo.get(path);
		if (!pending) {
			pending = (async () => {
				const key = new URL(path, deps.origin).href;
				let response = await cache.match(key);
				if (!response) {
					const fetched = await fetchOrThrow(deps, path, signal ? { signal } : {});
					// Not there, or not a file of its kind: a missing asset, not one to keep.
					if (!(await putAsset(cache, key, fetched))) return undefined;
					response = fetched;
				}
				return mayReferenceAssets(path) ? referencedAssets(await response.text()) : [];
			})();
			memo.set(path, pending);
			// A failure must not stay in the memo: the next page may try again.
			pending.catch(() => memo.delete(path));
		}
		return pending.then((refs) => {
			if (refs === undefined && required) throw new Error(`${path} is missing on the server`);
			return refs;
		});
	};
	const found = new Set<string>();
	let level = [...new Set(roots)].map((path) => ({ path, required: true }));
	while (level.length > 0) {
		const next: Array<{ path: string; required: boolean }> = [];
		const results = await Promise.all(level.map(({ path, required }) => one(path, required).then((refs) => ({ path, refs }))));
		for (const { path, refs } of results) {
			if (refs === undefined) continue;
			found.add(path);
			for (const ref of refs) if (!found.has(ref) && !next.some((n) => n.path === ref) && ref !== path) next.push({ path: ref, required: false });
		}
		level = next.filter((n) => !found.has(n.path));
	}
	return [...found].sort();
}

/**
 * Stores a page's response (already fetched) with its record, after its assets. Returns the
 * record, or `undefined` when the response is not a page to keep (an error, not HTML).
 */
export async function storePage(deps: OfflineDeps, path: string, response: Response, memo?: AssetMemo, signal?: AbortSignal): Promise<SavedPage | undefined> {
	if (response.status !== 200 || !isHtml(response)) return undefined;
	const body = await response.arrayBuffer();
	const html = new TextDecoder().decode(body);
	const assets = await ensureAssets(deps, htmlAssets(html), memo, signal);
	const record: SavedPage = {
		path,
		title: pageTitle(html),
		hash: await contentHash(deps.subtle, body),
		bytes: body.byteLength,
		assets,
		savedAt: deps.now(),
	};
	const headers = { 'content-type': response.headers.get('content-type') ?? 'text/html; charset=utf-8', ...savedPageHeaders(record) };
	const cache = await deps.caches.open(CACHES.pages);
	await cache.put(new URL(path, deps.origin).href, new Response(body, { status: 200, headers }));
	return record;
}

export type SaveResult = { kind: 'saved'; page: SavedPage } | { kind: 'gone' } | { kind: 'skipped'; status: number };

/**
 * Downloads and stores one page. `gone` when the server no longer has it (404/410), `skipped` for
 * another answer; throws NetworkError when the network fails (the caller stops, keeping the rest).
 */
export async function savePage(deps: OfflineDeps, path: string, memo?: AssetMemo, signal?: AbortSignal): Promise<SaveResult> {
	const response = await fetchOrThrow(deps, path, { cache: 'no-cache', credentials: 'same-origin', ...(signal ? { signal } : {}) });
	if (response.status === 404 || response.status === 410) return { kind: 'gone' };
	const page = await storePage(deps, path, response, memo, signal);
	return page ? { kind: 'saved', page } : { kind: 'skipped', status: response.status };
}

/** Downloads one search-index file into the search cache. */
export async function saveSearchFile(deps: OfflineDeps, path: string, signal?: AbortSignal): Promise<boolean> {
	const response = await fetchOrThrow(deps, path, signal ? { signal } : {});
	if (!response.ok) return false;
	await (await deps.caches.open(CACHES.search)).put(new URL(path, deps.origin).href, response);
	return true;
}

/** Paths of search files saved at run time. */
export async function listSearchFiles(deps: Pick<OfflineDeps, 'caches'>): Promise<string[]> {
	if (!(await deps.caches.has(CACHES.search))) return [];
	const cache = await deps.caches.open(CACHES.search);
	return (await cache.keys()).map((r) => new URL(r.url).pathname);
}

/** Removes every saved page and run-time search file; the first visit's shell stays. */
export async function removeSaved(deps: Pick<OfflineDeps, 'caches' | 'origin'>): Promise<void> {
	await deps.caches.delete(CACHES.pages);
	await deps.caches.delete(CACHES.search);
	await writeState(deps, { ...(await readState(deps)), savedAll: false });
}

/** Deletes cached assets outside `keep`. */
export async function pruneAssets(deps: Pick<OfflineDeps, 'caches'>, keep: ReadonlySet<string>): Promise<number> {
	if (!(await deps.caches.has(CACHES.assets))) return 0;
	const cache = await deps.caches.open(CACHES.assets);
	let removed = 0;
	for (const request of await cache.keys()) {
		if (!keep.has(new URL(request.url).pathname)) {
			await cache.delete(request);
			removed++;
		}
	}
	return removed;
}

export async function readState(deps: Pick<OfflineDeps, 'caches' | 'origin'>): Promise<OfflineState> {
	try {
		if (!(await deps.caches.has(CACHES.state))) return { ...DEFAULT_STATE };
		const response = await (await deps.caches.open(CACHES.state)).match(new URL(STATE_PATH, deps.origin).href);
		return parseState(response ? ((await response.json()) as unknown) : undefined);
	} catch {
		return { ...DEFAULT_STATE };
	}
}

export async function writeState(deps: Pick<OfflineDeps, 'caches' | 'origin'>, state: OfflineState): Promise<void> {
	const cache = await deps.caches.open(CACHES.state);
	await cache.put(new URL(STATE_PATH, deps.origin).href, new Response(serializeState(state), { headers: { 'content-type': 'application/json' } }));
}
