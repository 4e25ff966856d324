/**
 * npm run lighthouse — Lighthouse (mobile) on the home page and one problem article of the built
 * site, served on 127.0.0.1; prints performance, accessibility, best-practices and SEO scores.
 * A benchmark, not a test. Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';
import { serveSite } from './lib/site-server.ts';
import { cli } from './lib/cli.ts';

cli({ usage: 'npm run lighthouse   (Lighthouse mobile scores of two pages of dist/)', options: {} }, () => undefined);

const PAGES = ['/', '/issues/payment-failed/'];
const server = await serveSite();
const chrome = await chromeLauncher.launch({
	chromePath: process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
	chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});
try {
	console.log('page'.padEnd(28), 'performance  accessibility  best-practices  seo');
	for (const path of PAGES) {
		const result = await lighthouse(`${server.url}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(6);
		console.log(path.padEnd(28), score('performance'), '      ', score('accessibility'), '        ', score('best-practices'), '    ', score('seo'));
		const failed = Object.values(result?.lhr.audits ?? {})
			.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
			.map((a) => `${a.id} (${a.displayValue ?? a.score})`);
		if (failed.length) console.log('  below 0.9:', failed.join(', '));
	}
} finally {
	chrome.kill();
	await server.close();
}
