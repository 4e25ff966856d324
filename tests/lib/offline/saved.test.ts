import { describe, expect, it } from 'vitest';
import { decodeEntities, pageTitle, readSavedPage, savedPageHeaders } from '../../../src/lib/offline/saved';

describe('pageTitle', () => {
	it.each([
		['<title>申请退款与退款进度 | 钱包帮助中心</title>', '申请退款与退款进度'],
		['<title>钱包帮助中心</title>', '钱包帮助中心'],
		['<title>A &amp; B &#x4e2d; &#25991; | 钱包帮助中心</title>', 'A & B 中 文'],
		['<p>no title</p>', ''],
	])('%s → %s', (html, title) => {
		expect(pageTitle(html)).toBe(title);
	});

	it('leaves unknown references alone', () => {
		expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
	});
});

describe('saved page records', () => {
	const record = { title: '转错账怎么办 <b>', hash: '0123456789abcdef', bytes: 4096, assets: ['/_astro/a.css', '/_astro/b.js'], savedAt: 1_700_000_000_000 };

	it('round-trips through ASCII headers', () => {
		const headers = new Headers(savedPageHeaders(record));
		for (const [, value] of headers) expect(value).toMatch(/^[\x20-\x7e]*$/);
		expect(readSavedPage('/issues/wrong-transfer/', headers)).toEqual({ path: '/issues/wrong-transfer/', ...record });
	});

	it('ignores responses not written by the help center and bad asset names', () => {
		expect(readSavedPage('/x/', new Headers())).toBeUndefined();
		expect(readSavedPage('/x/', new Headers({ 'x-help-hash': 'nothex' }))).toBeUndefined();
		expect(readSavedPage('//evil.example/x/', new Headers({ 'x-help-hash': '0123456789abcdef' }))).toBeUndefined();
		const odd = readSavedPage(
			'/x/',
			new Headers({
				'x-help-hash': '0123456789abcdef',
				'x-help-title': '%E0%A4%A',
				'x-help-assets': '/_astro/ok.js https://evil.example/x.js /_astro/../sw.js',
				'x-help-bytes': '-1',
			}),
		);
		expect(odd).toEqual({ path: '/x/', title: '/x/', hash: '0123456789abcdef', bytes: 0, assets: ['/_astro/ok.js'], savedAt: 0 });
	});
});
