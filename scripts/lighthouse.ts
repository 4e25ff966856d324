/**
 * npm run lighthouse — Lighthouse (mobile) on the home page and one problem article of the built
 * site, served on 127.0.0.1; prints performance, accessibility, best-practices and SEO scores.
 * A benchmark, not a test. Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 *
 * Opt-in: Lighthouse and chrome-launcher (about 100 packages) are not in the default install.
 * Install them for one session with `npm i --no-save lighthouse chrome-launcher`.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';
import { serveSite } from './lib/site-server.ts';
import { cli } from './lib/cli.ts';

cli(
	{ usage: 'npm run lighthouse   (Lighthouse mobile scores of two pages of dist/; needs npm i --no-save lighthouse chrome-launcher)', options: {} },
	() => undefined,
);

/** The parts of Lighthouse's and chrome-launcher's APIs used here (they are not installed by default). */
interface Audit {
	id: string;
	score: number | null;
	scoreDisplayMode: string;
	displayValue?: string;
}
interface LighthouseResult {
	lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, Audit> };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
	launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

/** Imports an optional package by a name the type checker does not resolve. */
async function optional<T>(name: string): Promise<T> {
	try {
		return (await import(name)) as T;
	} catch {
		console.error(`npm run lighthouse needs ${name}, which is not part of the default install. Run:\n  npm i --no-save lighthouse chrome-launcher`);
		process.exit(1);
	}
}

const lighthouse = (await optional<{ default: Lighthouse }>('lighthouse')).default;
const chromeLauncher = await optional<ChromeLauncher>('chrome-launcher');

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
