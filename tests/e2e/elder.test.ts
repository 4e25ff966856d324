/**
 * 长辈模式 and 朗读 in Chromium: the switch and its memory, text sizes, AAA contrast (axe and our
 * own 7:1 measurement), target boxes, 320px reflow, the calm layout, the islands and search in the
 * mode, read-aloud with a recorded fake speech engine, and a browser without speech synthesis.
 * One page per template, not every page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeOn, newContext, trackErrors, useSite, withAxe } from './harness';

const site = useSite();
const KEY = 'wallet-help:elder:v1';
const ON = '{"v":1,"on":true}';
const PROBLEM = '/issues/payment-failed/';
/** One page of each template the mode must handle. */
const PAGES = [PROBLEM, '/', '/issues/', '/contact/', '/guide/describe-problem/', '/wallets/alipay/'];

const contexts: BrowserContext[] = [];
afterEach(async () => {
	await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/**
 * A fresh context (closed after the test); `elder` stores the mode as on before every page load,
 * `axe` loads axe-core into its pages for `axeOn`.
 */
async function open(
	options: Parameters<typeof newContext>[1] & { elder?: boolean; axe?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const { elder, axe, ...rest } = options;
	const context = await newContext(site.browser, { serviceWorkers: 'block', ...rest });
	contexts.push(context);
	if (axe) await withAxe(context);
	if (elder) await context.addInitScript(([key, on]) => localStorage.setItem(key, on), [KEY, ON] as const);
	const page = await context.newPage();
	return { context, page, errors: trackErrors(page) };
}

const url = (path: string) => `${site.server.url}${path}`;
const elderAttr = (page: Page) => page.getAttribute('html', 'data-elder');

/** Computed size and line height of the article's paragraphs. */
function paragraphText(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main p')]
			.filter((p) => p.checkVisibility() && p.textContent?.trim())
			.map((p) => {
				const cs = getComputedStyle(p);
				return { size: parseFloat(cs.fontSize), line: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize) };
			}),
	);
}

interface Measures {
	/** Smallest font size of any visible text on the page. */
	smallestText: number;
	smallestTextAt: string;
	/** Lowest contrast of a paragraph or list item in <main> against its background. */
	lowestContrast: number;
	lowestContrastAt: string;
	/** Controls and links below their required size: `what WxH < need`. */
	small: string[];
	/** Smallest box of any measured control. */
	smallestTarget: number;
	scrollWidth: number;
	innerWidth: number;
}

/**
 * Everything measured in one round trip. Targets: every visible control and non-inline link
 * ≥ 44×44 (a card whose link's ::before covers it counts as the card; a checkbox or radio counts
 * with its label); the search button, the switch, 目录, checklist items and picker options ≥ 60×60.
 * Exempt: visually hidden elements (skip link until focused) and links inside running text.
 */
function measure(page: Page): Promise<Measures> {
	return page.evaluate(() => {
		const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
		if (!canvas) throw new Error('no canvas');
		const rgba = (c: string): number[] => {
			canvas.clearRect(0, 0, 1, 1);
			canvas.fillStyle = '#000';
			canvas.fillStyle = c;
			canvas.fillRect(0, 0, 1, 1);
			const d = canvas.getImageData(0, 0, 1, 1).data;
			return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
		};
		const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
		const luminance = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		/** Background: the nearest ancestor with a (nearly) opaque colour, composited over white. */
		const background = (el: Element): number[] => {
			for (let e: Element | null = el; e; e = e.parentElement) {
				const c = rgba(getComputedStyle(e).backgroundColor);
				if ((c[3] ?? 0) > 0.5) return c;
			}
			return rgba(getComputedStyle(document.documentElement).backgroundColor || '#fff');
		};
		const hidden = (el: Element) => {
			const cs = getComputedStyle(el);
			return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || (cs.clip && cs.clip !== 'auto');
		};

		let smallestText = Infinity;
		let smallestTextAt = '';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || !n.textContent?.trim() || el.closest('option, [aria-hidden="true"], .sr-only') || hidden(el)) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (size < smallestText) [smallestText, smallestTextAt] = [size, `${el.tagName.toLowerCase()}.${el.className} “${n.textContent.trim().slice(0, 10)}”`];
		}

		let lowestContrast = Infinity;
		let lowestContrastAt = '';
		for (const el of document.querySelectorAll('main p, main li')) {
			if (!el.checkVisibility() || !el.textContent?.trim()) continue;
			const a = luminance(rgba(getComputedStyle(el).color));
			const b = luminance(background(el));
			const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			if (ratio < lowestContrast)
				[lowestContrast, lowestContrastAt] = [ratio, `${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 10)}”`];
		}

		const big = new Set(
			document.querySelectorAll(
				'[data-open-search], .elder-toggle, .sl-menu-button, .checklist-step label, help-channel-picker label:has(input[type="radio"])',
			),
		);
		const small: string[] = [];
		let smallestTarget = Infinity;
		const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"], [role="switch"]');
		for (const el of controls) {
			const r = el.getBoundingClientRect();
			if (r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0 || hidden(el)) continue;
			const block = el.closest('p, li, td, dd, blockquote');
			const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
			if (inline && block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2) continue;
			const before = getComputedStyle(el, '::before');
			const cover = before.content !== 'none' && before.position === 'absolute' && el instanceof HTMLElement ? el.offsetParent : null;
			const label = el.closest('label');
			const target = label ?? cover ?? el;
			const box = target.getBoundingClientRect();
			const need = big.has(target) || big.has(el) ? 60 : 44;
			smallestTarget = Math.min(smallestTarget, box.width, box.height);
			if (box.width < need || box.height < need) {
				small.push(
					`${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 10)}” ${Math.round(box.width)}x${Math.round(box.height)} < ${need}`,
				);
			}
		}
		return {
			smallestText,
			smallestTextAt,
			lowestContrast,
			lowestContrastAt,
			small,
			smallestTarget,
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth,
		};
	});
}

