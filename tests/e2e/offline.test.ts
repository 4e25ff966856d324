/**
 * Offline in Chromium: a first visit stores a small shell, pages are saved as they are read, an
 * unsaved page offline shows the offline page, the whole help center is saved only on request
 * (with Save-Data asked once more), and a new deployment replaces saved pages without mixing
 * versions. Runs alone: `npx vitest run --project e2e tests/e2e/offline.test.ts` after a build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { DIST } from '../../scripts/lib/paths.ts';
import { newContext, trackErrors, useSite } from './harness';
import { buildServiceWorker } from '../../src/integrations/service-worker';
import { formatMB } from '../../src/lib/offline/format';
import { uiFor } from '../../src/lib/i18n/ui';
import { parseManifest, type OfflineManifest } from '../../src/lib/offline/manifest';
import { CACHES } from '../../src/lib/offline/names';
import { UNSAVED_NOTE } from '../../src/lib/offline/search-results';

const NEXT = resolve(import.meta.dirname, '../../.tmp/next-deploy');
const OFFLINE_TITLE = '没有网络，这一页还没有保存';

const site = useSite();
let context: BrowserContext;
let page: Page;
let errors: string[];
const manifest = parseManifest(JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8'))) as OfflineManifest;

beforeAll(async () => {
	context = await newContext(site.browser);
	page = await context.newPage();
	errors = trackErrors(page);
});
afterAll(async () => {
	await context?.close();
	site.server.setRoot(DIST);
	rmSync(NEXT, { recursive: true, force: true });
});

const url = (path: string) => `${site.server.url}${path}`;
const h1 = (p: Page) => p.getByRole('heading', { level: 1 }).textContent();

const cut = (route: Route) => route.abort('internetdisconnected');

/**
 * Runs `fn` with the network cut, and always restores it, so one failure cannot poison the next
 * test. Requests are also aborted by a route: a service worker started meanwhile (after an update)
 * may miss the browser's offline emulation for its first requests.
 */
async function whileOffline(fn: () => Promise<void>) {
	await context.setOffline(true);
	await context.route('**/*', cut);
	try {
		await fn();
	} finally {
		await context.unroute('**/*', cut);
		await context.setOffline(false);
	}
}

