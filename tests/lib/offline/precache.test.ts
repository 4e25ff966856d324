import { describe, expect, it } from 'vitest';
import {
	configLine,
	isPrecached,
	isSearchIndexFile,
	MAX_PRECACHED_INDEX_GZIP,
	precacheEntries,
	precacheGroup,
	shellIndex,
	workerConfig,
} from '../../../src/lib/offline/precache';

describe('precacheGroup', () => {
	it.each([
		['index.html', 'shell'],
		['offline/index.html', 'shell'],
		['_astro/page.DpJ3kF.js', 'shell'],
		['_astro/fonts/x.woff2', 'shell'],
		['_astro/index.CmAb.css', 'shell'],
		['favicon.svg', 'shell'],
		['manifest.webmanifest', 'shell'],
		['icons/icon-192.png', 'shell'],
		['pagefind/pagefind.js', 'search-runtime'],
		['pagefind/pagefind-worker.js', 'search-runtime'],
		['pagefind/pagefind-entry.json', 'search-runtime'],
		['pagefind/wasm.unknown.pagefind', 'search-runtime'],
		['search/normalize.json', 'search-runtime'],
		['pagefind/pagefind.zh-cn_ff55.pf_meta', 'search-index'],
		['pagefind/index/zh-cn_5390cd8.pf_index', 'search-index'],
		['issues/refund/index.html', undefined],
		['404.html', undefined],
		['_astro/page.DpJ3kF.js.map', undefined],
		['pagefind/pagefind-ui.js', undefined],
		['pagefind/pagefind-modular-ui.css', undefined],
		['pagefind/pagefind-highlight.js', undefined],
		['sitemap-index.xml', undefined],
		['sw.js', undefined],
		['offline-manifest.json', undefined],
		['index.html.gz', undefined],
		['images/deep/photo.png', undefined],
	])('%s → %s', (file, group) => {
		expect(precacheGroup(file)).toBe(group);
	});

	it('includes the search index while it is at most 512 KiB gzip', () => {
		expect(isPrecached('pagefind/index/zh-cn_1.pf_index', MAX_PRECACHED_INDEX_GZIP)).toBe(true);
		expect(isPrecached('pagefind/index/zh-cn_1.pf_index', MAX_PRECACHED_INDEX_GZIP + 1)).toBe(false);
		expect(isPrecached('pagefind/pagefind.js', MAX_PRECACHED_INDEX_GZIP + 1)).toBe(true);
		expect(isPrecached('issues/refund/index.html', 0)).toBe(false);
	});
});

describe('isSearchIndexFile', () => {
	it.each([
		['pagefind/pagefind.zh-cn_ff55.pf_meta', true],
		['pagefind/index/zh-cn_5390cd8.pf_index', true],
		['/pagefind/fragment/zh-cn_1478d35.pf_fragment', true],
		['pagefind/filter/zh-cn_d119e41.pf_filter', true],
		['pagefind/pagefind.js', false],
		['pagefind/wasm.unknown.pagefind', false],
		['pagefind/pagefind-entry.json', false],
	])('%s → %s', (path, index) => {
		expect(isSearchIndexFile(path)).toBe(index);
	});
});

describe('the configuration line of sw.js', () => {
	const config = {
		build: 'abc123',
		base: '/',
		precache: [
			{ url: 'index.html', revision: 'r1' },
			{ url: '_astro/page.X.js', revision: null },
		],
	};

	it('is read back from the built worker', () => {
		const sw = `${configLine(config)}(()=>{"use strict";})();`;
		expect(workerConfig(sw)).toEqual(config);
		expect(precacheEntries(sw)).toEqual(
			new Map([
				['index.html', 'r1'],
				['_astro/page.X.js', null],
			]),
		);
	});

	it('is absent from another script', () => {
		expect(workerConfig('self.x=1;\n')).toBeUndefined();
		expect(precacheEntries('')).toEqual(new Map());
	});
});

describe('shellIndex', () => {
	it('keeps files with a revision in the shell and hashed assets apart', () => {
		const index = shellIndex([
			{ url: 'index.html', revision: 'r1' },
			{ url: 'offline/index.html', revision: 'r2' },
			{ url: '_astro/page.X.js', revision: null },
			{ url: 'pagefind/pagefind.js', revision: 'r3' },
		]);
		expect([...index.byPath]).toEqual([
			['/', '/?__rev=r1'],
			['/offline/', '/offline/?__rev=r2'],
			['/pagefind/pagefind.js', '/pagefind/pagefind.js?__rev=r3'],
		]);
		expect(index.assets).toEqual(['/_astro/page.X.js']);
		expect(index.keys.has('/?__rev=r1')).toBe(true);
	});
	it('puts every path under the site’s base path', () => {
		const index = shellIndex(
			[
				{ url: 'index.html', revision: 'r1' },
				{ url: '_astro/page.X.js', revision: null },
			],
			'/help/',
		);
		expect([...index.byPath]).toEqual([['/help/', '/help/?__rev=r1']]);
		expect(index.assets).toEqual(['/help/_astro/page.X.js']);
	});
});
