import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELDER_MODE_KEY, initialElderMode, loadElderMode, modeFromSearch, parseElderMode, saveElderMode } from '../../../src/lib/elder/mode';
import { fakeStorage } from '../fake-storage';

/** Stored strings and whether they mean 长辈模式 is on: anything unexpected is off. */
const STORED: Array<[string, string | undefined, boolean]> = [
	['nothing stored', undefined, false],
	['the current format, on', '{"v":1,"on":true}', true],
	['the current format, off', '{"v":1,"on":false}', false],
	['on as a string', '{"v":1,"on":"true"}', false],
	['another version', '{"v":2,"on":true}', false],
	['no version', '{"on":true}', false],
	['a bare true', 'true', false],
	['an array', '[1,true]', false],
	['null', 'null', false],
	['corrupt JSON', '{"v":1,"on":tr', false],
	['an empty string', '', false],
];

describe('parseElderMode / loadElderMode', () => {
	it.each(STORED)('%s → %s', (_name, raw, on) => {
		const store = fakeStorage(raw === undefined ? {} : { [ELDER_MODE_KEY]: raw });
		expect(loadElderMode(store)).toBe(on);
	});

	it('is off, without throwing, when storage is disabled or missing', () => {
		expect(loadElderMode(fakeStorage({ [ELDER_MODE_KEY]: '{"v":1,"on":true}' }, true))).toBe(false);
		expect(loadElderMode(null)).toBe(false);
		expect(parseElderMode(undefined)).toBe(false);
	});

	it('uses a namespaced, versioned key', () => {
		expect(ELDER_MODE_KEY).toBe('wallet-help:elder:v1');
	});
});

describe('saveElderMode', () => {
	it('stores on as the versioned record and removes the key for off', () => {
		const store = fakeStorage();
		expect(saveElderMode(store, true)).toBe(true);
		expect(store.data.get(ELDER_MODE_KEY)).toBe('{"v":1,"on":true}');
		expect(loadElderMode(store)).toBe(true);
		saveElderMode(store, false);
		expect(store.data.has(ELDER_MODE_KEY)).toBe(false);
	});

	it('reports a refusing storage instead of throwing', () => {
		expect(saveElderMode(fakeStorage({}, true), true)).toBe(false);
		expect(() => saveElderMode(fakeStorage({}, true), false)).not.toThrow();
	});
});

describe('modeFromSearch / initialElderMode', () => {
	it.each([
		['', undefined],
		['?mode=elder', true],
		['?problem=refund&mode=elder', true],
		['?mode=standard', false],
		['?mode=ELDER', undefined],
		['?mode=', undefined],
		['?problem=refund', undefined],
	])('%j → %s', (search, mode) => {
		expect(modeFromSearch(search)).toBe(mode);
	});

	it('lets the address win over the stored choice', () => {
		const on = fakeStorage({ [ELDER_MODE_KEY]: '{"v":1,"on":true}' });
		expect(initialElderMode(on, '?mode=standard')).toBe(false);
		expect(initialElderMode(on, '')).toBe(true);
		expect(initialElderMode(fakeStorage(), '?mode=elder')).toBe(true);
	});
});

/** The inline script that applies the mode before the first paint, exactly as shipped. */
const INLINE = (() => {
	const source = readFileSync(new URL('../../../src/components/ElderModeScript.astro', import.meta.url), 'utf8');
	const body = /<script is:inline>([\s\S]*?)<\/script>/.exec(source)?.[1];
	if (!body) throw new Error('no inline script in ElderModeScript.astro');
	return body;
})();

function runInline(search: string, storage: Pick<Storage, 'getItem'>): string | undefined {
	const html = { dataset: {} as Record<string, string> };
	// Runs the page's inline script as the browser does, with stand-ins for what it reads.
	// eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
	new Function('location', 'localStorage', 'document', INLINE)({ search }, storage, { documentElement: html });
	return html.dataset['elder'];
}

describe('the inline script in ElderModeScript.astro', () => {
	it.each(STORED)('agrees with loadElderMode for %s', (_name, raw, on) => {
		const store = fakeStorage(raw === undefined ? {} : { [ELDER_MODE_KEY]: raw });
		expect(runInline('', store)).toBe(on ? 'on' : 'off');
	});

	it.each([
		['?mode=elder', 'on'],
		['?mode=standard', 'off'],
		['?mode=other', 'on'],
	])('with a stored “on” and %s sets %s', (search, expected) => {
		expect(runInline(search, fakeStorage({ [ELDER_MODE_KEY]: '{"v":1,"on":true}' }))).toBe(expected);
	});

	it('turns the mode on from the address even when storage throws', () => {
		expect(runInline('?mode=elder', fakeStorage({}, true))).toBe('on');
		expect(runInline('', fakeStorage({}, true))).toBe('off');
	});

	it('stays tiny and has no per-page values', () => {
		expect(INLINE.length).toBeLessThan(500);
		expect(INLINE).not.toMatch(/\{[a-zA-Z.]+\}/);
	});
});
