/**
 * The 问题向导 as a reader on a small phone with JavaScript off uses it: from the home page's first
 * screen, through every question by its plain links, to every problem article within four answers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from '../../scripts/lib/paths.ts';
import { GUIDE_TEXT } from '../../src/lib/guide/ui';
import { newContext, useSite } from './harness';

const PHONE = { width: 360, height: 740 };
const site = useSite();

/** Every problem article of the build: `/issues/refund/`. */
const PROBLEMS = readdirSync(join(DIST, 'issues'), { withFileTypes: true })
	.filter((e) => e.isDirectory() && existsSync(join(DIST, 'issues', e.name, 'index.html')))
	.map((e) => `/issues/${e.name}/`);

interface Link {
	text: string;
	href: string;
}

interface QuestionVisit {
	url: string;
	depth: number;
	heading: string;
	answers: Link[];
	/** "你的选择" links. */
	trail: Link[];
	restart: string | null;
	/** Links in the page's main content that are none of the above. */
	stray: string[];
	/** Smallest answer box, in CSS pixels. */
	smallest: { width: number; height: number };
	searchable: boolean;
	csp: boolean;
}

/** What a question page offers, read in one round trip. */
function readQuestion(page: Page): Promise<Omit<QuestionVisit, 'url' | 'depth'>> {
	return page.evaluate(() => {
		const link = (a: HTMLAnchorElement) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' });
		const answers = [...document.querySelectorAll<HTMLAnchorElement>('main .guide-answers a')];
		const trail = [...document.querySelectorAll<HTMLAnchorElement>('main .guide-trail a')];
		const restart = document.querySelector<HTMLAnchorElement>('main .guide-restart a');
		const known = new Set<Element>([...answers, ...trail, ...(restart ? [restart] : [])]);
		const boxes = answers.map((a) => a.getBoundingClientRect());
		return {
			heading: (document.querySelector('main h1')?.textContent ?? '').trim(),
			answers: answers.map(link),
			trail: trail.map(link),
			restart: restart?.getAttribute('href') ?? null,
			stray: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((a) => !known.has(a) && !a.closest('footer')).map((a) => a.href),
			smallest: { width: Math.min(...boxes.map((b) => b.width)), height: Math.min(...boxes.map((b) => b.height)) },
			searchable: document.querySelector('[data-pagefind-body]') !== null,
			csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
		};
	});
}

let context: BrowserContext;
let page: Page;
const questions = new Map<string, QuestionVisit>();
/** Every page an answer leads to, with the fewest answers to reach it. */
const reached = new Map<string, number>();

beforeAll(async () => {
	context = await newContext(site.browser, { javaScriptEnabled: false, viewport: PHONE, serviceWorkers: 'block' });
	page = await context.newPage();
});
afterAll(() => context?.close());

const url = (path: string) => `${site.server.url}${path}`;
const path = () => new URL(page.url()).pathname;

