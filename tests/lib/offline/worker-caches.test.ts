/**
 * What the service worker stores and deletes (src/lib/offline/store.ts `putAsset` and
 * `removeStaleCaches`, as src/worker/service-worker.ts calls them), over the fake Cache Storage.
 */
import { describe, expect, it } from 'vitest';
import { CACHES, OWN_CACHES, hasExpectedType, isStaleOwnCache } from '../../../src/lib/offline/names';
import { putAsset, removeStaleCaches } from '../../../src/lib/offline/store';
import { FakeCacheStorage, ORIGIN } from './fake-caches';

const SCOPE = `${ORIGIN}/`;

describe('removeStaleCaches (on activation)', () => {
	it('deletes only our own earlier caches; another app’s caches on the origin survive', async () => {
		const storage = new FakeCacheStorage();
		const names = [
			...OWN_CACHES,
			'wallet-help:shell:v0',
			'wallet-help:pages:v0',
			`workbox-precache-v2-${SCOPE}`,
			'other-app:v3',
			`workbox-precache-v2-${ORIGIN}/other/`,
			'my-cache',
		];
		for (const name of names) await (await storage.open(name)).put(`${ORIGIN}/x`, new Response('x'));
		const deleted = await removeStaleCaches(storage.asCacheStorage(), SCOPE);
		expect(deleted.sort()).toEqual(['wallet-help:pages:v0', 'wallet-help:shell:v0', `workbox-precache-v2-${SCOPE}`]);
		expect((await storage.keys()).sort()).toEqual([...OWN_CACHES, 'other-app:v3', `workbox-precache-v2-${ORIGIN}/other/`, 'my-cache'].sort());
		expect(storage.paths('other-app:v3')).toEqual(['/x']);
	});

	it.each([
		['wallet-help:shell:v1', false],
		['wallet-help:shell:v0', true],
		['wallet-help-shell', false],
		['workbox-precache-v2-https://help.example/', true],
		['workbox-precache-v2-https://help.example/other/', false],
		['workbox-runtime', false],
		['', false],
	])('%s → stale and ours: %s', (name, stale) => {
		expect(isStaleOwnCache(name, SCOPE)).toBe(stale);
	});
});

describe('putAsset (the asset cache)', () => {
	const key = (path: string) => `${ORIGIN}${path}`;
	const answer = (body: string, type: string | undefined, status = 200) => new Response(body, { status, headers: type ? { 'content-type': type } : {} });

	it.each([
		['a script served as JavaScript', '/_astro/page.A1.js', 'text/javascript; charset=utf-8', 200, true],
		['a script served as application/javascript', '/_astro/page.A1.js', 'application/javascript', 200, true],
		['a stylesheet', '/_astro/common.B2.css', 'text/css', 200, true],
		['a font', '/_astro/inter.C3.woff2', 'font/woff2', 200, true],
		['an image', '/_astro/logo.D4.png', 'image/png', 200, true],
		['a portal’s login page instead of a script', '/_astro/page.A1.js', 'text/html; charset=utf-8', 200, false],
		['an HTML error page instead of a stylesheet', '/_astro/common.B2.css', 'text/html', 200, false],
		['a script with no Content-Type', '/_astro/page.A1.js', undefined, 200, false],
		['a stylesheet served as JavaScript', '/_astro/common.B2.css', 'text/javascript', 200, false],
		['a 404 with the right type', '/_astro/page.A1.js', 'text/javascript', 404, false],
		['an opaque-looking 0-length redirect answer', '/_astro/page.A1.js', 'text/javascript', 203, false],
		['a file of an unknown kind', '/_astro/data.E5.bin', 'application/octet-stream', 200, false],
	])('%s → stored: %s', async (_name, path, type, status, stored) => {
		const storage = new FakeCacheStorage();
		const cache = await storage.open(CACHES.assets);
		expect(await putAsset(cache, key(path), answer('x', type, status))).toBe(stored);
		expect(storage.paths(CACHES.assets)).toEqual(stored ? [path] : []);
	});

	it('leaves the response readable for the page that asked for it', async () => {
		const storage = new FakeCacheStorage();
		const response = answer('body{}', 'text/css');
		await putAsset(await storage.open(CACHES.assets), key('/_astro/a.css'), response);
		expect(await response.text()).toBe('body{}');
	});

	it('judges the type by the file’s kind', () => {
		expect(hasExpectedType('/_astro/x.mjs', 'text/javascript')).toBe(true);
		expect(hasExpectedType('/_astro/x.svg', 'image/svg+xml')).toBe(true);
		expect(hasExpectedType('/_astro/x.svg', 'text/html')).toBe(false);
	});
});
