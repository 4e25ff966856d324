import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lib/offline/manifest';
import { dataCost, dataCostQuestion, planSaveAll, refreshPlan, savedTotals, storageDecision, storageShortText } from '../../../src/lib/offline/plan';

const page = (path: string, hash = '0000000000000000') => ({ path, bytes: 40_000, gzip: 10_000, hash });
const manifest = buildManifest(
	'b2',
	[page('/a/'), page('/b/', '1111111111111111'), page('/c/')],
	[{ path: '/pagefind/index/x.pf_index', bytes: 5_000, gzip: 5_000 }],
	{ bytes: 500_000, gzip: 300_000 },
);

describe('planSaveAll', () => {
	it('downloads only what is not on the device yet', () => {
		const plan = planSaveAll(manifest, new Set(['/a/']));
		expect(plan.pages.map((p) => p.path)).toEqual(['/b/', '/c/']);
		expect(plan.search.map((f) => f.path)).toEqual(['/pagefind/index/x.pf_index']);
		expect(plan).toMatchObject({ gzip: 25_000, bytes: 85_000, total: 3, alreadySaved: 1 });
	});

	it('has nothing to do when everything is saved', () => {
		const plan = planSaveAll(manifest, new Set(['/a/', '/b/', '/c/', '/pagefind/index/x.pf_index']));
		expect(plan).toMatchObject({ pages: [], search: [], gzip: 0, alreadySaved: 3 });
	});
});

describe('storageDecision', () => {
	it.each([
		['no estimate', undefined, true],
		['an estimate without numbers', {}, true],
		['plenty of room', { quota: 100_000_000, usage: 1_000_000 }, true],
		['exactly enough with the margin', { quota: 1_250_000, usage: 0 }, true],
		['too little room', { quota: 1_000_000, usage: 100_000 }, false],
		['usage over quota', { quota: 1_000, usage: 5_000 }, false],
	])('%s', (_name, estimate, ok) => {
		expect(storageDecision(estimate, 1_000_000).ok).toBe(ok);
	});

	it('says how much is needed and how much is left', () => {
		expect(storageDecision({ quota: 1_000_000, usage: 100_000 }, 1_000_000)).toEqual({ ok: false, needed: 1_250_000, available: 900_000 });
		expect(storageShortText('约 1.3 MB', '约 0.9 MB')).toContain('保存需要约 1.3 MB，现在只剩约 0.9 MB');
	});
});

describe('dataCost', () => {
	it.each([
		['no Network Information API', undefined, 'normal'],
		['null', null, 'normal'],
		['a fast line', { saveData: false, effectiveType: '4g' }, 'normal'],
		['3G', { effectiveType: '3g' }, 'normal'],
		['Save-Data on', { saveData: true, effectiveType: '4g' }, 'save-data'],
		['2G', { effectiveType: '2g' }, 'slow'],
		['slow 2G', { saveData: false, effectiveType: 'slow-2g' }, 'slow'],
	] as const)('%s → %s', (_name, connection, cost) => {
		expect(dataCost(connection)).toBe(cost);
	});

	it('asks with the download size', () => {
		expect(dataCostQuestion('save-data', '约 0.4 MB')).toBe('你的设备开启了“省流量”模式。保存整个帮助中心要下载约 0.4 MB，确定现在下载吗？');
		expect(dataCostQuestion('slow', '约 0.4 MB')).toMatch(/^你现在的网络比较慢/);
	});
});

describe('refreshPlan', () => {
	const saved = [
		{ path: '/a/', hash: '0000000000000000' },
		{ path: '/b/', hash: '0000000000000000' },
		{ path: '/gone/', hash: '0000000000000000' },
	];

	it('refreshes changed pages, drops removed ones and leaves unchanged ones alone', () => {
		expect(refreshPlan(manifest, saved, false)).toEqual({ refresh: ['/b/'], remove: ['/gone/'], add: [] });
	});

	it('adds new pages when the reader saved everything', () => {
		expect(refreshPlan(manifest, saved, true).add).toEqual(['/c/']);
	});
});

describe('savedTotals', () => {
	it('counts saved pages of this deployment and adds the shell', () => {
		const totals = savedTotals(
			manifest,
			[
				{ path: '/a/', bytes: 40_000 },
				{ path: '/old/', bytes: 9 },
			],
			new Set(['/pagefind/index/x.pf_index']),
		);
		expect(totals).toEqual({ pages: 1, bytes: 545_000 });
	});
});
