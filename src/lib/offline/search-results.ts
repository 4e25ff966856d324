/**
 * Offline search results: a result whose page is not saved on this device says so
 * (“未保存，联网后可查看”) instead of leading into an error. Called by the search dialog after it
 * renders results; the link and its text stay as they are.
 */
import { isAvailableOffline } from './lookup';
import { OFFLINE_ATTRIBUTE } from './names';

export const UNSAVED_NOTE = '未保存，联网后可查看';
const ITEM_CLASS = 'search-unsaved';
const NOTE_CLASS = 'search-unsaved-note';

/** Which result paths are not saved, given a check per path; order kept. */
export async function unsavedPaths(paths: readonly string[], isSaved: (path: string) => Promise<boolean>): Promise<Set<string>> {
	const saved = await Promise.all(paths.map((p) => isSaved(p).catch(() => false)));
	return new Set(paths.filter((_p, i) => !saved[i]));
}

/** Notes made so far: each gets its own id. */
let noteCount = 0;

/** Offline as far as the page can tell: the browser says so, or the offline notice is showing. */
function seemsOffline(win: Window): boolean {
	return !win.navigator.onLine || win.document.documentElement.hasAttribute(OFFLINE_ATTRIBUTE);
}

/**
 * Marks the items of `list` (each an `<li>` with a link) whose page is not saved, when the reader
 * is offline; online, clears the marks.
 */
export async function markUnsavedResults(list: HTMLElement, win: Window): Promise<void> {
	const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
	for (const item of items) {
		item.classList.remove(ITEM_CLASS);
		item.querySelector(`.${NOTE_CLASS}`)?.remove();
		item.querySelector(`a[aria-describedby^="${NOTE_CLASS}"]`)?.removeAttribute('aria-describedby');
	}
	if (!seemsOffline(win) || !('caches' in win)) return;
	const links = items.map((item) => item.querySelector<HTMLAnchorElement>('a[href]'));
	const paths = links.map((a) => (a ? new URL(a.href, win.location.href).pathname : ''));
	const deps = { caches: win.caches, origin: win.location.origin };
	const unsaved = await unsavedPaths(
		paths.filter((p) => p !== ''),
		(path) => isAvailableOffline(deps, path),
	);
	items.forEach((item, i) => {
		const path = paths[i];
		if (!path || !unsaved.has(path) || !item.isConnected) return;
		const note = win.document.createElement('p');
		note.className = `search-summary ${NOTE_CLASS}`;
		// One id per note in the document: the dialog marks several lists (answer, English pages, weak matches).
		note.id = `${NOTE_CLASS}-${++noteCount}`;
		// Chinese words, also inside the English pages' list (lang="en").
		note.lang = 'zh-CN';
		note.textContent = UNSAVED_NOTE;
		item.classList.add(ITEM_CLASS);
		item.append(note);
		links[i]?.setAttribute('aria-describedby', note.id);
	});
}
