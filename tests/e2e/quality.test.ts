import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from '../../scripts/lib/paths.ts';
import { axeOn, newContext, trackErrors, useSite, withAxe } from './harness';
import { TEMPLATES } from './templates';

/** Every built page as a URL path: `issues/refund/index.html` → `/issues/refund/`. */
const PAGES = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
	.map((f) => `/${f.replace(/index\.html$/, '')}`)
	.sort();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSite();

/** A context whose pages record CSP violations (service workers blocked: each page is fetched as is). */
async function recordingContext(options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
	const context = await newContext(site.browser, { serviceWorkers: 'block', ...options });
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return context;
}

interface PageReport {
	lang: string | null;
	/** The language switch in the header: the other language's code. */
	switchTo: string | null;
	csp: string[];
	/** Links to other sites missing `noopener` or `noreferrer`. */
	unsafeLinks: string[];
	h1: number;
	/** Headings that skip a level going down (h2 → h4). */
	skippedLevels: string[];
}

/** The cheap checks of one loaded page, read in one round trip. */
function readPage(page: Page): Promise<PageReport> {
	return page.evaluate(() => {
		const main = document.querySelector('main') ?? document.body;
		const levels = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')]
			.filter((h) => h.getClientRects().length > 0)
			.map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim() }));
		const skippedLevels = levels.flatMap((h, i) => {
			const prev = levels[i - 1];
			return prev && h.level > prev.level + 1 ? [`h${prev.level} “${prev.text}” → h${h.level} “${h.text}”`] : [];
		});
		const unsafeLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
			.filter((a) => /^https?:$/.test(a.protocol) && a.origin !== location.origin)
			.filter((a) => !/\bnoopener\b/.test(a.rel) || !/\bnoreferrer\b/.test(a.rel))
			.map((a) => `${a.href} rel="${a.rel}"`);
		return {
			lang: document.documentElement.getAttribute('lang'),
			switchTo: document.querySelector('header a.language-switch')?.getAttribute('hreflang') ?? null,
			csp: (window as unknown as { __csp: string[] }).__csp,
			unsafeLinks,
			h1: document.querySelectorAll('h1').length,
			skippedLevels,
		};
	});
}

describe('every built page, in one pass', () => {
	let context: BrowserContext;
	let page: Page;
	let errors: string[];
	const requests: string[] = [];
	beforeAll(async () => {
		context = await recordingContext();
		context.on('request', (r) => requests.push(r.url()));
		page = await context.newPage();
		errors = trackErrors(page);
	});
	afterAll(() => context?.close());

	it('has the whole site to check', () => {
		expect(PAGES.length).toBeGreaterThan(30);
	});

	it.each(PAGES)('%s: no CSP violation or console error, one h1, no skipped heading level, safe external links', async (path) => {
		errors.length = 0;
		const response = await page.goto(`${site.server.url}${path}`);
		expect(response?.status()).toBe(200);
		const english = path.startsWith('/en/');
		// English pages under /en/ say so (Pagefind's English index and screen readers rely on it), and
		// every page offers the other language as a plain link, named in that language.
		expect(await readPage(page)).toEqual({
			lang: english ? 'en' : 'zh-CN',
			switchTo: english ? 'zh-CN' : 'en',
			csp: [],
			unsafeLinks: [],
			h1: 1,
			skippedLevels: [],
		});
		expect(errors).toEqual([]);
	});

	it('made no request to any other origin', () => {
		expect(requests.length).toBeGreaterThan(PAGES.length);
		expect(requests.filter((url) => !url.startsWith(site.server.url) && !url.startsWith('data:'))).toEqual([]);
	});
});

describe.each(['light', 'dark'] as const)('one page of each template in the %s theme', (scheme) => {
	let context: BrowserContext;
	/** One tab for every template, as a reader moving through the site (a new tab each cost 1 s here). */
	let page: Page;
	beforeAll(async () => {
		context = await withAxe(await recordingContext({ colorScheme: scheme }));
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it.each(Object.entries(TEMPLATES))('%s (%s): no WCAG 2.2 AA violation', async (_template, path) => {
		await page.goto(`${site.server.url}${path}`);
		expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
		const results = await axeOn(page).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	});
});

describe('accessibility of the interactive parts', () => {
	let page: Page;
	let context: BrowserContext;
	beforeAll(async () => {
		context = await withAxe(await newContext(site.browser, { serviceWorkers: 'block' }));
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
		const results = await axeOn(page).include('.search-dialog').withTags(WCAG).analyze();
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

	it('prints an article without navigation or search, and the checklist as a plain list', async () => {
		await page.goto(`${site.server.url}/issues/payment-failed/`);
		await page.emulateMedia({ media: 'print' });
		try {
			for (const selector of ['header', 'nav[aria-label="主要"]', 'help-search', '.pagination-links']) {
				const visible = await page
					.locator(selector)
					.first()
					.isVisible()
					.catch(() => false);
				expect(visible, selector).toBe(false);
			}
			expect(await page.locator('[data-island="checklist"] input[type="checkbox"]').first().isVisible()).toBe(false);
			expect(await page.locator('[data-island="checklist"] li').first().isVisible()).toBe(true);
			expect(await page.locator('.checklist-controls').isVisible()).toBe(false);
		} finally {
			await page.emulateMedia({ media: 'screen' });
		}
	});

	it('uses an axe that finds planted violations, and refuses to run where axe-core was not loaded', async () => {
		await page.goto(`${site.server.url}/issues/refund/`);
		await page.evaluate(() => {
			const main = document.querySelector('main');
			const img = document.createElement('img');
			img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
			const faint = document.createElement('p');
			faint.textContent = '看不清的字';
			faint.style.cssText = 'color:#ddd;background:#fff';
			main?.prepend(img, faint);
		});
		const results = await axeOn(page).withTags(WCAG).analyze();
		expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
		const plain = await newContext(site.browser, { serviceWorkers: 'block' });
		try {
			const p = await plain.newPage();
			await p.goto(`${site.server.url}/`);
			await expect(axeOn(p).analyze()).rejects.toThrow(/withAxe/);
		} finally {
			await plain.close();
		}
	});

	it('respects a request for reduced motion', async () => {
		const reduced = await newContext(site.browser, { reducedMotion: 'reduce', serviceWorkers: 'block' });
		try {
			const p = await reduced.newPage();
			await p.goto(`${site.server.url}/`);
			expect(await p.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		} finally {
			await reduced.close();
		}
	});
});
