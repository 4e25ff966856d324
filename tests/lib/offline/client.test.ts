import { describe, expect, it } from 'vitest';
import { connectivityText, networkMessage, OFFLINE_TEXT, UNREACHABLE_TEXT } from '../../../src/lib/offline/client';
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
