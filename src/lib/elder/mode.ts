/**
 * 长辈模式 (mode for older readers): whether it is on, as remembered on this device.
 *
 * Stored under `wallet-help:elder:v1` as `{ "v": 1, "on": true }`; turning the mode off removes
 * the key. Anything else stored there (corrupt JSON, another version, `on` not exactly `true`)
 * means off. The same rule is repeated, in a few bytes, by the inline script that applies the mode
 * before the first paint (src/components/ElderModeScript.astro); a unit test runs that script
 * against this table so the two cannot drift apart.
 */
import { isRecord, readJson, removeKey, writeJson, type KeyValueStore } from '../storage';

export const ELDER_MODE_VERSION = 1;
export const ELDER_MODE_KEY = `wallet-help:elder:v${ELDER_MODE_VERSION}`;

/** The attribute on `<html>` that the mode's styles key on: `on` or `off` (absent without JavaScript). */
export const ELDER_ATTRIBUTE = 'data-elder';

/** Whether stored data (already JSON-parsed, or `undefined`) says the mode is on. */
export function parseElderMode(stored: unknown): boolean {
	return isRecord(stored) && stored['v'] === ELDER_MODE_VERSION && stored['on'] === true;
}

/**
 * What the page address asks for: `?mode=elder` turns the mode on (a link a family member can
 * send), `?mode=standard` turns it off; anything else leaves the reader's choice alone.
 */
export function modeFromSearch(search: string): boolean | undefined {
	const mode = new URLSearchParams(search).get('mode');
	return mode === 'elder' ? true : mode === 'standard' ? false : undefined;
}

export function loadElderMode(store: KeyValueStore | null | undefined): boolean {
	return parseElderMode(readJson(store, ELDER_MODE_KEY));
}

/** Remembers the choice; returns false when storage refuses (the mode then lasts for this page only). */
export function saveElderMode(store: KeyValueStore | null | undefined, on: boolean): boolean {
	if (on) return writeJson(store, ELDER_MODE_KEY, { v: ELDER_MODE_VERSION, on: true });
	removeKey(store, ELDER_MODE_KEY);
	return true;
}

/** The mode a page should show: the address wins over what is stored. */
export function initialElderMode(store: KeyValueStore | null | undefined, search: string): boolean {
	return modeFromSearch(search) ?? loadElderMode(store);
}
