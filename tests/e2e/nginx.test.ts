/**
 * The deployment config for real: Debian's nginx started with deploy/nginx.conf (rendered only with
 * a free port and a private pid file) serving the built site; headers, the 404 page, precompressed
 * files, and the site itself in Chromium through it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST, ROOT } from '../../scripts/lib/paths.ts';
import { trackErrors } from './harness';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
const WORK = join(ROOT, '.tmp/nginx-test');

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	await new Promise((ok) => server.close(ok));
	return typeof address === 'object' && address ? address.port : 0;
}

/** deploy/nginx.conf with another port and pid file; as root, workers stay root so any checkout is readable. */
function renderConfig(port: number): string {
	const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
		.replace('listen 127.0.0.1:8080;', `listen 127.0.0.1:${port};`)
		.replace(/^pid .*;$/m, `pid ${WORK}/nginx.pid;`)
		.replace('include generated/site.conf;', `include ${join(ROOT, 'deploy/generated/site.conf')};`);
	return process.getuid?.() === 0 ? `user root;\n${conf}` : conf;
}

describe('nginx with deploy/nginx.conf', () => {
	let nginx: ChildProcess | undefined;
	let origin = '';
	let browser: Browser | undefined;

	beforeAll(async () => {
		if (!NGINX) throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run does)');
		mkdirSync(WORK, { recursive: true });
		const port = await freePort();
		writeFileSync(join(WORK, 'nginx.conf'), renderConfig(port));
		const test = spawnSync(NGINX, ['-t', '-p', ROOT, '-c', join(WORK, 'nginx.conf')], { encoding: 'utf8' });
		if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
		nginx = spawn(NGINX, ['-p', ROOT, '-c', join(WORK, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
		origin = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 50; i++) {
			if (
				await fetch(origin).then(
					() => true,
					() => false,
				)
			)
				break;
			await new Promise((r) => setTimeout(r, 100));
		}
	});
	afterAll(async () => {
		await browser?.close();
		nginx?.kill('SIGQUIT');
	});

	const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });

	/** The headers every response must carry, including 404s and every location block. */
	const expectSecurityHeaders = (response: Response, path: string) => {
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(csp, path).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
	};

	it('serves pages compressed, revalidated, with the security headers', async () => {
		for (const path of ['/', '/issues/refund/', '/contact/']) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expectSecurityHeaders(response, path);
			expect(response.headers.get('cache-control'), path).toBe('no-cache');
			expect(response.headers.get('content-encoding'), path).toBe('gzip');
			expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
		}
	});

	it('answers an unknown address with the site’s 404 page and status 404', async () => {
		const response = await get('/no-such-page/');
		expect(response.status).toBe(404);
		expectSecurityHeaders(response, '/no-such-page/');
		expect(await response.text()).toContain('没有找到这个页面');
	});

	it('redirects a page address without its slash, and hides the static-host file', async () => {
		const redirect = await get('/issues/refund');
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/issues/refund/');
		expectSecurityHeaders(redirect, '/issues/refund');
		const headers = await get('/_headers');
		expect(headers.status).toBe(404);
		expectSecurityHeaders(headers, '/_headers');
	});

	it('caches hashed bundles for a year and revalidates the unhashed files', async () => {
		const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
		const bundle = await get(`/_astro/${css}`);
		expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expectSecurityHeaders(bundle, css ?? '');
		const wasm = readdirSync(join(DIST, 'pagefind')).find((f) => /^wasm\..+\.pagefind$/.test(f));
		for (const path of [
			'/sw.js',
			'/manifest.webmanifest',
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-worker.js',
			'/pagefind/pagefind-entry.json',
			`/pagefind/${wasm}`,
		]) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control'), path).toBe('no-cache');
			expectSecurityHeaders(response, path);
		}
		expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
	});

	it('runs the site through it: pages, search and the CSP header together', async () => {
		browser = await launchBrowser();
		const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
		await context.addInitScript(() => {
			const w = window as unknown as { __csp: string[] };
			w.__csp = [];
			document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		const page = await context.newPage();
		const errors = trackErrors(page);
		await page.goto(`${origin}/`);
		await page.locator('[data-open-search]').first().click();
		await page.getByRole('searchbox', { name: '搜索帮助文章' }).fill('退款');
		await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
		await page.goto(`${origin}/issues/payment-failed/`);
		await page.locator('[data-island="checklist"]').getByRole('checkbox').first().check();
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		expect(errors).toEqual([]);
	});
});
