import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/paths.ts';
import { precacheEntries } from '../../src/lib/offline/precache';

/** Every built file, relative to the build folder (gzip copies are for servers, not for the cache). */
const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && !d.name.endsWith('.gz'))
		.map((d) => relative(dir, join(d.parentPath, d.name)));

const precacheManifest = () => precacheEntries(readFileSync(join(DIST, 'sw.js'), 'utf8'));

describe('the service worker precache of the real build', () => {
	const built = files(DIST);
	const manifest = precacheManifest();

	it('lists every built HTML page', () => {
		const pages = built.filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(30);
		expect(pages.filter((p) => !manifest.has(p))).toEqual([]);
	});

	it('lists every Pagefind file the search needs, including the wasm', () => {
		const search = built.filter((f) => f.startsWith('pagefind/') && !/pagefind-(?:component-|modular-)?ui|pagefind-highlight/.test(f));
		expect(search).toContain('pagefind/pagefind.js');
		expect(search.some((f) => f.endsWith('.pagefind'))).toBe(true);
		expect(search.filter((f) => !manifest.has(f))).toEqual([]);
	});

	it('lists the CSS and JavaScript the pages load, the manifest and the icons', () => {
		const assets = built.filter((f) => /^_astro\/.*\.(js|css)$/.test(f) || /^(manifest\.webmanifest|favicon\.svg|icons\/.*\.png)$/.test(f));
		expect(assets.filter((f) => !manifest.has(f))).toEqual([]);
	});

	it('gives every entry a content revision, except files whose names carry a hash', () => {
		for (const [url, revision] of manifest) {
			if (url.startsWith('_astro/')) expect(revision, url).toBeNull();
			else expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
		}
	});

	it('leaves out source maps, the sitemap and unused Pagefind UIs', () => {
		for (const url of manifest.keys()) expect(url).not.toMatch(/\.map$|sitemap|pagefind-ui|pagefind-modular|pagefind-component/);
	});
});
