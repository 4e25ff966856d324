import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, newContext, trackErrors, useSite } from './harness';

/** Every built page as a URL path: `issues/refund/index.html` → `/issues/refund/`. */
const builtPages = () =>
	readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`);

const PAGES = builtPages();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSite();

/** A context that records every request and CSP violation of its pages. */
async function recordingContext(colorScheme: 'light' | 'dark') {
	const context = await newContext(site.browser, { colorScheme, serviceWorkers: 'block' });
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return { context, requests };
}

describe.each(['light', 'dark'] as const)('every page in the %s theme', (scheme) => {
	let context: BrowserContext;
	let requests: string[];

	beforeAll(async () => {
		({ context, requests } = await recordingContext(scheme));
	});
	afterAll(() => context?.close());

	it(`has ${PAGES.length > 30 ? 'all' : 'too few'} pages to check`, () => {
		expect(PAGES.length).toBeGreaterThan(30);
	});

	it.each(PAGES)('%s: no WCAG 2.2 AA violation, no CSP violation, no console error', async (path) => {
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
		expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(violations).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('made no request to any other origin', () => {
		expect(requests.length).toBeGreaterThan(PAGES.length);
		expect(requests.filter((url) => !url.startsWith(site.server.url) && !url.startsWith('data:'))).toEqual([]);
	});
});

describe('accessibility of the interactive parts', () => {
	let page: Page;
	let context: BrowserContext;
	beforeAll(async () => {
		context = await newContext(site.browser, { serviceWorkers: 'block' });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it('has no violation with the search dialog open and showing results, and works from the keyboard', async () => {
		await page.goto(`${site.server.url}/issues/`);
		await page.keyboard.press('Control+k');
		const input = page.getByRole('searchbox', { name: '搜索帮助文章' });
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('退款');
		await page.locator('.search-results li').first().waitFor();
		const results = await new AxeBuilder({ page }).include('.search-dialog').withTags(WCAG).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
		// Tab past the close button and the filter chips to the first result, then open it.
		const firstLink = page.locator('.search-results a').first();
		const target = await firstLink.getAttribute('href');
		for (let i = 0; i < 10 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await firstLink.evaluate((el) => el === document.activeElement)).toBe(true);
		await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
		await page.keyboard.press('Control+k');
		await page.keyboard.press('Escape');
		expect(await page.locator('.search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
	});

	it('lets a keyboard user answer the channel picker and fill the report builder', async () => {
		await page.goto(`${site.server.url}/contact/`);
		await page.getByLabel('遇到的是什么问题？').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowUp');
		expect(await page.getByLabel(/很急/).isChecked()).toBe(true);
		await page.goto(`${site.server.url}/guide/describe-problem/`);
		await page.getByLabel('屏幕上的提示原文').focus();
		await page.keyboard.type('系统异常');
		expect(await page.locator('.report-output').textContent()).toContain('“系统异常”');
		await page.getByRole('button', { name: '复制描述' }).focus();
		const outline = await page.getByRole('button', { name: '复制描述' }).evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
	});

	it('opens external links without handing over the opener or referrer', async () => {
		for (const path of PAGES) {
			await page.goto(`${site.server.url}${path}`);
			const rels = await page.$$eval('a[href^="http"]', (links) =>
				links.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin).map((a) => `${(a as HTMLAnchorElement).href} ${a.getAttribute('rel') ?? ''}`),
			);
			for (const entry of rels) expect(entry).toMatch(/noopener/), expect(entry).toMatch(/noreferrer/);
		}
	});

	it('prints an article without navigation or search, and the checklist as a plain list', async () => {
		await page.goto(`${site.server.url}/issues/payment-failed/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header', 'nav[aria-label="主要"]', 'help-search', '.pagination-links']) {
			const visible = await page.locator(selector).first().isVisible().catch(() => false);
			expect(visible, selector).toBe(false);
		}
		expect(await page.locator('[data-island="checklist"] input[type="checkbox"]').first().isVisible()).toBe(false);
		expect(await page.locator('[data-island="checklist"] li').first().isVisible()).toBe(true);
		expect(await page.locator('.checklist-controls').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
	});

	it('respects a request for reduced motion', async () => {
		const reduced = await newContext(site.browser, { reducedMotion: 'reduce', serviceWorkers: 'block' });
		const p = await reduced.newPage();
		await p.goto(`${site.server.url}/`);
		expect(await p.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		await reduced.close();
	});
});
