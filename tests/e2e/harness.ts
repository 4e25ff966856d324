/**
 * Shared set-up for browser tests: the built site served on 127.0.0.1 (scripts/lib/site-server.ts)
 * and Debian's Chromium (scripts/lib/browser.ts), once per test file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/site-server.ts';

/** Collects console errors and uncaught exceptions of a page, for "no console errors" checks. */
export function trackErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	return browser.newContext({ locale: 'zh-CN', ...options });
}

/**
 * Serves the build and launches Chromium once for a test file (registers beforeAll/afterAll).
 * Read `site.server` and `site.browser` inside tests.
 */
export function useSite(): { readonly server: SiteServer; readonly browser: Browser } {
	const state: { server?: SiteServer; browser?: Browser } = {};
	beforeAll(async () => {
		state.server = await serveSite();
		state.browser = await launchBrowser();
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.server?.close();
	});
	return {
		get server() {
			if (!state.server) throw new Error('useSite: server not started yet');
			return state.server;
		},
		get browser() {
			if (!state.browser) throw new Error('useSite: browser not launched yet');
			return state.browser;
		},
	};
}

/** axe-core itself (650 KB), the same copy @axe-core/playwright would inject. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into every page of `context` as the page starts, once per context: AxeBuilder would
 * otherwise send its 650 KB to the page twice per run (1.3 s → 0.9 s a page here). `axeOn` needs it.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
	await context.addInitScript({ content: AXE_SOURCE });
	return context;
}

/** What AxeBuilder injects instead of axe-core: a check that `withAxe` loaded it, with the fix. */
const AXE_PRELOADED = "if (typeof window.axe?.run !== 'function') throw new Error('axe-core is not loaded: open the page in a context passed to withAxe()');";

/**
 * axe on one page of a `withAxe` context, reporting violations only. Legacy mode runs axe in the page
 * itself: the default opens a blank page per run to merge frame results (the site has no frames),
 * which tripled each run here (2.5 s → 0.75 s a page); passes and incomplete results are not
 * collected either.
 */
export function axeOn(page: Page): AxeBuilder {
	return new AxeBuilder({ page, axeSource: AXE_PRELOADED }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}
