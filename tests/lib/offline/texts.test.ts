import { describe, expect, it } from 'vitest';
import { fillText, parseSaveText, SAVE_MESSAGES_ZH, saveMessages, templateParts } from '../../../src/lib/offline/texts';
import { formatMB, plainMB, progressText, savedSummary } from '../../../src/lib/offline/format';
import { dataCostQuestion, storageShortText } from '../../../src/lib/offline/plan';
import { slotTexts } from '../../../src/lib/offline/labels';
import { connectivityText, NET_TEXT, netText } from '../../../src/lib/offline/client';
import { uiFor } from '../../../src/lib/i18n/ui';

const en = uiFor('en').saveOffline;
const SAVE_TEXT_ZH = uiFor('zh').saveOffline;

describe('fillText', () => {
	it.each([
		['{a} / {b}', { a: 1, b: 2 }, '1 / 2'],
		['已保存 {pages} 篇', { pages: 36 }, '已保存 36 篇'],
		['{missing} stays', {}, '{missing} stays'],
		['no marks', { a: 1 }, 'no marks'],
		['{a}{a}', { a: 'x' }, 'xx'],
	])('%s', (template, values, text) => {
		expect(fillText(template, values)).toBe(text);
	});
});

describe('templateParts', () => {
	it.each([
		['全部 {pages} 篇', [{ text: '全部 ' }, { slot: 'pages' }, { text: ' 篇' }]],
		['({download})', [{ text: '(' }, { slot: 'download' }, { text: ')' }]],
		['{pages}', [{ slot: 'pages' }]],
		['plain', [{ text: 'plain' }]],
	])('%s', (template, parts) => {
		expect(templateParts(template)).toEqual(parts);
	});
});

describe('parseSaveText', () => {
	it.each([
		['missing', undefined],
		['not JSON', '{oops'],
		['an array', '[1]'],
		['null', 'null'],
		['wrong types', JSON.stringify({ start: 5, yes: null })],
	])('keeps the Chinese texts when the attribute is %s', (_name, json) => {
		expect(parseSaveText(json)).toEqual(SAVE_MESSAGES_ZH);
	});

	it('takes the known string keys of the page, ignoring unknown ones', () => {
		expect(parseSaveText(JSON.stringify({ ...saveMessages(en), extra: 'x' }))).toEqual(saveMessages(en));
		expect(parseSaveText(JSON.stringify({ removed: 'Gone.' }))).toEqual({ ...SAVE_MESSAGES_ZH, removed: 'Gone.' });
	});

	it('hands the island only its own texts, not the markup ones', () => {
		const messages = saveMessages(en);
		expect(Object.keys(messages).sort()).toEqual(Object.keys(SAVE_MESSAGES_ZH).sort());
		expect(messages.removed).toBe(en.removed);
		expect('intro' in messages).toBe(false);
		expect(saveMessages(SAVE_TEXT_ZH)).toEqual(SAVE_MESSAGES_ZH);
	});
});

describe('the English save texts', () => {
	it('has every template mark the Chinese one has', () => {
		const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(SAVE_TEXT_ZH) as Array<keyof typeof SAVE_TEXT_ZH>) expect([key, marks(en[key])]).toEqual([key, marks(SAVE_TEXT_ZH[key])]);
	});

	it.each([
		[formatMB(812_345, en), 'about 0.8 MB'],
		[formatMB(50_000, en), 'under 0.1 MB'],
		[plainMB(2_100_000, en), '2.1 MB'],
		[savedSummary(36, 2_100_000, en), '36 pages saved, using 2.1 MB'],
		[progressText(40, 36, en), 'Saving: 36 / 36 pages'],
		[dataCostQuestion('save-data', 'about 0.4 MB', en), 'Your device has data saver on. Saving the whole help center downloads about 0.4 MB. Download now?'],
		[dataCostQuestion('slow', 'about 0.4 MB', en), 'Your connection is slow. Saving the whole help center downloads about 0.4 MB. Download now?'],
	])('%s', (text, expected) => {
		expect(text).toBe(expected);
	});

	it('fills the needed and available sizes into the storage warning', () => {
		expect(storageShortText('about 1.3 MB', 'about 0.9 MB', en)).toContain('saving needs about 1.3 MB, only about 0.9 MB is left');
	});

	it('gives the size slots in English', () => {
		expect(slotTexts({ total: { pages: 36, bytes: 1_650_000, gzip: 442_000 }, shell: { bytes: 495_000, gzip: 320_000 } }, en)).toEqual({
			download: 'about 0.4 MB',
			storage: 'about 2.1 MB',
			pages: '36',
		});
	});
});

describe('the offline bar follows the page language', () => {
	it.each([
		['en', NET_TEXT.en],
		['en-GB', NET_TEXT.en],
		['zh-CN', NET_TEXT.zh],
		['', NET_TEXT.zh],
		[null, NET_TEXT.zh],
	])('lang %s', (lang, text) => {
		expect(netText(lang)).toBe(text);
	});

	it('says offline and unreachable in English on English pages', () => {
		expect(connectivityText(false, true, NET_TEXT.en)).toBe(NET_TEXT.en.offline);
		expect(connectivityText(true, false, NET_TEXT.en)).toBe(NET_TEXT.en.unreachable);
		expect(connectivityText(true, true, NET_TEXT.en)).toBe('');
	});
});
