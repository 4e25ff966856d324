import { describe, expect, it } from 'vitest';
import { configLine, isSearchIndexFile, MAX_PRECACHED_INDEX_GZIP, precacheEntries, precacheGlobs, SEARCH_INDEX_GLOBS, shellIndex, workerConfig } from '../../../src/lib/offline/precache';

describe('precacheGlobs', () => {
	it('includes the search index while it is at most 512 KiB gzip', () => {
		expect(precacheGlobs(MAX_PRECACHED_INDEX_GZIP)).toEqual(expect.arrayContaining(SEARCH_INDEX_GLOBS));
		expect(precacheGlobs(MAX_PRECACHED_INDEX_GZIP + 1)).not.toEqual(expect.arrayContaining(SEARCH_INDEX_GLOBS));
		expect(precacheGlobs(MAX_PRECACHED_INDEX_GZIP + 1)).toContain('pagefind/pagefind.js');
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
	const config = { build: 'abc123', precache: [{ url: 'index.html', revision: 'r1' }, { url: '_astro/page.X.js', revision: null }] };

	it('is read back from the built worker', () => {
		const sw = `${configLine(config)}(()=>{"use strict";})();`;
		expect(workerConfig(sw)).toEqual(config);
		expect(precacheEntries(sw)).toEqual(new Map([['index.html', 'r1'], ['_astro/page.X.js', null]]));
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
});
