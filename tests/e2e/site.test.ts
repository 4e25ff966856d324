import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, serveSite, trackErrors, type SiteServer } from './harness';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await serveSite();
	browser = await launchBrowser();
	context = await newContext(browser);
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

describe('the help center in a browser', () => {
	it('renders the home page in Chinese with the common problems', async () => {
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${server.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.title()).toContain('钱包帮助中心');
		await expect(page.getByRole('heading', { name: '常见问题', level: 2 }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: /支付失败或无法完成交易/ }).first().isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reaches an article from the home page and shows its skeleton', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await page.getByRole('link', { name: /申请退款与退款进度/ }).first().click();
		await page.waitForURL(/\/issues\/refund\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('申请退款与退款进度');
		const h2 = await page.locator('.sl-markdown-content h2').allTextContents();
		expect(h2.slice(0, 4)).toEqual(['症状', '可能原因', '自查步骤', '仍未解决？联系客服']);
		await page.close();
	});

	it('reaches every section from the sidebar', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${server.url}/issues/`);
		const sidebar = page.locator('nav[aria-label="主要"], #starlight__sidebar').first();
		for (const group of ['常见问题', '联系客服', '求助指南', '预防建议', '钱包速查']) {
			expect(await sidebar.getByText(group, { exact: true }).count()).toBeGreaterThan(0);
		}
		await sidebar.getByRole('link', { name: '电话客服热线' }).click();
		await page.waitForURL(/\/contact\/phone\/$/);
		await page.close();
	});

	it('finds an article through the search dialog with a Chinese query', async () => {
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${server.url}/`);
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.getByRole('searchbox').or(page.locator('#starlight__search input')).first();
		await input.fill('退款');
		const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(await first.textContent()).toContain('退款');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows a Chinese 404 page for an unknown address', async () => {
		const page = await context.newPage();
		const response = await page.goto(`${server.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await page.close();
	});
});
