/**
 * Shared set-up for browser tests: serves a built site on 127.0.0.1 and drives Debian's
 * Chromium through playwright-core (no test tool downloads a browser here).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface SiteServer {
	url: string;
	/** Serve another build from now on (simulates a new deployment). */
	setRoot(dir: string): void;
	close(): Promise<void>;
}

/** Serves a static build like a plain static host: directory indexes, 404.html for misses. */
export async function serveSite(root = DIST): Promise<SiteServer> {
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(`No built site in ${root}: run \`npm run build\` first (npm test does).`);
	}
	const handlerFor = (dir: string) =>
		sirv(dir, {
			dev: true,
			etag: true,
			onNoMatch: (_req, res) => {
				res.statusCode = 404;
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.end(readFileSync(resolve(dir, '404.html')));
			},
		});
	let handler = handlerFor(root);
	const server: Server = createServer((req, res) => handler(req, res));
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		setRoot: (dir) => {
			handler = handlerFor(dir);
		},
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
	});
}

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