/** Everything in Cache Storage: bytes, HTML pages, and the paths of one cache. */
function stored(p: Page, cache: string = CACHES.pages) {
	return p.evaluate(async (name) => {
		let bytes = 0;
		const html: string[] = [];
		for (const key of await caches.keys()) {
			const c = await caches.open(key);
			for (const request of await c.keys()) {
				const response = await c.match(request);
				bytes += response ? (await response.arrayBuffer()).byteLength : 0;
				const u = new URL(request.url);
				if (u.pathname.endsWith('/') || u.pathname.endsWith('.html')) html.push(u.pathname);
			}
		}
		const own = (await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
		return { bytes, html: html.sort(), paths: own.sort() };
	}, cache);
}

/** Waits until the service worker controls the page (the first visit's shell is stored by then). */
const waitForWorker = (p: Page) => p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

/** Polls an async check in the page (Playwright's waitForFunction does not wait for promises). */
async function eventually(p: Page, check: (arg: string[]) => Promise<boolean>, arg: string[], timeout = 15_000) {
	const end = Date.now() + timeout;
	while (!(await p.evaluate(check, arg))) {
		if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${check.toString().slice(0, 120)}`);
		await p.waitForTimeout(100);
	}
}

/** Waits until the page at `path` is in the pages cache (saving happens just after the page shows). */
function waitUntilSaved(p: Page, path: string, hash = '') {
	return eventually(
		p,
		async ([name = '', path = '', hash]) => {
			const response = await (await caches.open(name)).match(path);
			return Boolean(response) && (!hash || response?.headers.get('x-help-hash') === hash);
		},
		[CACHES.pages, path, hash],
	);
}

/** Every stylesheet of the page loaded (a saved page must never show without its CSS). */
const stylesLoaded = (p: Page) =>
	p.evaluate(() =>
		[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
			.filter((l) => l.media !== 'print')
			.map((l) => ({ href: l.getAttribute('href'), rules: l.sheet?.cssRules.length ?? 0 })),
	);

describe('other caches on the origin', () => {
	it('survive the worker’s activation; only the help center’s own stale caches go', async () => {
		const other = await newContext(site.browser);
		try {
			const p = await other.newPage();
			// A page of the origin that does not start the worker: another app leaves its caches.
			await p.goto(url('/robots.txt'));
			const scope = url('/');
			await p.evaluate(
				async ([scope = '']) => {
					await (await caches.open('other-app:v1')).put('/other-app/data.json', new Response('{"kept":true}'));
					await (await caches.open('workbox-precache-v2-' + new URL('/other-app/', scope).href)).put('/other-app/', new Response('app'));
					await (await caches.open('wallet-help:shell:v0')).put('/', new Response('our old shell'));
					await (await caches.open('workbox-precache-v2-' + scope)).put('/', new Response('our older design'));
				},
				[scope],
			);
			await p.goto(url('/'));
			await waitForWorker(p);
			await eventually(p, async () => !(await caches.has('wallet-help:shell:v0')), []);
			const left = await p.evaluate(async () => ({
				names: (await caches.keys()).sort(),
				kept: await (await (await caches.open('other-app:v1')).match('/other-app/data.json'))?.text(),
			}));
			expect(left.kept).toBe('{"kept":true}');
			expect(left.names).toContain('other-app:v1');
			expect(left.names).toContain(`workbox-precache-v2-${url('/other-app/')}`);
			expect(left.names).not.toContain('wallet-help:shell:v0');
			expect(left.names).not.toContain(`workbox-precache-v2-${scope}`);
			expect(left.names).toContain(CACHES.shell);
		} finally {
			await other.close();
		}
	});
});

describe('the first visit and pages read', () => {
	it('stores at most 1 MiB and 5 HTML pages after the home page and one article', async () => {
		await page.goto(url('/'));
		await waitForWorker(page);
		await page.goto(url('/issues/refund/'));
		await waitUntilSaved(page, '/issues/refund/');
		const { bytes, html } = await stored(page);
		expect(bytes).toBeLessThanOrEqual(1024 * 1024);
		expect(html.length).toBeLessThanOrEqual(5);
		expect(html).toEqual(['/', '/issues/refund/', '/offline/']);
	});

	it('opens the article read before offline, with its styles and working checklist, and says it is offline', () =>
		whileOffline(async () => {
			await page.goto(url('/issues/refund/'));
			expect(await h1(page)).toBe('申请退款与退款进度');
			for (const sheet of await stylesLoaded(page)) expect(sheet.rules, sheet.href ?? '').toBeGreaterThan(0);
			await page.locator('.net-offline').waitFor();
			expect(await page.locator('.net-offline').textContent()).toBe('当前离线，显示的是已保存的内容。');
			const box = page.locator('[data-island="checklist"]').getByRole('checkbox').first();
			await box.check();
			await page.reload();
			expect(await box.isChecked()).toBe(true);
			await page.goto(url('/'));
			expect(await h1(page)).toBe('钱包出问题了？');
		}));

	it('shows the offline page for a page never read: saved pages, hotlines, and search that marks unsaved results', () =>
		whileOffline(async () => {
			await page.goto(url('/wallets/paypal/'));
			expect(await h1(page)).toBe(OFFLINE_TITLE);
			expect(page.url()).toBe(url('/wallets/paypal/'));
			await page.getByRole('link', { name: '申请退款与退款进度' }).waitFor();
			expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(1);
			await page.getByRole('button', { name: '搜索', exact: true }).click();
			await page.getByRole('searchbox', { name: '搜索帮助文章' }).fill('退款');
			await page.locator('.search-unsaved-note').first().waitFor({ timeout: 15_000 });
			const results = await page
				.locator('.search-results li')
				.evaluateAll((items) =>
					items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), note: li.querySelector('.search-unsaved-note')?.textContent ?? '' })),
				);
			expect(results.find((r) => r.href === '/issues/refund/')?.note).toBe('');
			expect(results.filter((r) => r.note === UNSAVED_NOTE).length).toBeGreaterThan(0);
		}));

	it('shows the notice when requests fail although the browser says it is online', async () => {
		await context.route('**/issues/refund/', (route) => route.abort('internetdisconnected'));
		try {
			await page.goto(url('/issues/refund/'));
			expect(await h1(page)).toBe('申请退款与退款进度');
			expect(await page.evaluate(() => navigator.onLine)).toBe(true);
			await page.locator('.net-offline').waitFor();
			expect(await page.locator('.net-offline').textContent()).toBe('连不上网络，显示的是已保存的内容。');
		} finally {
			await context.unroute('**/issues/refund/');
		}
	});
});

describe('saving the whole help center, only on request', () => {
	it('states its size, shows progress, can be cancelled, finishes, and removes the saved copy', async () => {
		await page.goto(url('/'));
		const save = page.getByRole('button', { name: `保存整个帮助中心以便离线使用（${formatMB(manifest.total.gzip)}）` });
		// Slow pages down so that there is time to cancel.
		await context.route(/\/(?:contact|guide|prevention|wallets|issues)\/.*\/$/, async (route) => {
			await new Promise((done) => setTimeout(done, 150));
			await route.continue().catch(() => undefined); // cancelled meanwhile
		});
		try {
			await save.click();
			const count = page.locator('.save-offline-count');
			await page.waitForFunction(() => /正在保存：([2-9]|\d\d) \//.test(document.querySelector('.save-offline-count')?.textContent ?? ''), undefined, {
				timeout: 15_000,
			});
			expect(await page.locator('progress').isVisible()).toBe(true);
			expect(await count.textContent()).toMatch(new RegExp(` / ${manifest.total.pages - 1} 篇$`));
			await page.getByRole('button', { name: '停止保存' }).click();
			await page.getByText(/^已停止保存。/).waitFor();
		} finally {
			await context.unroute(/\/(?:contact|guide|prevention|wallets|issues)\/.*\/$/);
		}
		const partial = (await stored(page)).paths.length;
		expect(partial).toBeLessThan(manifest.total.pages);

		await save.click();
		const done = page.locator('.save-offline-status');
		await page.waitForFunction(() => /^已保存 \d+ 篇，占用 [\d.]+ MB/.test(document.querySelector('.save-offline-status')?.textContent ?? ''), undefined, {
			timeout: 30_000,
		});
		expect(await done.textContent()).toMatch(new RegExp(`^已保存 ${manifest.total.pages} 篇`));

		await whileOffline(async () => {
			for (const [path, title] of [
				['/guide/escalation/', '跟进进度与升级投诉'],
				['/wallets/paypal/', 'PayPal'],
			] as const) {
				await page.goto(url(path));
				expect(await h1(page)).toBe(title);
			}
		});

		await page.goto(url('/'));
		await page.getByRole('button', { name: '删除已保存的页面' }).click();
		await page.getByText('已删除保存的页面。首页和离线说明页仍然保留。').waitFor();
		expect((await stored(page)).paths).toEqual([]);
		await whileOffline(async () => {
			await page.goto(url('/guide/escalation/'));
			expect(await h1(page)).toBe(OFFLINE_TITLE);
		});
	});

	it('asks once more with Save-Data on, and downloads only after the reader agrees', async () => {
		const saver = await newContext(site.browser);
		try {
			await saver.addInitScript(() => {
				Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true, effectiveType: '4g' }) });
			});
			const p = await saver.newPage();
			await p.goto(url('/'));
			const save = p.getByRole('button', { name: /保存整个帮助中心以便离线使用/ });
			await save.click();
			const question = p.getByRole('group', { name: /省流量/ });
			await question.waitFor();
			expect(await question.textContent()).toContain(`要下载${formatMB(manifest.total.gzip)}`);
			await p.getByRole('button', { name: '先不下载' }).click();
			await p.getByText('没有下载。你打开过的页面仍会自动保存。').waitFor();
			expect((await stored(p)).paths).toEqual([]);

			await save.click();
			await p.getByRole('button', { name: '仍然下载' }).click();
			await p.waitForFunction(() => /^已保存 \d+ 篇/.test(document.querySelector('.save-offline-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
			expect((await stored(p)).paths.length).toBe(manifest.total.pages);
		} finally {
			await saver.close();
		}
	});
	it('works in English on the English home page: English texts, the size filled in, and saving everything', async () => {
		const reader = await newContext(site.browser, { locale: 'en-GB' });
		try {
			const p = await reader.newPage();
			await p.goto(url('/en/'));
			const t = uiFor('en').saveOffline;
			const save = p.getByRole('button', { name: `Save the whole help center for offline use (${formatMB(manifest.total.gzip, t)})` });
			expect(await save.isVisible()).toBe(true);
			const box = p.locator('help-save-offline');
			expect(await box.locator('.save-offline-intro').textContent()).toContain(`save all ${manifest.total.pages} pages at once`);
			expect(await box.textContent()).not.toMatch(/[\u3400-\u9fff]/u);
			await p.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.save-offline-start')?.disabled);
			await save.click();
			await p.waitForFunction(() => /^\d+ pages saved, using [\d.]+ MB/.test(document.querySelector('.save-offline-status')?.textContent ?? ''), undefined, {
				timeout: 30_000,
			});
			expect(await p.locator('.save-offline-status').textContent()).toMatch(new RegExp(`^${manifest.total.pages} pages saved`));
			expect((await stored(p)).paths.length).toBe(manifest.total.pages);
			expect(await p.locator('.save-offline-saved-text').textContent()).toMatch(new RegExp(`^${manifest.total.pages} pages saved`));
			await p.getByRole('button', { name: 'Delete the saved pages' }).click();
			await p.getByText(t.removed).waitFor();
			expect((await stored(p)).paths).toEqual([]);
		} finally {
			await reader.close();
		}
	});
});

describe('a new deployment', () => {
	it('moves a returning reader to it after asking, refreshes saved pages in the background, and never mixes versions', async () => {
		// Pages read under the current version (by a reader whose worker is installed).
		await page.goto(url('/'));
		await waitForWorker(page);
		for (const path of ['/issues/refund/', '/guide/keep-records/']) {
			await page.goto(url(path));
			await waitUntilSaved(page, path);
		}

		// The next deployment: new texts and a renamed stylesheet (as a CSS change gives it a new hash).
		rmSync(NEXT, { recursive: true, force: true });
		mkdirSync(NEXT, { recursive: true });
		cpSync(DIST, NEXT, { recursive: true });
		const css = readdirSync(join(NEXT, '_astro')).find(
			(f) => /\.css$/.test(f) && !f.startsWith('print') && readFileSync(join(NEXT, 'index.html'), 'utf8').includes(f),
		);
		if (!css) throw new Error('no stylesheet on the home page');
		const renamed = css.replace(/\.css$/, 'v2.css');
		renameSync(join(NEXT, '_astro', css), join(NEXT, '_astro', renamed));
		const edits: Record<string, (html: string) => string> = {
			'index.html': (h) => h.replace('>钱包出问题了？<', '>钱包出问题了？（新版）<'),
			'issues/refund/index.html': (h) => h.replace(/(<h1 id="_top"[^>]*>)申请退款与退款进度</, '$1申请退款与退款进度（已更新）<'),
		};
		for (const file of readdirSync(NEXT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
			const before = readFileSync(join(NEXT, file), 'utf8');
			const after = (edits[file] ?? ((h: string) => h))(before).replaceAll(css, renamed);
			if (edits[file]) expect(after, file).not.toBe(before.replaceAll(css, renamed));
			writeFileSync(join(NEXT, file), after);
		}
		await buildServiceWorker(NEXT);
		const next = parseManifest(JSON.parse(readFileSync(join(NEXT, 'offline-manifest.json'), 'utf8'))) as OfflineManifest;
		site.server.setRoot(NEXT);

		// The home page comes with the installed version until the reader taps.
		await page.goto(url('/'));
		expect(await h1(page)).toBe('钱包出问题了？');
		// The browser checks sw.js on navigation; also ask, as the page does when the reader returns to it.
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		const update = page.getByRole('button', { name: '有新版本，点击刷新' });
		await update.waitFor({ timeout: 30_000 });
		await Promise.all([page.waitForEvent('load'), update.click()]);
		expect(await h1(page)).toBe('钱包出问题了？（新版）');

		// Saved pages follow in the background, each replaced whole.
		const hash = (path: string) => next.pages.find((p) => p.path === path)?.hash;
		await waitUntilSaved(page, '/issues/refund/', hash('/issues/refund/'));
		await waitUntilSaved(page, '/guide/keep-records/', hash('/guide/keep-records/'));
		await eventually(page, async ([name = '', old = '']) => !(await (await caches.open(name)).match(`/_astro/${old}`)), [CACHES.assets, css]);

		await whileOffline(async () => {
			await page.goto(url('/issues/refund/'));
			expect(await h1(page)).toBe('申请退款与退款进度（已更新）');
			const sheets = await stylesLoaded(page);
			expect(sheets.map((s) => s.href)).toContain(`/_astro/${renamed}`);
			for (const sheet of sheets) expect(sheet.rules, sheet.href ?? '').toBeGreaterThan(0);
			await page.goto(url('/guide/keep-records/'));
			expect(await h1(page)).toBe('记录沟通内容，保留证据');
			for (const sheet of await stylesLoaded(page)) expect(sheet.rules, sheet.href ?? '').toBeGreaterThan(0);
			await page.goto(url('/issues/login-problems/'));
			expect(await h1(page)).toBe(OFFLINE_TITLE);
		});
		expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
	});
});
