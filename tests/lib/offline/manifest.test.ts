import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildManifest, contentHash, parseManifest } from '../../../src/lib/offline/manifest';

const pages = [
	{ path: '/issues/refund/', bytes: 50_000, gzip: 12_000, hash: '0123456789abcdef' },
	{ path: '/contact/', bytes: 40_000, gzip: 10_000, hash: 'fedcba9876543210' },
];
const search = [{ path: '/pagefind/index/zh_1.pf_index', bytes: 30_000, gzip: 30_000 }];

describe('buildManifest', () => {
	it('sorts pages and sums what saving everything downloads', () => {
		const m = buildManifest('b1', pages, search, { bytes: 400_000, gzip: 300_000 });
		expect(m.pages.map((p) => p.path)).toEqual(['/contact/', '/issues/refund/']);
		expect(m.total).toEqual({ pages: 2, bytes: 120_000, gzip: 52_000 });
	});
});

describe('parseManifest', () => {
	const good = buildManifest('b1', pages, search, { bytes: 1, gzip: 1 });

	it('reads a manifest written by the build', () => {
		expect(parseManifest(JSON.parse(JSON.stringify(good)))).toEqual(good);
	});

	it.each([
		['nothing', undefined],
		['another version', { ...good, v: 2 }],
		['no pages', { ...good, pages: 'all' }],
		['no shell size', { ...good, shell: null }],
	])('rejects %s', (_name, data) => {
		expect(parseManifest(data)).toBeUndefined();
	});

	it('drops entries that are malformed or leave the site, and recomputes the totals', () => {
		const data = {
			...good,
			pages: [
				...good.pages,
				{ path: '//evil.example/x/', bytes: 1, gzip: 1, hash: '0123456789abcdef' },
				{ path: '/x/', bytes: -1, gzip: 1, hash: '0123456789abcdef' },
				{ path: '/y/', bytes: 1, gzip: 1 },
			],
			total: { pages: 999, bytes: 0, gzip: 0 },
		};
		const parsed = parseManifest(data);
		expect(parsed?.pages.map((p) => p.path)).toEqual(['/contact/', '/issues/refund/']);
		expect(parsed?.total.pages).toBe(2);
	});
});

describe('contentHash', () => {
	it('matches the build’s hash of the same bytes', async () => {
		const bytes = new TextEncoder().encode('<h1>申请退款</h1>');
		expect(await contentHash(webcrypto.subtle as SubtleCrypto, bytes)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
	});
});
