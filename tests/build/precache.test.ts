import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/paths.ts';
import { PHONES } from '../../src/data/phones';
import { WALLETS } from '../../src/data/wallets';
import { formatMB } from '../../src/lib/offline/format';
import { parseManifest } from '../../src/lib/offline/manifest';
import { servedPath } from '../../src/lib/offline/names';
import { isSearchIndexFile, workerConfig } from '../../src/lib/offline/precache';

/** Every built file, relative to the build folder (gzip copies are for servers, not for the cache). */
const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && !d.name.endsWith('.gz'))
		.map((d) => relative(dir, join(d.parentPath, d.name)));

describe('what the first visit stores (the service worker precache of the real build)', () => {
	const built = files(DIST);
	const config = workerConfig(readFileSync(join(DIST, 'sw.js'), 'utf8'));
	const precache = new Map((config?.precache ?? []).map((e) => [e.url, e.revision]));
	const manifest = parseManifest(JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')));

	it('is written into sw.js with the deployment id of the offline manifest', () => {
		expect(config?.build).toMatch(/^[0-9a-f]{12}$/);
		expect(manifest?.build).toBe(config?.build);
	});

	it('holds two pages only: the home page and the offline page', () => {
		expect([...precache.keys()].filter((f) => f.endsWith('.html')).sort()).toEqual(['index.html', 'offline/index.html']);
	});

	it('holds the CSS and JavaScript the pages load, the web app manifest and the icons', () => {
		const assets = built.filter((f) => /^_astro\/.*\.(js|css)$/.test(f) || /^(manifest\.webmanifest|favicon\.svg|icons\/.*\.png)$/.test(f));
		expect(assets.length).toBeGreaterThan(5);
		expect(assets.filter((f) => !precache.has(f))).toEqual([]);
	});

	it('holds the search runtime, and the search index while it is small; otherwise “save everything” fetches it', () => {
		for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind'])
			expect(precache.has(f), f).toBe(true);
		const index = built.filter(isSearchIndexFile);
		expect(index.length).toBeGreaterThan(3);
		const precached = index.filter((f) => precache.has(f));
		const onRequest = new Set(manifest?.search.map((s) => s.path));
		// All or nothing, never half an index.
		expect(precached.length === index.length || precached.length === 0).toBe(true);
		for (const f of index) expect(precache.has(f) !== onRequest.has(servedPath(f)), f).toBe(true);
		// Today's index is small enough: offline search covers every page after the first visit.
		expect(precached).toHaveLength(index.length);
	});

	it('gives every entry a content revision, except files whose names carry a hash', () => {
		for (const [url, revision] of precache) {
			if (url.startsWith('_astro/')) expect(revision, url).toBeNull();
			else expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
		}
	});

	it('leaves out other pages, the 404 page, source maps, the sitemap and unused Pagefind UIs', () => {
		for (const url of precache.keys()) expect(url).not.toMatch(/\.map$|sitemap|pagefind-ui|pagefind-modular|pagefind-component|^404\.html$|offline-manifest/);
	});

	it('stays within 1 MiB as stored', () => {
		const bytes = [...precache.keys()].reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
		expect(bytes).toBeLessThan(1024 * 1024);
		expect(manifest?.shell.bytes).toBe(bytes);
	});
});

describe('the offline manifest (“保存整个帮助中心”)', () => {
	const built = files(DIST);
	const manifest = parseManifest(JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')));

	it('lists every other page with its size and content hash, as served', () => {
		const pages = built.filter((f) => f.endsWith('index.html') && !['index.html', 'offline/index.html'].includes(f)).sort();
		expect(pages.length).toBeGreaterThan(30);
		expect(manifest?.pages.map((p) => p.path).sort()).toEqual(pages.map(servedPath).sort());
		for (const page of manifest?.pages ?? []) {
			const data = readFileSync(join(DIST, page.path, 'index.html'));
			expect(page.bytes, page.path).toBe(data.length);
			expect(page.hash, page.path).toBe(createHash('sha256').update(data).digest('hex').slice(0, 16));
		}
		expect(manifest?.total.pages).toBe(pages.length);
	});

	it('gives the home page’s save button its size, readable without JavaScript', () => {
		const home = readFileSync(join(DIST, 'index.html'), 'utf8');
		const size = formatMB(manifest?.total.gzip ?? 0);
		expect(home).toMatch(new RegExp(`保存整个帮助中心以便离线使用（<span[^>]*data-offline-size="download"[^>]*>${size}</span>）`));
		expect(home).toMatch(new RegExp(`data-offline-size="pages"[^>]*>${manifest?.total.pages}<`));
		for (const f of built.filter((x) => x.endsWith('.html')))
			expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/data-offline-size="[a-z]+"[^>]*><\/span>/);
	});
});

describe('the offline page', () => {
	const html = readFileSync(join(DIST, 'offline/index.html'), 'utf8');

	it('is in Chinese, has one h1, and stays out of the search index', () => {
		expect(html).toMatch(/<html[^>]*lang="zh-CN"/);
		expect(html.match(/<h1\b/g)).toHaveLength(1);
		expect(html).not.toMatch(/data-pagefind-body/);
	});

	it('gives every wallet’s official hotline from the wallet data', () => {
		const numbers = Object.values(WALLETS).flatMap((w) => (w.hotline ? [PHONES.get(w.hotline)?.number ?? w.hotline] : []));
		expect(numbers.length).toBeGreaterThan(1);
		for (const n of numbers) expect(html).toContain(`href="tel:${n.replaceAll('-', '')}"`);
	});
});
