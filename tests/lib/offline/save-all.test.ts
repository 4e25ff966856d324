import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lib/offline/manifest';
import { CACHES } from '../../../src/lib/offline/names';
import { planSaveAll } from '../../../src/lib/offline/plan';
import { saveAll } from '../../../src/lib/offline/save-all';
import { readState, type OfflineDeps } from '../../../src/lib/offline/store';
import { FakeCacheStorage, fakeSite, htmlPage, ORIGIN } from './fake-caches';

const paths = ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/'];
const files: Record<string, string> = { '/_astro/s.A.css': 'p{}', '/pagefind/index/x.pf_index': 'idx' };
for (const p of paths) files[p] = htmlPage(p, { css: '/_astro/s.A.css' });
const manifest = buildManifest(
	'b1',
	paths.map((path) => ({ path, bytes: 100, gzip: 50, hash: '0000000000000000' })),
	[{ path: '/pagefind/index/x.pf_index', bytes: 3, gzip: 3 }],
	{ bytes: 10, gzip: 10 },
);

function setUp() {
	const storage = new FakeCacheStorage();
	const site = fakeSite({ ...files });
	const deps: OfflineDeps = { caches: storage.asCacheStorage(), fetch: site.fetch, subtle: webcrypto.subtle as SubtleCrypto, origin: ORIGIN, now: () => 1 };
	return { storage, site, deps };
}

describe('saveAll', () => {
	it('saves every page and the search files, reports progress and remembers it saved everything', async () => {
		const { storage, deps } = setUp();
		const progress: number[] = [];
		const outcome = await saveAll(deps, planSaveAll(manifest, new Set()), { signal: new AbortController().signal, onProgress: (done) => progress.push(done) });
		expect(outcome).toEqual({ kind: 'done', saved: 6 });
		expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
		expect(storage.paths(CACHES.pages)).toEqual(paths);
		expect(storage.paths(CACHES.search)).toEqual(['/pagefind/index/x.pf_index']);
		expect((await readState(deps)).savedAll).toBe(true);
	});

	it('stops when cancelled and keeps what it saved', async () => {
		const { storage, deps } = setUp();
		const controller = new AbortController();
		const outcome = await saveAll(deps, planSaveAll(manifest, new Set()), {
			signal: controller.signal,
			concurrency: 1,
			onProgress: (done) => done === 2 && controller.abort(),
		});
		expect(outcome).toEqual({ kind: 'cancelled', saved: 2 });
		expect(storage.paths(CACHES.pages)).toEqual(['/a/', '/b/']);
		expect((await readState(deps)).savedAll).toBe(false);
	});

	it('stops when the network fails, so the reader can press again to go on', async () => {
		const { site, deps } = setUp();
		const outcome = await saveAll(deps, planSaveAll(manifest, new Set()), {
			signal: new AbortController().signal,
			concurrency: 1,
			onProgress: (done) => {
				if (done === 3) site.offline = true;
			},
		});
		expect(outcome).toEqual({ kind: 'network', saved: 3 });
		site.offline = false;
		const rest = planSaveAll(manifest, new Set(['/a/', '/b/', '/c/']));
		expect(await saveAll(deps, rest, { signal: new AbortController().signal })).toEqual({ kind: 'done', saved: 3 });
	});
});
