/**
 * Decisions of “保存整个帮助中心以便离线使用”: what to download, whether the device has room,
 * whether to ask once more on a metered or slow connection, and how saved pages follow a new
 * deployment. Pure functions of plain data.
 */
import type { ManifestFile, ManifestPage, OfflineManifest } from './manifest';
import { fillText, SAVE_MESSAGES_ZH, type SaveMessages } from './texts';

export interface SavePlan {
	/** Pages still to download. */
	pages: ManifestPage[];
	/** Search-index files still to download. */
	search: ManifestFile[];
	/** Bytes to download (gzip) and to store. */
	gzip: number;
	bytes: number;
	/** Pages the manifest lists (what “all” means). */
	total: number;
	/** Of those, already on the device. */
	alreadySaved: number;
}

/** What saving everything still has to fetch, given the paths already stored. */
export function planSaveAll(manifest: OfflineManifest, savedPaths: ReadonlySet<string>): SavePlan {
	const pages = manifest.pages.filter((p) => !savedPaths.has(p.path));
	const search = manifest.search.filter((f) => !savedPaths.has(f.path));
	const todo = [...pages, ...search];
	return {
		pages,
		search,
		gzip: todo.reduce((s, f) => s + f.gzip, 0),
		bytes: todo.reduce((s, f) => s + f.bytes, 0),
		total: manifest.pages.length,
		alreadySaved: manifest.pages.length - pages.length,
	};
}

/** `navigator.storage.estimate()`'s answer, or undefined where the browser has none. */
export interface StorageEstimateLike {
	quota?: number | undefined;
	usage?: number | undefined;
}

export type StorageDecision = { ok: true } | { ok: false; needed: number; available: number };

/**
 * Enough room? Needs the bytes to store plus a quarter for the browser's own overhead. An unknown
 * estimate does not block: the browser then reports a full disk itself, and the save stops there.
 */
export function storageDecision(estimate: StorageEstimateLike | undefined, bytesToStore: number): StorageDecision {
	if (!estimate || typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return { ok: true };
	const available = Math.max(0, estimate.quota - estimate.usage);
	const needed = Math.ceil(bytesToStore * 1.25);
	return needed <= available ? { ok: true } : { ok: false, needed, available };
}

/** The Network Information API's fields that matter (Chromium-based browsers; absent elsewhere). */
export interface ConnectionLike {
	saveData?: boolean | undefined;
	effectiveType?: string | undefined;
}

export type DataCost = 'normal' | 'save-data' | 'slow';

/** A reader who turned on Save-Data, or is on a 2G-like connection, is asked once more. */
export function dataCost(connection: ConnectionLike | undefined | null): DataCost {
	if (!connection) return 'normal';
	if (connection.saveData === true) return 'save-data';
	if (connection.effectiveType === '2g' || connection.effectiveType === 'slow-2g') return 'slow';
	return 'normal';
}

/** What the extra question says, naming the download size. */
export function dataCostQuestion(
	cost: Exclude<DataCost, 'normal'>,
	size: string,
	t: Pick<SaveMessages, 'costQuestion' | 'saveDataWhy' | 'slowWhy'> = SAVE_MESSAGES_ZH,
): string {
	return fillText(t.costQuestion, { why: cost === 'save-data' ? t.saveDataWhy : t.slowWhy, size });
}

/** Why saving cannot start for lack of room, and what the reader can do. */
export function storageShortText(needed: string, available: string, t: Pick<SaveMessages, 'storageShort'> = SAVE_MESSAGES_ZH): string {
	return fillText(t.storageShort, { needed, available });
}

/** A saved page as listed from the cache (see store.ts). */
export interface SavedPageInfo {
	path: string;
	hash: string;
}

export interface RefreshPlan {
	/** Saved pages whose content changed in this deployment. */
	refresh: string[];
	/** Saved pages this deployment no longer has. */
	remove: string[];
	/** Pages to add because the reader saved everything and this deployment has new ones. */
	add: string[];
}

/**
 * After a deployment: refresh the saved pages that changed (content hash differs), drop those
 * that are gone, and, when the reader had saved everything, add the new ones. Unchanged pages
 * are not downloaded again.
 */
export function refreshPlan(manifest: OfflineManifest, saved: readonly SavedPageInfo[], savedAll: boolean): RefreshPlan {
	const current = new Map(manifest.pages.map((p) => [p.path, p.hash]));
	const savedPaths = new Set(saved.map((s) => s.path));
	const refresh: string[] = [];
	const remove: string[] = [];
	for (const page of saved) {
		const hash = current.get(page.path);
		if (hash === undefined) remove.push(page.path);
		else if (hash !== page.hash) refresh.push(page.path);
	}
	const add = savedAll ? manifest.pages.filter((p) => !savedPaths.has(p.path)).map((p) => p.path) : [];
	return { refresh, remove, add };
}

/**
 * What is on the device after saving: pages of this deployment that are saved, and the bytes they
 * take with the first visit's shell and any saved search files.
 */
export function savedTotals(
	manifest: OfflineManifest,
	saved: ReadonlyArray<{ path: string; bytes: number }>,
	searchPaths: ReadonlySet<string> = new Set(),
): { pages: number; bytes: number } {
	const listed = new Set(manifest.pages.map((p) => p.path));
	const pages = saved.filter((p) => listed.has(p.path));
	const search = manifest.search.filter((f) => searchPaths.has(f.path));
	const bytes = manifest.shell.bytes + pages.reduce((s, p) => s + p.bytes, 0) + search.reduce((s, f) => s + f.bytes, 0);
	return { pages: pages.length, bytes };
}
