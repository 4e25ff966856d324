import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, trackErrors, useSite } from './harness';

const site = useSite();

/**
 * A fresh context for one test, closed after it. Service workers are blocked: the islands do not
 * depend on the worker (tests/e2e/offline.test.ts covers it), and each new context would otherwise
 * install it and download its precache in the background.
 */
async function withPage(fn: (page: Page, context: BrowserContext, errors: string[]) => Promise<void>, options = {}) {
	const context = await newContext(site.browser, { serviceWorkers: 'block', ...options });
	const page = await context.newPage();
	const errors = trackErrors(page);
	try {
		await fn(page, context, errors);
		expect(errors).toEqual([]);
	} finally {
		await context.close();
	}
}

describe('checklist island', () => {
	it('keeps ticks after a reload, shows progress and resets', () =>
		withPage(async (page) => {
			await page.goto(`${site.server.url}/issues/payment-failed/`);
			const list = page.locator('[data-island="checklist"]');
			const boxes = list.getByRole('checkbox');
			const total = await boxes.count();
			expect(total).toBeGreaterThanOrEqual(4);
			await boxes.nth(0).check();
			await list.getByRole('checkbox', { name: /更新到最新版本/ }).check();
			await expect(list.getByRole('status').textContent()).resolves.toBe(`已完成 2/${total}`);
			await page.reload();
			expect(await boxes.nth(0).isChecked()).toBe(true);
			expect(await list.getByRole('checkbox', { name: /更新到最新版本/ }).isChecked()).toBe(true);
			expect(await boxes.nth(2).isChecked()).toBe(false);
			await list.getByRole('button', { name: '清除勾选' }).click();
			expect(await list.getByRole('checkbox', { checked: true }).count()).toBe(0);
			await expect(list.getByRole('status').textContent()).resolves.toBe(`已完成 0/${total}`);
		}));

	it('points to the contact section once every step is ticked', () =>
		withPage(async (page) => {
			await page.goto(`${site.server.url}/issues/refund/`);
			const list = page.locator('[data-island="checklist"]');
			const done = list.locator('.checklist-done');
			expect(await done.isVisible()).toBe(false);
			for (const box of await list.getByRole('checkbox').all()) await box.check();
			expect(await done.isVisible()).toBe(true);
			await done.getByRole('link').click();
			await page.waitForURL(/#/);
			expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#仍未解决联系客服');
			expect(await page.locator('[id="仍未解决联系客服"]').count()).toBe(1);
		}));

	it('is operable with the keyboard alone', () =>
		withPage(async (page) => {
			await page.goto(`${site.server.url}/issues/login-problems/`);
			const first = page.locator('[data-island="checklist"]').getByRole('checkbox').first();
			await first.focus();
			await page.keyboard.press('Space');
			expect(await first.isChecked()).toBe(true);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			expect(await page.locator('[data-island="checklist"]').getByRole('checkbox', { checked: true }).count()).toBe(2);
		}));

	it('ignores corrupt or foreign stored data without crashing', () =>
		withPage(async (page, context) => {
			await context.addInitScript(() => {
				localStorage.setItem('wallet-help:checklist:v1:issues/bank-card', '{"v":1,"steps":');
				localStorage.setItem('wallet-help:checklist:v1:issues/top-up-failed', JSON.stringify({ v: 1, steps: { nope: '旧步骤' } }));
				localStorage.setItem('wallet-help:report-draft:v1', '[1,2');
			});
			for (const slug of ['issues/bank-card', 'issues/top-up-failed']) {
				await page.goto(`${site.server.url}/${slug}/`);
				const list = page.locator('[data-island="checklist"]');
				expect(await list.getByRole('checkbox').count()).toBeGreaterThanOrEqual(4);
				expect(await list.getByRole('checkbox', { checked: true }).count()).toBe(0);
			}
			await page.goto(`${site.server.url}/guide/describe-problem/`);
			expect(await page.locator('.report-output').textContent()).toContain('您好');
		}));
});

describe('corrupt browser storage', () => {
	it.each(['x[y', '<img src=x>', 'light"', '{"a":1}', 'auto'])('leaves the page and the theme picker working with starlight-theme = %s', (junk) =>
		withPage(async (page, context) => {
			await context.addInitScript((value) => {
				localStorage.setItem('starlight-theme', value);
				localStorage.setItem('wallet-help:checklist:v1:issues/refund', 'not json');
				localStorage.setItem('wallet-help:report-draft:v1', '{"v":1,"fields":null}');
			}, junk);
			await page.goto(`${site.server.url}/issues/refund/`);
			expect(['light', 'dark']).toContain(await page.getAttribute('html', 'data-theme'));
			const picker = page.locator('starlight-theme-select select').first();
			expect(await picker.inputValue()).toBe('auto');
			await picker.selectOption('light');
			expect(await page.getAttribute('html', 'data-theme')).toBe('light');
			expect(await page.locator('[data-island="checklist"]').getByRole('checkbox').count()).toBeGreaterThanOrEqual(4);
		}),
	);

	it('keeps the theme and the checklist working when storage is disabled (throws on every access)', async () => {
		// Not through withPage: Starlight's own theme-picker module logs the SecurityError it meets.
		const context = await newContext(site.browser, { serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			await context.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('denied', 'SecurityError');
					},
				});
			});
			await page.goto(`${site.server.url}/issues/payment-failed/`);
			expect(['light', 'dark']).toContain(await page.getAttribute('html', 'data-theme'));
			const box = page.locator('[data-island="checklist"]').getByRole('checkbox').first();
			await box.check();
			expect(await box.isChecked()).toBe(true);
		} finally {
			await context.close();
		}
	});
});