describe('the 长辈模式 switch', () => {
	it('is a toggle button in the header of a phone, applied before the first paint, remembered across pages and reloads, and turns off', async () => {
		const { context, page, errors } = await open({ viewport: { width: 360, height: 740 } });
		// Record the mode at the moment <body> starts, before any module script could run.
		await context.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				(window as unknown as { __atBody: string | undefined }).__atBody = document.documentElement.dataset['elder'];
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		const atBody = () => page.evaluate(() => (window as unknown as { __atBody: string | undefined }).__atBody);
		await page.goto(url(PROBLEM));
		const toggle = page.getByRole('banner').getByRole('button', { name: '长辈模式' });
		expect(await toggle.isVisible()).toBe(true);
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await elderAttr(page)).toBe('off');
		const before = await paragraphText(page);
		expect(Math.max(...before.map((p) => p.size))).toBeLessThan(24);

		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		const on = await paragraphText(page);
		expect(Math.min(...on.map((p) => p.size))).toBeGreaterThanOrEqual(24);
		expect(Math.min(...on.map((p) => p.line))).toBeGreaterThanOrEqual(1.5);

		await page.goto(url('/contact/'));
		expect(await atBody()).toBe('on');
		expect(await page.getByRole('button', { name: '长辈模式' }).getAttribute('aria-pressed')).toBe('true');
		await page.reload();
		expect(await atBody()).toBe('on');

		await page.getByRole('button', { name: '长辈模式' }).click();
		expect(await elderAttr(page)).toBe('off');
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
		await page.reload();
		expect(await atBody()).toBe('off');
		expect(errors).toEqual([]);
	});

	it('treats a corrupt stored value as off without an error, and turns on from ?mode=elder and remembers it', async () => {
		const { page, errors } = await open();
		await page.goto(url(PROBLEM));
		for (const junk of ['{"v":1,"on":tr', '{"v":2,"on":true}', '"on"', '[]']) {
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, junk] as const);
			await page.reload();
			expect(await elderAttr(page), junk).toBe('off');
			expect(await page.getByRole('button', { name: '长辈模式' }).getAttribute('aria-pressed')).toBe('false');
		}
		await page.goto(url(`${PROBLEM}?mode=elder`));
		expect(await elderAttr(page)).toBe('on');
		await page.goto(url('/wallets/alipay/'));
		expect(await elderAttr(page)).toBe('on');
		await page.goto(url('/?mode=standard'));
		expect(await elderAttr(page)).toBe('off');
		expect(errors).toEqual([]);
	});
});

