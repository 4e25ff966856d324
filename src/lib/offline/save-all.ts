/**
 * “保存整个帮助中心”: downloads the pages (and search files) of a plan a few at a time, reports
 * progress, stops on cancel or when the network fails, and keeps whatever was saved so far.
 */
import type { SavePlan } from './plan';
import { isAbort, NetworkError, readState, savePage, saveSearchFile, writeState, type AssetMemo, type OfflineDeps } from './store';

export interface SaveAllOptions {
	signal: AbortSignal;
	/** Called after each page with the pages done so far. */
	onProgress?: (done: number, total: number) => void;
	/** Downloads at a time (default 3: quick on a good line, gentle on a phone). */
	concurrency?: number;
}

export type SaveAllOutcome = { kind: 'done' | 'cancelled' | 'network'; saved: number };

/** Why a failed download stops the save; anything but a cancel or a network failure is rethrown. */
function stopReason(error: unknown, signal: AbortSignal): 'cancelled' | 'network' {
	if (isAbort(error) || signal.aborted) return 'cancelled';
	if (error instanceof NetworkError) return 'network';
	throw error;
}

export async function saveAll(deps: OfflineDeps, plan: SavePlan, { signal, onProgress, concurrency = 3 }: SaveAllOptions): Promise<SaveAllOutcome> {
	const memo: AssetMemo = new Map();
	const total = plan.pages.length;
	let next = 0;
	let done = 0;
	let saved = 0;
	let stop: SaveAllOutcome['kind'] | undefined;
	const lane = async () => {
		while (!stop && next < plan.pages.length) {
			if (signal.aborted) {
				stop = 'cancelled';
				break;
			}
			const page = plan.pages[next++];
			if (!page) break;
			try {
				const result = await savePage(deps, page.path, memo, signal);
				if (result.kind === 'saved') saved++;
			} catch (error) {
				const reason = stopReason(error, signal);
				// Another lane's cancel wins over this one's network failure.
				stop = reason === 'cancelled' ? reason : (stop ?? reason);
				break;
			}
			done++;
			onProgress?.(done, total);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, lane));
	if (!stop && signal.aborted) stop = 'cancelled';
	if (!stop) {
		try {
			for (const file of plan.search) {
				if (signal.aborted) {
					stop = 'cancelled';
					break;
				}
				await saveSearchFile(deps, file.path, signal);
			}
		} catch (error) {
			stop = stopReason(error, signal);
		}
	}
	if (!stop) await writeState(deps, { ...(await readState(deps)), savedAll: true });
	return { kind: stop ?? 'done', saved };
}
