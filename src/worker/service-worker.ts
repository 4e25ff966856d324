/**
 * The help center's service worker, bundled into `dist/sw.js` by src/integrations/service-worker.ts
 * (which writes `__WALLET_HELP__`, the deployment's id and precache list, as its first line).
 *
 * - Install: the shell (home page, offline page, CSS/JS/fonts/icons, the search runtime and, while
 *   small, the search index), each file under its revision, next to the previous version's.
 * - Pages: network first with a short timeout; every page read is saved (with the assets it needs);
 *   offline, the saved copy, or the offline page for a page never saved.
 * - Update: a new version waits until the reader taps “有新版本，点击刷新”; on activation it drops
 *   the old shell; then (asked by the page) it refreshes saved pages whose content changed and
 *   removes assets no saved page needs. Logic lives in src/lib/offline/.
 */
import { assetsToKeep } from '../lib/offline/assets';
import { parseManifest } from '../lib/offline/manifest';
import { CACHES, MANIFEST_PATH, MESSAGES, OFFLINE_PATH, pagePath, shellPath, underBase } from '../lib/offline/names';
import { refreshPlan } from '../lib/offline/plan';
import { isSearchIndexFile, shellIndex, type WorkerConfig } from '../lib/offline/precache';
import { NETWORK_TIMEOUT_MS, routeOf } from '../lib/offline/routes';
import {
	listSaved,
	listSearchFiles,
	NetworkError,
	pruneAssets,
	putAsset,
	removeStaleCaches,
	readState,
	savePage,
	saveSearchFile,
	storePage,
	writeState,
	offlineDeps,
	type AssetMemo,
} from '../lib/offline/store';
import { isRecord } from '../lib/storage';
import type { ExtendableEvent, FetchEvent, WorkerScope } from './types';

declare const self: WorkerScope;
declare const __WALLET_HELP__: WorkerConfig;

const CONFIG = __WALLET_HELP__;
/** The site's base path: requests outside it belong to another app on this origin. */
const BASE = CONFIG.base;
const SHELL = shellIndex(CONFIG.precache, BASE);
const OFFLINE_PAGE = underBase(OFFLINE_PATH, BASE);
const origin = self.location.origin;
const abs = (path: string) => new URL(path, origin).href;
const deps = offlineDeps(self);
/** Reference lists of immutable assets, shared by every save while this worker runs. */
const memo: AssetMemo = new Map();

/** Runs `task` over `items`, `width` at a time; stops at the first failure. */
async function pool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await task(items[next++] as T);
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** A response safe to store and to answer a navigation with (no `redirected` flag). */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), { status: response.status, headers: response.headers });
}

// ---------------------------------------------------------------------------------------------
// Install and activate

async function install(): Promise<void> {
	const shell = await self.caches.open(CACHES.shell);
	await pool([...SHELL.byPath], 4, async ([path, key]) => {
		if (await shell.match(abs(key))) return;
		const response = await self.fetch(abs(path), { cache: 'reload' });
		if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
		await shell.put(abs(key), await storable(response));
	});
	const assets = await self.caches.open(CACHES.assets);
	await pool(SHELL.assets, 4, async (path) => {
		if (await assets.match(abs(path))) return;
		const response = await self.fetch(abs(path));
		if (!(await putAsset(assets, abs(path), response)))
			throw new Error(`precache: ${path} answered ${response.status} ${response.headers.get('content-type') ?? ''}`);
	});
}

async function activate(): Promise<void> {
	const shell = await self.caches.open(CACHES.shell);
	for (const request of await shell.keys()) {
		const url = new URL(request.url);
		if (!SHELL.keys.has(url.pathname + url.search)) await shell.delete(request);
	}
	// Only our own earlier caches: other apps on this origin keep theirs.
	await removeStaleCaches(self.caches, self.registration.scope);
	await self.clients.claim();
}

// ---------------------------------------------------------------------------------------------
// Connectivity as the pages' requests see it (navigator.onLine can say “online” on a dead network)

let networkOk: boolean | undefined;
/** Clients whose page was answered from the cache because the network failed or was too slow. */
const servedFromCache = new Set<string>();

function report(ok: boolean): void {
	if (networkOk === ok) return;
	networkOk = ok;
	void self.clients.matchAll({ type: 'window' }).then((clients) => {
		for (const client of clients) client.postMessage({ type: MESSAGES.network, ok });
	});
}

// ---------------------------------------------------------------------------------------------
// Fetch

/** Settles with `value` when the network has had its time. */
const networkTimeout = <T>(value: T) => new Promise<T>((done) => setTimeout(() => done(value), NETWORK_TIMEOUT_MS));

/** The network's answer; a failed fetch tells the pages that the network is gone. */
const fromNetwork = (request: Request) =>
	self.fetch(request).catch((error: unknown) => {
		report(false);
		throw error;
	});

async function fromShell(path: string): Promise<Response | undefined> {
	const key = SHELL.byPath.get(path);
	return key ? (await self.caches.open(CACHES.shell)).match(abs(key)) : undefined;
}

async function page(event: FetchEvent): Promise<Response> {
	const path = pagePath(new URL(event.request.url));
	// The home and offline pages are the version this worker installed, like the rest of the shell.
	const shellCopy = await fromShell(path);
	if (shellCopy) return shellCopy;

	const saved = async () => (await self.caches.open(CACHES.pages)).match(abs(path));
	const useSaved = async (): Promise<Response> => {
		servedFromCache.add(event.resultingClientId);
		report(false);
		return (await saved()) ?? (await fromShell(OFFLINE_PAGE)) ?? Response.error();
	};
	let copy: Response | undefined;
	const network = self.fetch(event.request).then((response) => {
		report(true);
		if (response.status === 200) copy = response.clone();
		return response;
	});
	// Every page read is kept (with its assets) and refreshed each time it is read online.
	event.waitUntil(network.then(() => (copy ? storePage(deps, path, copy, memo) : undefined)).catch(() => undefined));
	try {
		const first = await Promise.race([network, networkTimeout('timeout' as const)]);
		if (first === 'timeout') {
			if (await saved()) return useSaved();
			return await network;
		}
		if (first.status >= 500 && (await saved())) return useSaved();
		return first;
	} catch {
		return useSaved();
	}
}