describe.each(['light', 'dark'] as const)('in the mode, %s theme', (scheme) => {
	it('has no AAA contrast failure (axe), 7:1 body text, no text under 18px, 24px paragraphs and big targets on every template', async () => {
		const { page, errors } = await open({ colorScheme: scheme, elder: true, axe: true, viewport: { width: 1280, height: 800 } });
		const report: string[] = [];
		for (const path of PAGES) {
			await page.goto(url(path));
			expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
			const axe = await axeOn(page).withRules(['color-contrast-enhanced']).analyze();
			expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(' ')}`))).toEqual([]);
			const m = await measure(page);
			expect(m.lowestContrast, `${path} ${m.lowestContrastAt}`).toBeGreaterThanOrEqual(7);
			expect(m.smallestText, `${path} ${m.smallestTextAt}`).toBeGreaterThanOrEqual(18);
			expect(m.small, path).toEqual([]);
			const paragraphs = await paragraphText(page);
			expect(Math.min(...paragraphs.map((p) => p.size)), path).toBeGreaterThanOrEqual(24);
			expect(Math.min(...paragraphs.map((p) => p.line)), path).toBeGreaterThanOrEqual(1.5);
			report.push(`${path} contrast ≥ ${m.lowestContrast.toFixed(1)}, text ≥ ${m.smallestText}px, targets ≥ ${Math.round(m.smallestTarget)}px`);
		}
		console.info(`长辈模式 ${scheme}:\n  ${report.join('\n  ')}`);
		expect(errors).toEqual([]);
	});
});

describe('the mode on a 320px screen', () => {
	it('never scrolls sideways, keeps 60px header controls on two rows and every target big', async () => {
		const { page, errors } = await open({ elder: true, viewport: { width: 320, height: 640 } });
		for (const path of PAGES) {
			await page.goto(url(path));
			const m = await measure(page);
			expect(m.scrollWidth, path).toBeLessThanOrEqual(m.innerWidth);
			expect(m.small, path).toEqual([]);
		}
		await page.goto(url(PROBLEM));
		const header = page.getByRole('banner');
		const search = await header.getByRole('button', { name: '搜索' }).boundingBox();
		const toggle = await header.getByRole('button', { name: '长辈模式' }).boundingBox();
		const menu = await page.getByRole('button', { name: '目录' }).boundingBox();
		for (const box of [search, toggle, menu]) {
			expect(box?.width).toBeGreaterThanOrEqual(60);
			expect(box?.height).toBeGreaterThanOrEqual(60);
		}
		// Two rows: 目录 beside the title, search and the switch below.
		expect(search?.y).toBeGreaterThan((menu?.y ?? 0) + (menu?.height ?? 0) - 1);
		expect(errors).toEqual([]);
	});

	it('keeps the checklist, channel picker, report builder and search usable', async () => {
		const { page, errors } = await open({ elder: true, viewport: { width: 320, height: 640 } });
		await page.goto(url(PROBLEM));
		const box = page.locator('[data-island="checklist"]').getByRole('checkbox').first();
		await box.click();
		expect(await box.isChecked()).toBe(true);
		await page.goto(url('/contact/'));
		await page.getByLabel(/很急/).click();
		expect(await page.getByLabel(/很急/).isChecked()).toBe(true);
		await page.goto(url('/guide/describe-problem/'));
		await page.getByLabel('屏幕上的提示原文').fill('系统异常');
		expect(await page.locator('.report-output').textContent()).toContain('系统异常');
		await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
		const input = page.getByRole('searchbox', { name: '搜索帮助文章' });
		await input.fill('退款');
		await page.locator('.search-results a').first().waitFor();
		const result = await page.locator('.search-results a').first().boundingBox();
		expect(result?.height).toBeGreaterThanOrEqual(44);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(errors).toEqual([]);
	});
});

describe('a calm page in the mode', () => {
	it('puts the sidebar behind 目录, hides the table of contents, anchors, pagination and footer details', async () => {
		const { page, errors } = await open({ elder: true, viewport: { width: 1280, height: 800 } });
		await page.goto(url(PROBLEM));
		const sidebar = page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '余额显示异常' });
		expect(await sidebar.isVisible()).toBe(false);
		for (const hidden of ['starlight-toc', 'mobile-starlight-toc', '.sl-anchor-link', '.pagination-links', 'footer .meta']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		await page.getByRole('button', { name: '目录' }).click();
		expect(await sidebar.isVisible()).toBe(true);
		expect((await sidebar.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		await sidebar.click();
		await page.waitForURL(/balance-not-updated/);
		expect(await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '余额显示异常' }).isVisible()).toBe(false);
		// Outside the mode the wide-screen sidebar is back.
		await page.getByRole('button', { name: '长辈模式' }).click();
		expect(await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '余额显示异常' }).isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('shows scam warnings prominently, including the coming fake-support-number warning', async () => {
		const { page } = await open({ elder: true });
		await page.goto(url('/issues/refund/'));
		await page.evaluate(() => {
			const aside = document.createElement('aside');
			aside.className = 'fake-support-warning';
			aside.textContent = '谨防假冒客服电话';
			document.querySelector('.sl-markdown-content')?.prepend(aside);
		});
		for (const selector of ['.starlight-aside--danger', '.fake-support-warning']) {
			const style = await page
				.locator(selector)
				.first()
				.evaluate((el) => {
					const cs = getComputedStyle(el);
					return { border: parseFloat(cs.borderTopWidth), start: parseFloat(cs.borderLeftWidth), size: parseFloat(cs.fontSize) };
				});
			expect(style.border, selector).toBeGreaterThanOrEqual(3);
			expect(style.start, selector).toBeGreaterThanOrEqual(8);
			expect(style.size, selector).toBeGreaterThan(24);
		}
	});
});

describe('platform preferences', () => {
	it('prints as usual in the mode', async () => {
		const { page } = await open({ elder: true });
		await page.goto(url(PROBLEM));
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
		expect(await page.getByRole('button', { name: '长辈模式' }).isVisible()).toBe(false);
		expect(await page.locator('.sidebar-pane').first().isVisible()).toBe(false);
	});

	it('gives the mode’s colours to readers who ask for more contrast, and keeps control borders in forced colours', async () => {
		const { page } = await open({ contrast: 'more', colorScheme: 'light', axe: true, viewport: { width: 360, height: 740 } });
		await page.goto(url(PROBLEM));
		expect(await elderAttr(page)).toBe('off');
		const axe = await axeOn(page).include('main').withRules(['color-contrast-enhanced']).analyze();
		expect(axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		await page.emulateMedia({ forcedColors: 'active', contrast: null });
		for (const name of ['长辈模式', '目录']) {
			const border = await page.getByRole('button', { name }).evaluate((el) => getComputedStyle(el).borderTopStyle);
			expect(border, name).not.toBe('none');
		}
	});

	it('stops animations for readers who ask for less motion', async () => {
		const { page } = await open({ elder: true, reducedMotion: 'reduce' });
		await page.goto(url(PROBLEM));
		const motion = await page.getByRole('button', { name: '长辈模式' }).evaluate((el) => {
			const cs = getComputedStyle(el);
			return { transition: parseFloat(cs.transitionDuration), scroll: getComputedStyle(document.documentElement).scrollBehavior };
		});
		expect(motion.transition).toBeLessThanOrEqual(0.001);
		expect(motion.scroll).toBe('auto');
	});
});

/**
 * A speech engine with one zh-CN voice that arrives after `voiceschanged`, recording every call;
 * an utterance ends only when the test calls `__speech.end()`.
 */
function fakeSpeech() {
	interface Utterance {
		text: string;
		lang: string;
		rate: number;
		voice: unknown;
		onend: (() => void) | null;
		onerror: (() => void) | null;
	}
	const log: string[] = [];
	const spoken: Array<{ text: string; rate: number; lang: string }> = [];
	let current: Utterance | null = null;
	let voices: unknown[] = [];
	const synth = Object.assign(new EventTarget(), {
		speaking: false,
		paused: false,
		getVoices: () => voices,
		speak(u: Utterance) {
			spoken.push({ text: u.text, rate: u.rate, lang: u.lang });
			current = u;
		},
		cancel() {
			log.push('cancel');
			current = null;
		},
		pause() {
			log.push('pause');
		},
		resume() {
			log.push('resume');
		},
	});
	class FakeUtterance {
		text: string;
		lang = '';
		rate = 1;
		voice: unknown = null;
		onend: (() => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(text: string) {
			this.text = text;
		}
	}
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
	Object.defineProperty(window, '__speech', {
		value: {
			log,
			spoken,
			end() {
				const u = current;
				current = null;
				u?.onend?.();
			},
			/** Ends every utterance until the reader stops asking for more. */
			endAll() {
				for (let i = 0; i < 1000 && current; i++) {
					const u = current;
					current = null;
					u.onend?.();
				}
			},
		},
	});
	setTimeout(() => {
		voices = [{ name: '中文（普通话）', lang: 'zh-CN', localService: true, default: true, voiceURI: 'fake' }];
		synth.dispatchEvent(new Event('voiceschanged'));
	}, 50);
}

interface SpeechLog {
	log: string[];
	spoken: Array<{ text: string; rate: number; lang: string }>;
}
const speech = (page: Page) =>
	page.evaluate(() => {
		const s = (window as unknown as { __speech: SpeechLog }).__speech;
		return { log: [...s.log], spoken: s.spoken.map((u) => ({ ...u })) };
	});
const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end());

describe('朗读 (read aloud)', () => {
	it('reads the title, then the article sentence by sentence, highlighting it, with pause, resume and stop', async () => {
		const { context, page, errors } = await open();
		await context.addInitScript(fakeSpeech);
		await page.goto(url(PROBLEM));
		const read = page.getByRole('button', { name: '朗读' });
		await read.waitFor();
		await read.click();
		await page.getByRole('button', { name: '暂停' }).waitFor();
		const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
		expect((await speech(page)).spoken.map((u) => u.text)).toEqual([title]);
		expect((await speech(page)).spoken[0]).toMatchObject({ lang: 'zh-CN', rate: 1 });
		expect(await read.isVisible()).toBe(false);

		await endUtterance(page);
		await endUtterance(page);
		const highlighted = await page.evaluate(() => ({
			// The highlight holds Ranges, whose toString() is their text.
			// eslint-disable-next-line @typescript-eslint/no-base-to-string
			sentence: CSS.highlights.get('read-aloud')?.values().next().value?.toString(),
			blocks: document.querySelectorAll('.read-aloud-current').length,
		}));
		const spokenSoFar = (await speech(page)).spoken.map((u) => u.text);
		expect(spokenSoFar).toHaveLength(3);
		expect(highlighted.sentence?.replace(/\s+/g, ' ')).toBe(spokenSoFar[2]);
		expect(highlighted.blocks).toBe(1);

		await page.getByRole('button', { name: '暂停' }).click();
		await page.getByRole('button', { name: '继续' }).click();
		await page.getByRole('button', { name: '停止' }).click();
		expect((await speech(page)).log.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
		expect(await read.isVisible()).toBe(true);
		expect(await page.evaluate(() => [CSS.highlights.has('read-aloud'), document.querySelectorAll('.read-aloud-current').length])).toEqual([false, 0]);

		// The whole article: no navigation, page chrome, code or screen-reader-only text.
		await read.click();
		await page.evaluate(() => (window as unknown as { __speech: { endAll(): void } }).__speech.endAll());
		expect(await read.isVisible()).toBe(true);
		const all = (await speech(page)).spoken.slice(spokenSoFar.length).map((u) => u.text);
		expect(all[0]).toBe(title);
		expect(all).toContain('症状');
		expect(all.some((t) => t.includes('搜索'))).toBe(false);
		for (const chrome of ['本页内容', '上一页', '下一页', '最近更新', 'Section titled', '清除勾选', '跳转到内容', '钱包帮助中心']) {
			expect(
				all.some((t) => t.includes(chrome)),
				chrome,
			).toBe(false);
		}
		expect(all.length).toBeGreaterThan(20);
		expect(errors).toEqual([]);
	});

	it('reads a little slower in the mode', async () => {
		const { context, page } = await open({ elder: true });
		await context.addInitScript(fakeSpeech);
		await page.goto(url('/wallets/alipay/'));
		await page.getByRole('button', { name: '朗读' }).click();
		await page.getByRole('button', { name: '暂停' }).waitFor();
		expect((await speech(page)).spoken[0]?.rate).toBeLessThan(1);
	});

	it('is not offered, without an error, where there is no speech synthesis or no Chinese voice', async () => {
		const bare = await open();
		await bare.context.addInitScript(() => {
			delete (window as { speechSynthesis?: unknown }).speechSynthesis;
			delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
			try {
				Object.defineProperty(window, 'speechSynthesis', { value: undefined });
			} catch {
				/* not redefinable here: the property is gone or the engine has no voices */
			}
		});
		await bare.page.goto(url(PROBLEM));
		// Headless Chromium's own engine has no voices at all: the same answer.
		const noVoice = await open();
		await noVoice.page.goto(url(PROBLEM));
		for (const { page, errors } of [bare, noVoice]) {
			await page.waitForTimeout(200);
			expect(await page.getByRole('button', { name: '朗读' }).isVisible()).toBe(false);
			expect(errors).toEqual([]);
		}
	});
});
