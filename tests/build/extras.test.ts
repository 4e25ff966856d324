import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/site-server.ts';
import { HOSTILE_CARDS, HOSTILE_SUMMARY, HOSTILE_TITLE, NEW_PROBLEM } from './fixture';

const dist = inject('extrasDist');
const html = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a copy of the site with hostile frontmatter and a new problem article', () => {
	it('builds', () => {
		expect(dist, inject('extrasBuildOutput').slice(-4000)).not.toBe('');
	});
});

describe.skipIf(!dist)('hostile frontmatter shows as text and never runs', () => {
	let server: SiteServer;
	let browser: Browser;
	let page: Page;
	const errors: string[] = [];
	beforeAll(async () => {
		server = await serveSite(dist);
		browser = await launchBrowser();
		const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
		page = await context.newPage();
		page.on('dialog', (d) => void d.dismiss());
		page.on('pageerror', (e) => errors.push(e.message));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** Elements or effects an injection would leave behind. */
	const injected = () =>
		page.evaluate(() => ({
			ran: (window as unknown as { __pwned?: number }).__pwned ?? null,
			images: document.querySelectorAll('img[src="x"]').length,
			scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
		}));

	it('on every page that shows the hostile titles and on the 404 page', async () => {
		const pages = [
			'/',
			'/issues/',
			'/issues/refund/',
			'/issues/payment-failed/',
			'/guide/',
			'/wallets/',
			'/wallets/alipay/',
			HOSTILE_CARDS.path,
			'/no-such-page/',
		];
		for (const path of pages) {
			await page.goto(`${server.url}${path}`);
			expect(await injected(), path).toEqual({ ran: null, images: 0, scripts: 0 });
		}
		expect(errors).toEqual([]);
	});

	it('in Starlight’s LinkCard and Card, written straight into an article', async () => {
		await page.goto(`${server.url}${HOSTILE_CARDS.path}`);
		expect(await page.locator('.sl-link-card .title').textContent()).toBe(HOSTILE_TITLE);
		expect(await page.locator('.sl-link-card .description').textContent()).toBe(HOSTILE_SUMMARY);
		expect(await page.locator('article.card .title').textContent()).toBe(HOSTILE_TITLE);
	});

	it('with the title and summary shown literally where they land', async () => {
		await page.goto(`${server.url}/issues/refund/`);
		expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
		expect(await page.title()).toContain(HOSTILE_TITLE);
		expect(await page.locator('.page-summary').textContent()).toBe(HOSTILE_SUMMARY);
		await page.goto(`${server.url}/issues/payment-failed/`);
		expect(await page.locator('.related-pages').getByText(HOSTILE_TITLE, { exact: true }).count()).toBe(1);
		await page.goto(`${server.url}/`);
		expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
		await page.goto(`${server.url}/issues/`);
		expect(await page.getByText(HOSTILE_SUMMARY, { exact: true }).count()).toBeGreaterThan(0);
	});

	it('in the search dialog’s results', async () => {
		await page.goto(`${server.url}/`);
		await page.locator('[data-open-search]').first().click();
		await page.getByRole('searchbox', { name: '搜索帮助文章' }).fill('退款');
		const hit = page.locator('.search-results a', { hasText: HOSTILE_TITLE });
		await hit.first().waitFor({ timeout: 15_000 });
		expect(await injected()).toEqual({ ran: null, images: 0, scripts: 0 });
	});
});

describe.skipIf(!dist)('a new problem article needs no code edit', () => {
	const link = `href="/issues/${NEW_PROBLEM.id}/"`;

	it('gets its page with the interactive checklist and its contact tools pre-set', () => {
		const own = html(`issues/${NEW_PROBLEM.id}/index.html`);
		expect(own).toContain(NEW_PROBLEM.title);
		expect(own).toContain('data-island="checklist"');
		expect(own).toContain(`?problem=${NEW_PROBLEM.id}#channel-picker`);
		expect(own).toContain(`?problem=${NEW_PROBLEM.id}#report-builder`);
	});

	it('is listed in the sidebar and on the /issues/ overview', () => {
		expect(html('issues/index.html').split(link).length - 1).toBeGreaterThanOrEqual(2);
		expect(html('contact/phone/index.html')).toContain(link);
	});

	it('is placed in the 问题向导 by its automatic 其他问题 answer, with one warning naming it', () => {
		expect(html('start/other/index.html')).toContain(link);
		const output = inject('extrasBuildOutput');
		expect(output.match(/问题向导：/g)).toHaveLength(1);
		expect(output).toContain(
			`问题向导：1 篇问题文章还没有放进 content/guide/tree.yaml，暂时列在“其他问题”下：issues/${NEW_PROBLEM.id}（${NEW_PROBLEM.title}）`,
		);
	});

	it('is listed under 能预防的问题 on every prevention tip its 预防 section links, with its reason', () => {
		const prevents = (tip: string) => /<ul class="prevents-problems">[\s\S]*?<\/ul>/.exec(html(`prevention/${tip}/index.html`))?.[0] ?? '';
		for (const tip of ['update-app', 'stable-network', 'check-bank-cards']) expect(prevents(tip), tip).toContain(link);
		expect(prevents('stable-network')).toContain(`${link}>${NEW_PROBLEM.title}</a>：避免付款途中断网。`);
		expect(prevents('phishing')).not.toBe('');
		expect(prevents('phishing')).not.toContain(link);
	});

	it('is a choice in the channel picker and the report builder, with its article’s traits', () => {
		const option = new RegExp(`<option value="${NEW_PROBLEM.id}" data-traits="transaction"[^>]*>${NEW_PROBLEM.title}</option>`);
		expect(html('contact/index.html')).toMatch(option);
		expect(html('guide/describe-problem/index.html')).toMatch(option);
	});
});
