import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CACHES } from '../../../src/lib/offline/names';
import {
	ensureAssets,
	isAvailableOffline,
	listSaved,
	NetworkError,
	pruneAssets,
	readState,
	removeSaved,
	savePage,
	writeState,
	type AssetMemo,
	type OfflineDeps,
} from '../../../src/lib/offline/store';
import { FakeCacheStorage, fakeSite, htmlPage, ORIGIN } from './fake-caches';

function setUp(files: Record<string, string | number>) {
	const storage = new FakeCacheStorage();
	const site = fakeSite(files);
	const deps: OfflineDeps = { caches: storage.asCacheStorage(), fetch: site.fetch, subtle: webcrypto.subtle as SubtleCrypto, origin: ORIGIN, now: () => 1000 };
	return { storage, site, deps };
}

const FILES = {
	'/issues/refund/': htmlPage('申请退款与退款进度', { css: '/_astro/common.A1.css', js: '/_astro/Checklist.B2.js' }),
	'/_astro/common.A1.css': 'body{background:url(./bg.C3.png)}',
	'/_astro/bg.C3.png': 'png',
	'/_astro/Checklist.B2.js': 'import{t}from"./checklist.D4.js";const s="./not-a-file.E5.js";',
	'/_astro/checklist.D4.js': 'export const t=1;',
	'/wallets/paypal/': htmlPage('PayPal', { css: '/_astro/common.A1.css', js: '/_astro/missing.Z9.js' }),
	'/old/': 410,
};

describe('savePage', () => {
	it('stores a page with its record after every asset it needs, following imports and url()s', async () => {
		const { storage, deps } = setUp(FILES);
		const result = await savePage(deps, '/issues/refund/');
		expect(result.kind).toBe('saved');
		expect(storage.paths(CACHES.assets)).toEqual(['/_astro/Checklist.B2.js', '/_astro/bg.C3.png', '/_astro/checklist.D4.js', '/_astro/common.A1.css']);
		const [saved] = await listSaved(deps);
		expect(saved).toMatchObject({
			path: '/issues/refund/',
			title: '申请退款与退款进度',
			savedAt: 1000,
			assets: ['/_astro/Checklist.B2.js', '/_astro/bg.C3.png', '/_astro/checklist.D4.js', '/_astro/common.A1.css'],
		});
		expect(saved?.hash).toMatch(/^[0-9a-f]{16}$/);
		expect(await isAvailableOffline(deps, '/issues/refund/')).toBe(true);
		expect(await isAvailableOffline(deps, '/wallets/alipay/')).toBe(false);
	});

	it('does not store a page whose own stylesheet or script is missing', async () => {
		const { storage, deps } = setUp(FILES);
		await expect(savePage(deps, '/wallets/paypal/')).rejects.toThrow(/missing\.Z9\.js/);
		expect(storage.paths(CACHES.pages)).toEqual([]);
	});

	it('reports a page the server no longer has', async () => {
		const { deps } = setUp(FILES);
		expect(await savePage(deps, '/old/')).toEqual({ kind: 'gone' });
		expect(await savePage(deps, '/never/')).toEqual({ kind: 'gone' });
	});

	it('throws NetworkError when the network is down, and stores nothing', async () => {
		const { storage, site, deps } = setUp(FILES);
		site.offline = true;
		await expect(savePage(deps, '/issues/refund/')).rejects.toBeInstanceOf(NetworkError);
		expect(storage.paths(CACHES.pages)).toEqual([]);
	});

	it('fetches an asset once for many pages', async () => {
		const { site, deps } = setUp(FILES);
		const memo: AssetMemo = new Map();
		await ensureAssets(deps, ['/_astro/common.A1.css'], memo);
		await ensureAssets(deps, ['/_astro/common.A1.css'], memo);
		expect(site.requested.filter((p) => p === '/_astro/common.A1.css')).toHaveLength(1);
	});
});

describe('removing and pruning', () => {
	it('removes saved pages but keeps the shell, and forgets “saved everything”', async () => {
		const { storage, deps } = setUp(FILES);
		await (await storage.open(CACHES.shell)).put(`${ORIGIN}/?__rev=r1`, new Response('home'));
		await savePage(deps, '/issues/refund/');
		await writeState(deps, { savedAll: true, refreshedFor: 'b1' });
		await removeSaved(deps);
		expect(await listSaved(deps)).toEqual([]);
		expect(await isAvailableOffline(deps, '/')).toBe(true);
		expect(await readState(deps)).toEqual({ savedAll: false, refreshedFor: 'b1' });
	});

	it('drops assets outside the keep list', async () => {
		const { storage, deps } = setUp(FILES);
		await savePage(deps, '/issues/refund/');
		expect(await pruneAssets(deps, new Set(['/_astro/common.A1.css', '/_astro/bg.C3.png']))).toBe(2);
		expect(storage.paths(CACHES.assets)).toEqual(['/_astro/bg.C3.png', '/_astro/common.A1.css']);
	});
});

describe('stored state', () => {
	it('treats a corrupt entry as the default', async () => {
		const { storage, deps } = setUp(FILES);
		await (await storage.open(CACHES.state)).put(`${ORIGIN}/__wallet-help/state.json`, new Response('{not json'));
		expect(await readState(deps)).toEqual({ savedAll: false });
	});
});
