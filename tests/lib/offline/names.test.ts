import { describe, expect, it } from 'vitest';
import { isHashedAsset, pagePath, servedPath, shellKey, shellPath } from '../../../src/lib/offline/names';

describe('pagePath', () => {
	it.each([
		['https://h.example/', '/'],
		['https://h.example/issues/refund/', '/issues/refund/'],
		['https://h.example/issues/refund/index.html', '/issues/refund/'],
		['https://h.example/contact/?problem=refund#picker', '/contact/'],
		['https://h.example/index.html', '/'],
	])('%s is cached as %s', (url, path) => {
		expect(pagePath(new URL(url))).toBe(path);
	});
});

describe('shellPath', () => {
	it.each([
		['https://h.example/pagefind/pagefind-entry.json?ts=1732', '/pagefind/pagefind-entry.json'],
		['https://h.example/?utm_source=app', '/'],
		['https://h.example/icons/icon-192.png?v=2', '/icons/icon-192.png?v=2'],
	])('%s is looked up as %s', (url, path) => {
		expect(shellPath(new URL(url))).toBe(path);
	});
});

describe('servedPath and shellKey', () => {
	it.each([
		['index.html', '/'],
		['offline/index.html', '/offline/'],
		['_astro/page.abc.js', '/_astro/page.abc.js'],
		['pagefind/pagefind.js', '/pagefind/pagefind.js'],
	])('%s is served at %s', (file, path) => {
		expect(servedPath(file)).toBe(path);
	});

	it('keys files with a revision by revision, and hashed files by name', () => {
		expect(shellKey('/', 'abc')).toBe('/?__rev=abc');
		expect(shellKey('/_astro/page.abc.js', null)).toBe('/_astro/page.abc.js');
	});

	it('treats only /_astro/ files as content-hashed', () => {
		expect(isHashedAsset('/_astro/page.abc.js')).toBe(true);
		expect(isHashedAsset('/pagefind/pagefind.js')).toBe(false);
	});
});
