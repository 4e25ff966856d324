import { describe, expect, it } from 'vitest';
import { connectivityText, networkMessage, OFFLINE_TEXT, reloadOnSwitch, UNREACHABLE_TEXT } from '../../../src/lib/offline/client';
import { unsavedPaths } from '../../../src/lib/offline/search-results';

describe('connectivityText', () => {
	it.each([
		['online, requests fine', true, true, ''],
		['offline according to the browser', false, true, OFFLINE_TEXT],
		['offline, requests failing too', false, false, OFFLINE_TEXT],
		['online according to the browser, but requests fail', true, false, UNREACHABLE_TEXT],
	])('%s', (_name, online, reachable, text) => {
		expect(connectivityText(online, reachable)).toBe(text);
	});
});

describe('networkMessage', () => {
	it.each([
		[{ type: 'wallet-help:network', ok: false }, false],
		[{ type: 'wallet-help:network', ok: true }, true],
		[{ type: 'wallet-help:network', ok: 'no' }, undefined],
		[{ type: 'other', ok: false }, undefined],
		['wallet-help:network', undefined],
		[null, undefined],
	])('%j → %s', (data, ok) => {
		expect(networkMessage(data)).toBe(ok);
	});
});

describe('reloadOnSwitch', () => {
	const now = 1_000_000;
	it.each([
		['the first install takes control', false, false, undefined, false],
		['a reader switched to a new version', true, false, undefined, true],
		['the reload is already under way', true, true, undefined, false],
		['the page was loaded by this switch a moment ago', true, false, { at: now - 2_000 }, false],
		['an earlier switch, long ago', true, false, { at: now - 60_000 }, true],
		['a clock that went backwards', true, false, { at: now + 5_000 }, true],
		['corrupt stored data', true, false, 'yesterday', true],
	])('%s → %s', (_name, hadController, reloading, stored, reload) => {
		expect(reloadOnSwitch(hadController, reloading, stored, now)).toBe(reload);
	});
});

describe('unsavedPaths', () => {
	it('lists results whose page is not saved, treating a failed check as not saved', async () => {
		const saved = new Set(['/issues/refund/']);
		const check = async (p: string) => {
			if (p === '/broken/') throw new Error('cache unavailable');
			return saved.has(p);
		};
		expect([...(await unsavedPaths(['/issues/refund/', '/wallets/paypal/', '/broken/'], check))]).toEqual(['/wallets/paypal/', '/broken/']);
	});
});
