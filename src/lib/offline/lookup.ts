/**
 * Is a page on this device? Kept apart from the saving code so that the search dialog, loaded on
 * every page, carries only this check.
 */
import { CACHES } from './names';

/** Can the reader open this path offline (a saved page, or one the first visit stored)? */
export async function isAvailableOffline(deps: { caches: CacheStorage; origin: string }, path: string): Promise<boolean> {
	const url = new URL(path, deps.origin).href;
	for (const name of [CACHES.pages, CACHES.shell]) {
		if (!(await deps.caches.has(name))) continue;
		if (await (await deps.caches.open(name)).match(url, { ignoreSearch: true })) return true;
	}
	return false;
}