describe('channel picker island', () => {
	it('is pre-set from a problem article and ranks the phone first for a stolen account', () =>
		withPage(async (page) => {
			await page.goto(`${site.server.url}/issues/account-security/`);
			await page.getByRole('link', { name: /帮我选客服渠道/ }).click();
			await page.waitForURL(/\/contact\/\?problem=account-security#channel-picker$/);
			const picker = page.locator('[data-island="channel-picker"]');
			expect(await picker.getByLabel('遇到的是什么问题？').inputValue()).toBe('account-security');
			expect(await picker.locator('.picker-results > li').first().getAttribute('data-channel')).toBe('phone');
		}));

	it('uses the reader’s clock: late on a weekday, urgent money questions go to in-app chat unless the reader wants to talk', () =>
		withPage(async (page) => {
			await page.clock.setFixedTime(new Date(2026, 10, 23, 22, 30));
			await page.goto(`${site.server.url}/contact/`);
			const picker = page.locator('[data-island="channel-picker"]');
			await picker.getByLabel('遇到的是什么问题？').selectOption('transfer-delayed');
			await picker.getByLabel(/很急/).check();
			await picker.getByLabel(/钱已经扣了/).check();
			const first = picker.locator('.picker-results > li').first();
			expect(await first.getAttribute('data-channel')).toBe('in-app');
			expect(await picker.locator('.picker-clock').textContent()).toContain('工作时间外');
			await picker.getByLabel('打电话说').check();
			expect(await first.getAttribute('data-channel')).toBe('phone');
		}));

	it('ranks in-app chat first for a calm question at 9:30 on a Monday, with its reason', () =>
		withPage(async (page) => {
			await page.clock.setFixedTime(new Date(2026, 10, 23, 9, 30));
			await page.goto(`${site.server.url}/contact/?problem=payment-failed`);
			const first = page.locator('[data-island="channel-picker"] .picker-results > li').first();
			expect(await first.getAttribute('data-channel')).toBe('in-app');
			expect(await first.locator('.picker-reason').textContent()).toBeTruthy();
		}));
});

describe('report builder island', () => {
	it('writes a structured message with the ticked steps, copies it and keeps the draft', () =>
		withPage(
			async (page, context) => {
				await page.goto(`${site.server.url}/issues/payment-failed/`);
				await page
					.locator('[data-island="checklist"]')
					.getByRole('checkbox', { name: /更新到最新版本/ })
					.check();
				await page.getByRole('link', { name: /生成问题描述/ }).click();
				await page.waitForURL(/describe-problem\/\?problem=payment-failed#report-builder$/);
				const requests: string[] = [];
				page.on('request', (r) => requests.push(r.url()));
				const builder = page.locator('[data-island="report-builder"]');
				expect(await builder.getByLabel('问题类型').inputValue()).toBe('payment-failed');
				await builder.getByLabel('使用的钱包').fill('支付宝');
				await builder.getByLabel('发生时间').fill('2026-11-23T14:05');
				await builder.getByLabel('当时在做什么').fill('在超市收银台出示付款码');
				await builder.getByLabel('屏幕上的提示原文').fill('<img src=x onerror="window.__pwned=1">支付失败');
				await builder.getByLabel('涉及金额').fill('128.50 元');
				await builder.getByLabel('订单号或交易单号').fill('2026112300001');
				await builder.getByLabel(/已经尝试过/).fill('重启了手机 😀');
				const output = builder.locator('.report-output');
				const text = (await output.textContent()) ?? '';
				for (const part of [
					'支付失败或无法完成交易',
					'支付宝',
					'2026年11月23日 14:05',
					'收银台',
					'128.50 元',
					'2026112300001',
					'更新到最新版本',
					'重启了手机 😀',
				]) {
					expect(text).toContain(part);
				}
				expect(text).toContain('<img src=x onerror="window.__pwned=1">');
				expect(await output.locator('img').count()).toBe(0);
				expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
				expect(await builder.locator('.report-ticked').textContent()).toContain('1 个');

				await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
				await builder.getByRole('button', { name: '复制描述' }).click();
				await builder.getByRole('status').filter({ hasText: '已复制' }).waitFor({ timeout: 5000 });
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

				await page.reload();
				expect(await builder.getByLabel('订单号或交易单号').inputValue()).toBe('2026112300001');
				await builder.getByRole('button', { name: '清空重填' }).click();
				expect(await builder.getByLabel('订单号或交易单号').inputValue()).toBe('');
				await page.reload();
				expect(await builder.getByLabel('订单号或交易单号').inputValue()).toBe('');
				const offSite = requests.filter((u) => !u.startsWith(site.server.url));
				expect(offSite).toEqual([]);
				expect(requests.filter((u) => /\/(api|collect|track)/.test(u))).toEqual([]);
			},
			{ permissions: [] },
		));

	it('copes with 5,000 characters of input', () =>
		withPage(async (page) => {
			await page.goto(`${site.server.url}/guide/describe-problem/`);
			const builder = page.locator('[data-island="report-builder"]');
			const long = '长'.repeat(5000);
			await builder.getByLabel('当时在做什么').evaluate((el, v) => {
				(el as HTMLTextAreaElement).value = v;
				el.dispatchEvent(new Event('input', { bubbles: true }));
			}, long);
			const text = (await builder.locator('.report-output').textContent()) ?? '';
			expect(text.length).toBeLessThan(1000);
			expect(text).toContain('长'.repeat(300));
		}));
});

describe('without JavaScript', () => {
	it('keeps every page complete: plain list, general ranking, builder explanation', () =>
		withPage(
			async (page) => {
				await page.goto(`${site.server.url}/issues/payment-failed/`);
				expect(await page.locator('[data-island="checklist"] ol > li').count()).toBeGreaterThanOrEqual(4);
				expect(await page.getByRole('checkbox').count()).toBe(0);
				await page.goto(`${site.server.url}/contact/`);
				expect(await page.locator('[data-island="channel-picker"] .picker-results > li').count()).toBe(5);
				expect(await page.locator('[data-island="channel-picker"] form').isVisible()).toBe(false);
				await page.goto(`${site.server.url}/guide/describe-problem/`);
				expect(await page.locator('[data-island="report-builder"]').textContent()).toContain('时间 → 场景 → 现象');
			},
			{ javaScriptEnabled: false },
		));
});
