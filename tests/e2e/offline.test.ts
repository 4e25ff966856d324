import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from '../../scripts/lib/paths.ts';
import { newContext, trackErrors, useSite } from './harness';
import { buildServiceWorker } from '../../src/integrations/service-worker';

const NEXT = resolve(import.meta.dirname, '../../.tmp/next-deploy');

const site = useSite();
let context: BrowserContext;
let page: Page;
let errors: string[];

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

/** Waits until the service worker controls the page (it precaches everything while installing). */
async function waitForWorker(p: Page) {
	await p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const h1 = (p: Page) => p.getByRole('heading', { level: 1 }).textContent();

/** Runs `fn` with the network cut, and always restores it, so one failure cannot poison the next test. */
async function whileOffline(fn: () => Promise<void>) {
	await context.setOffline(true);
	try {
		await fn();
	} finally {
		await context.setOffline(false);
	}
}

describe('offline after one visit', () => {
	it('installs the service worker on the first visit', async () => {
		await page.goto(`${site.server.url}/`);
		await waitForWorker(page);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(`${site.server.url}/`);
	});

	it('opens five pages never visited, with the offline notice', () =>
		whileOffline(async () => {
			const pages: Array<[string, string]> = [
				['/issues/refund/', '申请退款与退款进度'],
				['/contact/phone/', '电话客服热线'],
				['/guide/keep-records/', '记录沟通内容，保留证据'],
				['/prevention/phishing/', '不点陌生链接，防范钓鱼诈骗'],
				['/wallets/alipay/', '支付宝'],
			];
			for (const [path, title] of pages) {
				await page.goto(`${site.server.url}${path}`);
				expect(await h1(page)).toBe(title);
			}
			await page.locator('.net-offline').waitFor();
			expect(await page.locator('.net-offline').textContent()).toBe('当前离线，显示的是已保存的内容。');
			await page.goto(`${site.server.url}/contact/?problem=refund`);
			expect(await page.getByLabel('遇到的是什么问题？').inputValue()).toBe('refund');
		}));

	it('searches in Chinese offline and gets the right article', () =>
		whileOffline(async () => {
			await page.goto(`${site.server.url}/guide/`);
			await page.getByRole('button', { name: '搜索', exact: true }).click();
			await page.getByRole('searchbox', { name: '搜索帮助文章' }).fill('提现不成功');
			const first = page.locator('.search-results li').first();
			await first.waitFor({ timeout: 15_000 });
			expect(await first.getByRole('link').textContent()).toBe('提现不成功');
		}));

	it('keeps checklist ticks offline', () =>
		whileOffline(async () => {
			await page.goto(`${site.server.url}/issues/top-up-failed/`);
			const box = page.locator('[data-island="checklist"]').getByRole('checkbox').first();
			await box.check();
			await page.reload();
			expect(await box.isChecked()).toBe(true);
		}));

	it('shows the friendly Chinese 404 page for an unknown address offline', () =>
		whileOffline(async () => {
			await page.goto(`${site.server.url}/issues/not-a-page/`);
			expect(await page.locator('h1').first().textContent()).toContain('没有找到这个页面');
			expect(await page.getByRole('link', { name: '支付失败或无法完成交易' }).count()).toBeGreaterThan(0);
		}));

	it('moves a returning reader to a new deployment, after asking, and serves only the new version', async () => {
		rmSync(NEXT, { recursive: true, force: true });
		mkdirSync(NEXT, { recursive: true });
		cpSync(DIST, NEXT, { recursive: true });
		const file = join(NEXT, 'issues/refund/index.html');
		const before = readFileSync(file, 'utf8');
		const after = before.replace(/(<h1 id="_top"[^>]*>)申请退款与退款进度</, '$1申请退款与退款进度（已更新）<');
		expect(after).not.toBe(before);
		writeFileSync(file, after);
		await buildServiceWorker(NEXT);
		site.server.setRoot(NEXT);

		await page.goto(`${site.server.url}/issues/refund/`);
		expect(await h1(page)).toBe('申请退款与退款进度');
		// The browser checks sw.js on navigation; also ask, as the page does when the reader returns to it.
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		const update = page.getByRole('button', { name: '有新版本，点击刷新' });
		await update.waitFor({ timeout: 30_000 });
		await Promise.all([page.waitForEvent('load'), update.click()]);
		expect(await h1(page)).toBe('申请退款与退款进度（已更新）');

		await whileOffline(async () => {
			await page.goto(`${site.server.url}/issues/refund/`);
			expect(await h1(page)).toBe('申请退款与退款进度（已更新）');
			await page.goto(`${site.server.url}/issues/login-problems/`);
			expect(await h1(page)).toBe('无法登录或频繁掉线');
		});
		expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
	});
});