async function asset(event: FetchEvent): Promise<Response> {
	const key = abs(new URL(event.request.url).pathname);
	const cache = await self.caches.open(CACHES.assets);
	const hit = await cache.match(key);
	if (hit) return hit;
	const response = await fromNetwork(event.request);
	event.waitUntil(putAsset(cache, key, response));
	return response;
}

/** Whether the search index is part of the shell (it is while small, see precache.ts). */
const INDEX_IN_SHELL = [...SHELL.byPath.keys()].some(isSearchIndexFile);

async function search(event: FetchEvent): Promise<Response> {
	const url = new URL(event.request.url);
	// Without the index in the shell, the entry file must match the index on the server: network
	// first (a deployment may have replaced the index files it names), the shell's copy offline.
	if (!INDEX_IN_SHELL && url.pathname === underBase('/pagefind/pagefind-entry.json', BASE)) {
		const fresh = await Promise.race([self.fetch(event.request).catch(() => undefined), networkTimeout(undefined)]);
		if (fresh?.ok) return fresh;
	}
	const precached = await fromShell(shellPath(url));
	if (precached) return precached;
	const cache = await self.caches.open(CACHES.search);
	const hit = await cache.match(abs(url.pathname));
	if (hit) return hit;
	const response = await fromNetwork(event.request);
	// Index files are named by their content: keep them so searches work offline later.
	if (response.ok && isSearchIndexFile(url.pathname)) event.waitUntil(cache.put(abs(url.pathname), response.clone()));
	return response;
}

async function shellFile(event: FetchEvent): Promise<Response> {
	return (await fromShell(shellPath(new URL(event.request.url)))) ?? self.fetch(event.request);
}

// ---------------------------------------------------------------------------------------------
// After an update: bring saved pages to this deployment

let refreshing: Promise<void> | undefined;

async function keepNeededAssets(): Promise<void> {
	const saved = await listSaved(deps);
	await pruneAssets(
		deps,
		assetsToKeep(
			SHELL.assets,
			saved.map((p) => p.assets),
		),
	);
}

async function refreshSaved(): Promise<void> {
	const state = await readState(deps);
	if (state.refreshedFor === CONFIG.build) return;
	const saved = await listSaved(deps);
	const searchFiles = await listSearchFiles(deps);
	if (saved.length > 0 || searchFiles.length > 0 || state.savedAll) {
		const response = await self.fetch(abs(underBase(MANIFEST_PATH, BASE)), { cache: 'no-cache' });
		const manifest = response.ok ? parseManifest(await response.json()) : undefined;
		if (!manifest) return;
		const plan = refreshPlan(manifest, saved, state.savedAll);
		const pages = await self.caches.open(CACHES.pages);
		for (const path of plan.remove) await pages.delete(abs(path));
		// One page at a time is replaced whole (its assets first): old and new never mix in a page.
		await pool([...plan.refresh, ...plan.add], 3, async (path) => {
			const result = await savePage(deps, path, memo);
			if (result.kind === 'gone') await pages.delete(abs(path));
		});
		const wanted = new Set(manifest.search.map((f) => f.path));
		const searchCache = await self.caches.open(CACHES.search);
		for (const path of searchFiles) if (!wanted.has(path)) await searchCache.delete(abs(path));
		if (state.savedAll)
			await pool(
				manifest.search.filter((f) => !searchFiles.includes(f.path)),
				3,
				async (f) => void (await saveSearchFile(deps, f.path)),
			);
	}
	await keepNeededAssets();
	await writeState(deps, { ...(await readState(deps)), refreshedFor: CONFIG.build });
}

// ---------------------------------------------------------------------------------------------

self.addEventListener('install', (event: ExtendableEvent) => event.waitUntil(install()));
self.addEventListener('activate', (event: ExtendableEvent) => event.waitUntil(activate()));

self.addEventListener('fetch', (event) => {
	switch (routeOf(event.request, origin, SHELL.byPath, BASE)) {
		case 'page':
			return event.respondWith(page(event));
		case 'asset':
			return event.respondWith(asset(event));
		case 'search':
			return event.respondWith(search(event));
		case 'shell':
			return event.respondWith(shellFile(event));
		case 'pass':
			return undefined;
	}
});

self.addEventListener('message', (event) => {
	const type = isRecord(event.data) ? event.data['type'] : undefined;
	if (type === MESSAGES.skipWaiting) {
		event.waitUntil(self.skipWaiting());
	} else if (type === MESSAGES.status) {
		const fromCache = event.source ? servedFromCache.delete(event.source.id) : false;
		event.source?.postMessage({ type: MESSAGES.network, ok: !fromCache && networkOk !== false });
	} else if (type === MESSAGES.refresh) {
		// Interrupted (offline, worker stopped)? The next page load asks again and it goes on.
		refreshing ??= refreshSaved()
			.catch((error: unknown) => {
				if (!(error instanceof NetworkError) && !(error instanceof TypeError)) throw error;
			})
			.finally(() => {
				refreshing = undefined;
			});
		event.waitUntil(refreshing.catch(() => undefined));
	} else if (type === MESSAGES.prune) {
		event.waitUntil(keepNeededAssets().catch(() => undefined));
	}
});