describe('the 问题向导 with JavaScript off on a 360×740 phone', () => {
	it('is linked from the home page’s first screen', async () => {
		await page.goto(url('/'));
		const entry = page.locator('main a[href="/start/"]').first();
		expect((await entry.textContent())?.trim()).toBe(GUIDE_TEXT.entry);
		const box = await entry.boundingBox();
		expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
		await Promise.all([page.waitForURL('**/start/'), entry.click()]);
	});

	it('walks the whole tree from the home page, every question with a heading and 2–9 large answers', async () => {
		const queue: Array<[string, number]> = [[path(), 0]];
		while (queue.length > 0) {
			const [at, depth] = queue.shift()!;
			const response = await page.goto(url(at));
			expect(response?.status(), at).toBe(200);
			const visit: QuestionVisit = { url: at, depth, ...(await readQuestion(page)) };
			questions.set(at, visit);
			expect(visit.heading, at).not.toBe('');
			expect(visit.answers.length, at).toBeGreaterThanOrEqual(2);
			expect(visit.answers.length, at).toBeLessThanOrEqual(9);
			expect(visit.stray, `${at}: links that are not answers`).toEqual([]);
			expect(visit.smallest.height, `${at}: answer height`).toBeGreaterThanOrEqual(48);
			expect(visit.smallest.width, `${at}: answer width`).toBeGreaterThanOrEqual(PHONE.width - 2 * 24);
			expect(visit.searchable, `${at}: kept out of search`).toBe(false);
			expect(visit.csp, `${at}: CSP`).toBe(true);
			for (const answer of visit.answers) {
				if (answer.href.startsWith('/start/')) {
					expect(questions.has(answer.href) || queue.some(([q]) => q === answer.href), `${answer.href} reached twice`).toBe(false);
					queue.push([answer.href, depth + 1]);
				} else if ((reached.get(answer.href) ?? Infinity) > depth + 1) reached.set(answer.href, depth + 1);
			}
		}
		expect(questions.size).toBeGreaterThanOrEqual(5);
	});

	it('leads to no dead link or missing section', async () => {
		for (const target of reached.keys()) {
			const [address = '', anchor] = target.split('#');
			const response = await page.goto(url(address));
			expect(response?.status(), target).toBe(200);
			if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), target).toBe(1);
		}
	});

	it('reaches every problem article within four answers', () => {
		const depthOf = (problem: string) => Math.min(...[...reached].filter(([t]) => t.split('#')[0] === problem).map(([, d]) => d));
		expect(PROBLEMS.length).toBeGreaterThan(5);
		expect(PROBLEMS.filter((p) => !(depthOf(p) <= 4))).toEqual([]);
	});

	it('shows the answers chosen so far, each leading back to the question where it was chosen', async () => {
		for (const visit of questions.values()) {
			expect(visit.trail.length, visit.url).toBe(visit.depth);
			expect(visit.restart, visit.url).toBe(visit.depth === 0 ? null : '/start/');
			let next = visit.url;
			for (const step of [...visit.trail].reverse()) {
				const chosenOn = questions.get(step.href);
				expect(chosenOn?.answers, `${visit.url}: ${step.text}`).toContainEqual({ text: expect.stringContaining(step.text) as string, href: next });
				next = step.href;
			}
		}
		const deepest = [...questions.values()].sort((a, b) => b.depth - a.depth)[0]!;
		await page.goto(url(deepest.url));
		await Promise.all([page.waitForURL(`**${deepest.trail[0]!.href}`), page.locator('.guide-trail a').first().click()]);
		expect((await page.locator('h1').textContent())?.trim()).toBe(questions.get(deepest.trail[0]!.href)?.heading);
		await page.goto(url(deepest.url));
		await Promise.all([page.waitForURL('**/start/'), page.getByRole('link', { name: GUIDE_TEXT.restart }).click()]);
	});

	it('leads a reader whose money already went to the other side to the scam-recovery page, not to a phone list', async () => {
		await page.goto(url('/start/'));
		await Promise.all([page.waitForURL('**/start/urgent/'), page.locator('.guide-answers a').filter({ hasText: '可能被骗了' }).click()]);
		await Promise.all([page.waitForURL('**/issues/scam-recovery/'), page.locator('.guide-answers a').filter({ hasText: '钱已经转给对方' }).click()]);
		expect(path()).toBe('/issues/scam-recovery/');
		expect((await page.locator('h1').textContent())?.trim()).toBe('被骗了怎么办');
	});

	it('works with the back button', async () => {
		const start = questions.get('/start/')!;
		const [first] = start.answers;
		const inner = questions.get(first!.href)!;
		await page.goto(url('/start/'));
		await Promise.all([page.waitForURL(`**${first!.href}`), page.locator('.guide-answers a').first().click()]);
		const article = inner.answers.find((a) => !a.href.startsWith('/start/'))!;
		await Promise.all([page.waitForURL((u) => u.pathname === article.href.split('#')[0]), page.locator(`.guide-answers a[href="${article.href}"]`).click()]);
		await page.goBack();
		expect(path()).toBe(first!.href);
		expect((await page.locator('h1').textContent())?.trim()).toBe(inner.heading);
		await page.goBack();
		expect(path()).toBe('/start/');
		expect((await page.locator('h1').textContent())?.trim()).toBe(start.heading);
	});

	it('is in the sitemap, and linked back from problem pages and from search’s no-result help', async () => {
		const sitemap = readdirSync(DIST)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map((f) => readFileSync(join(DIST, f), 'utf8'))
			.join('');
		for (const question of questions.keys()) expect(sitemap, question).toContain(`${question}</loc>`);
		await page.goto(url(PROBLEMS[0]!));
		expect(await page.locator('main a[href="/start/"]').filter({ hasText: '不是这个问题？' }).count()).toBe(1);
		expect(await page.locator('.search-suggest a[href="/start/"]').count()).toBe(1);
	});
});
