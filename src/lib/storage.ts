/** Safe access to browser storage: every call may throw (private mode, quota, disabled). */

/** The part of `Storage` the help center uses; tests pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads and JSON-parses a key; anything unreadable or unparsable comes back as `undefined`. */
export function readJson(store: KeyValueStore | null | undefined, key: string): unknown {
	if (!store) return undefined;
	try {
		const raw = store.getItem(key);
		return raw === null ? undefined : (JSON.parse(raw) as unknown);
	} catch {
		return undefined;
	}
}

/** Writes JSON; returns false instead of throwing when storage refuses. */
export function writeJson(store: KeyValueStore | null | undefined, key: string, value: unknown): boolean {
	if (!store) return false;
	try {
		store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function removeKey(store: KeyValueStore | null | undefined, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		/* storage unavailable: nothing to remove */
	}
}

/** `window.localStorage` itself throws in some browsers when storage is disabled. */
export function localStore(win: Window): KeyValueStore | null {
	try {
		return win.localStorage;
	} catch {
		return null;
	}
}

/** `window.sessionStorage`, or null where the browser refuses it. */
export function sessionStore(win: Window): KeyValueStore | null {
	try {
		return win.sessionStorage;
	} catch {
		return null;
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON a page rendered for its island (a `data-*` attribute), read as untrusted input: anything
 * missing, unparsable or of another shape gives `fallback`.
 */
export function parseJsonAs<T>(json: string | undefined, valid: (value: unknown) => value is T, fallback: T): T {
	try {
		const value: unknown = JSON.parse(json ?? '');
		return valid(value) ? value : fallback;
	} catch {
		return fallback;
	}
}

/**
 * An island's texts from the page's JSON: each key of `defaults` whose value in `json` is a string
 * takes it; every other key — missing, broken, of another type — keeps its default.
 */
export function textsFrom<T extends { [K in keyof T]: string }>(json: string | undefined, defaults: T): T {
	const value = parseJsonAs(json, isRecord, {});
	const out: T = { ...defaults };
	for (const key of Object.keys(defaults) as Array<keyof T & string>) {
		const text = value[key];
		if (typeof text === 'string') out[key] = text as T[keyof T & string];
	}
	return out;
}
