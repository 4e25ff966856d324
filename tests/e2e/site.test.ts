import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { newContext, trackErrors, useSite } from './harness';

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
	context = await newContext(site.browser);
});
afterAll(() => context?.close());

describe('the help center in a browser', () => {
	it('renders the home page in Chinese with the common problems', async () => {
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${site.server.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.title()).toContain('钱包帮助中心');
		await expect(page.getByRole('heading', { name: '常见问题', level: 2 }).isVisible()).resolves.toBe(true);
		await expect(
			page
				.getByRole('link', { name: /支付失败或无法完成交易/ })
				.first()
				.isVisible(),
		).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reaches an article from the home page and shows its skeleton', async () => {
		const page = await context.newPage();
		await page.goto(`${site.server.url}/`);
		await page
			.getByRole('link', { name: /申请退款与退款进度/ })
			.first()
			.click();
		await page.waitForURL(/\/issues\/refund\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('申请退款与退款进度');
		const h2 = await page.locator('.sl-markdown-content h2').allTextContents();
		expect(h2.slice(0, 4)).toEqual(['症状', '可能原因', '自查步骤', '仍未解决？联系客服']);
		await page.close();
	});

	it('reaches every section from the sidebar', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${site.server.url}/issues/`);
		const sidebar = page.locator('nav[aria-label="主要"], #starlight__sidebar').first();
		for (const group of ['常见问题', '联系客服', '求助指南', '预防建议', '钱包速查']) {
			expect(await sidebar.getByText(group, { exact: true }).count()).toBeGreaterThan(0);
		}
		await sidebar.getByRole('link', { name: '电话客服热线' }).click();
		await page.waitForURL(/\/contact\/phone\/$/);
		await page.close();
	});

	it('finds an article through the search dialog with a Chinese query, showing category and summary', async () => {
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${site.server.url}/`);
		await page.getByRole('button', { name: /搜索：说说你遇到的问题/ }).click();
		const input = page.getByRole('searchbox', { name: '搜索帮助文章' });
		await input.fill('短信验证码一直收不到');
		const first = page.locator('.search-results li').first();
		await first.waitFor({ timeout: 15_000 });
		expect(await first.getByRole('link').textContent()).toBe('收不到验证码或安全验证失败');
		expect(await first.locator('.search-category').textContent()).toBe('常见问题');
		expect((await first.locator('.search-summary').textContent())?.length).toBeGreaterThan(10);
		expect(await page.getByRole('status').filter({ hasText: '篇相关文章' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows a Chinese 404 page for an unknown address', async () => {
		const page = await context.newPage();
		const response = await page.goto(`${site.server.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await page.close();
	});
});

/**
 * One reader searching several times in one open dialog, as a reader does (and one Pagefind start-up
 * instead of one per query: a new tab and a first search cost 1.5 s here). In order: the category
 * filter stays on for the rest of the session, so it comes last.
 */
describe('the search dialog, query after query', () => {
	let page: Page;
	let errors: string[];
	let input: Locator;
	beforeAll(async () => {
		page = await context.newPage();
		errors = trackErrors(page);
		await page.goto(`${site.server.url}/`);
		await page.getByRole('button', { name: '搜索', exact: true }).click();
		input = page.getByRole('searchbox', { name: '搜索帮助文章' });
	});
	afterAll(async () => {
		expect(errors).toEqual([]);
		await page.close();
	});

	it('says when it corrected the query, outside the results, with a one-tap way back to what was typed', async () => {
		await input.fill('綁定銀行卡失敗');
		const note = page.locator('.search-correction');
		await note.getByText('按「绑定银行卡失败」搜索。').waitFor({ timeout: 15_000 });
		expect(await page.locator('.search-results .search-correction').count()).toBe(0);
		expect(await page.locator('.search-results > li').first().getByRole('link').textContent()).toBe('银行卡绑定失败或无法解绑');
		await note.getByRole('button', { name: '改按原文「綁定銀行卡失敗」搜索' }).click();
		await note.getByText('按你输入的「綁定銀行卡失敗」搜索。').waitFor();
		await note.getByRole('button', { name: '改按「绑定银行卡失败」搜索' }).click();
		await note.getByText('按「绑定银行卡失败」搜索。').waitFor();
	});

	it('gives the true number of results, not the eight it shows', async () => {
		await input.fill('客服');
		const status = page.getByRole('status').filter({ hasText: /找到 \d+ 篇相关文章/ });
		await status.waitFor({ timeout: 15_000 });
		const count = Number(/找到 (\d+) 篇/.exec((await status.textContent()) ?? '')?.[1]);
		expect(await page.locator('.search-results > li').count()).toBe(8);
		expect(count).toBeGreaterThan(8);
	});

	it.each([
		['qzxv', ''],
		['股票基金亏了怎么赎回', '理财和投资收益'],
	])('says so when no page answers “%s”: the question guide and the contact page, no result list', async (query, subject) => {
		await input.fill(query);
		// The answer to this query, not the last one's: the status names what was searched.
		// This query's answer, not the last one's: the status names the query, or the subject outside the site.
		await page
			.getByRole('status')
			.filter({ hasText: subject || query })
			.waitFor({ timeout: 15_000 });
		const none = page.locator('.search-none');
		expect(await none.isVisible()).toBe(true);
		expect(await none.textContent()).toContain('没有找到相关文章');
		expect(await none.getByRole('link', { name: /问题向导/ }).getAttribute('href')).toBe('/start/');
		expect(await none.getByRole('link', { name: /联系客服/ }).getAttribute('href')).toBe('/contact/');
		// A subject the site has no page for (content/search/vocabulary.yaml `outside`) is named, with what the site covers instead.
		const outside = page.locator('.search-outside');
		expect(await outside.isVisible()).toBe(subject !== '');
		if (subject) {
			expect(await outside.textContent()).toMatch(new RegExp(`^本站不讲“${subject}”。这里只讲钱包出了问题怎么办`));
			// The live region says it too: a screen reader hears why there is no list.
			expect(await page.getByRole('status').textContent()).toContain(`本站不讲“${subject}”`);
		}
		// No result list, and nothing the acceptance check would count as one.
		expect(await page.locator('.search-results a[href]').count()).toBe(0);
		expect(await page.locator('dialog[open] [class*="result"] a[href]').count()).toBe(0);
		// The closest weak matches, if any, come after the answer, at most three, under a label that says they are weak.
		const weak = page.locator('.search-weak');
		const offered = await weak.locator('li').count();
		expect(offered).toBeLessThanOrEqual(3);
		expect(await weak.isVisible()).toBe(offered > 0);
		if (offered > 0) expect(await weak.getByText('匹配较弱').isVisible()).toBe(true);
	});

	it('answers a question about one wallet that no article covers with that wallet’s page alone (several: their overview), and says so', async () => {
		await input.fill('paypal有什么优点');
		await page.getByRole('status').filter({ hasText: '没有专门讲这个问题的文章' }).waitFor({ timeout: 15_000 });
		expect(await page.getByRole('status').textContent()).toContain('PayPal这一页写了它的官方帮助和客服入口');
		const links = () => page.locator('.search-results a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(await links()).toEqual(['/wallets/paypal/']);
		expect(await page.locator('.search-none').isVisible()).toBe(false);
		expect(await page.locator('.search-weak').isVisible()).toBe(false);
		// Several wallets: their overview.
		await input.fill('paypal和支付宝有什么优点');
		await page.getByRole('status').filter({ hasText: '列出了每个钱包' }).waitFor({ timeout: 15_000 });
		expect(await links()).toEqual(['/wallets/']);
		await input.fill('qzxv');
		await page.getByRole('status').filter({ hasText: 'qzxv' }).waitFor({ timeout: 15_000 });
	});

	it('hides the empty answer again when the next query finds pages', async () => {
		expect(await page.locator('.search-none').isVisible()).toBe(true);
		await input.fill('收不到验证码');
		await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
		expect(await page.locator('.search-none').isVisible()).toBe(false);
	});

	it('filters search results by category', async () => {
		await input.fill('客服');
		// 客服 finds more pages than the eight shown (the test above): wait for its answer, not the last query's.
		await page
			.getByRole('status')
			.filter({ hasText: /找到 (9|\d{2,}) 篇相关文章/ })
			.waitFor();
		await page.locator('.search-filters label', { hasText: '钱包速查' }).click();
		await page.waitForFunction(() => {
			const badges = [...document.querySelectorAll('.search-category')];
			return badges.length > 0 && badges.every((b) => b.textContent === '钱包速查');
		});
		const badges = await page.locator('.search-results .search-category').allTextContents();
		expect(badges.length).toBeGreaterThan(0);
		expect(new Set(badges)).toEqual(new Set(['钱包速查']));
	});
});
