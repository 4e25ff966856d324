import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/integrations/content-check';
import { ROOT } from '../../scripts/lib/paths';
import { section } from '../../src/lib/content/editorial';
import { preventedBy } from '../../src/lib/content/prevention';
import { loadArticles } from './articles';
import { EN_PAGES, SECTION_INDEXES, SITE_MAP } from './site-map';

/**
 * The real articles. Every rule an editor must follow (schema, slugs, folders, links, the problem
 * skeleton, keywords, cross-links, punctuation…) is in the content check the build runs
 * (src/lib/content/check.ts, src/lib/content/editorial.ts, unit-tested in tests/lib/content/);
 * here: that the real site passes it, and facts of this site (its site map, its wallet pages).
 */
const articles = loadArticles();
const bySlug = new Map(articles.map((a) => [a.slug, a]));

describe('site map', () => {
	it.each(Object.entries(SITE_MAP))('%s exists with its site-map title', (slug, title) => {
		expect(bySlug.get(slug)?.data['title'], `content/docs/${slug}(.mdx|/index.mdx)`).toBe(title);
	});

	it.each(SECTION_INDEXES)('section %s has an index page generated from the collection', (slug) => {
		const index = bySlug.get(slug);
		expect(index).toBeDefined();
		expect(index?.body).toMatch(/<SectionIndex category="[a-z]+" \/>/);
	});
});

describe('the real articles', () => {
	it('pass every check the build runs, house rules included', () => {
		expect(checkProject(ROOT, resolve(ROOT, 'content/docs'), resolve(ROOT, 'public'))).toBe('');
	});

	it('declares the look-alike problems on both pages (being locked out ↔ 风控/司法 limits)', () => {
		expect(bySlug.get('issues/account-locked')?.data['lookalikes']).toContain('issues/account-restricted');
		expect(bySlug.get('issues/account-restricted')?.data['lookalikes']).toContain('issues/account-locked');
	});
});

describe('prevention tips', () => {
	// A tip's 能预防的问题 is generated from the problems' 预防 sections (src/lib/content/prevention.ts):
	// the tip page only places the component, so adding a problem never means editing a tip.
	const problems = articles.filter((a) => a.data['category'] === 'issue' && !SECTION_INDEXES.includes(a.slug as never));
	const prevented = preventedBy(problems.map((a) => ({ id: a.slug, title: String(a.data['title']), body: a.body })));
	const tips = articles.filter((a) => a.slug.startsWith('prevention/'));

	it('generates every prevention tip’s 能预防的问题 instead of keeping it by hand', () => {
		for (const tip of tips) {
			expect(section(tip.body, '能预防的问题').trim(), tip.file).toBe('<PreventsProblems />');
		}
	});

	it('has every prevention tip named by at least one problem’s 预防 section, and every named tip exists', () => {
		for (const tip of tips) expect(prevented.get(tip.slug)?.length ?? 0, `${tip.file}: no problem links it under ## 预防`).toBeGreaterThan(0);
		for (const slug of prevented.keys()) expect(bySlug.has(slug), slug).toBe(true);
	});
});

describe('English edition', () => {
	it.each(EN_PAGES)('%s exists', (slug) => {
		expect(bySlug.has(slug), `content/docs/${slug}(.mdx|/index.mdx)`).toBe(true);
	});
});

describe('wallet pages', () => {
	const wallets = articles.filter((a) => a.slug.startsWith('wallets/'));
	it.each(wallets.map((a) => [a.slug, a] as const))('%s takes contact facts from the data file only', (slug, a) => {
		expect(a.body).toContain(`<WalletContacts wallet="${slug.replace('wallets/', '')}" />`);
		expect(a.body, 'no phone numbers in prose').not.toMatch(/\d{3,}[- ]?\d{3,}/);
		// <WalletContacts> shows the one fake-support warning (check numbers in the official app): no second one in prose.
		expect(a.body, 'no second fake-support warning').not.toMatch(/冒充客服的假号码|假冒客服的电话/);
	});
});

describe('writing', () => {
	const shared = resolve(import.meta.dirname, '../../../shared');
	it('copies no run of 16 characters from a seed document', ({ skip }) => {
		if (!existsSync(`${shared}/tools/seed-overlap.py`)) {
			// Visible in the report, so a run without ../shared never passes this check silently.
			console.warn(`seed-overlap check skipped: ${shared}/tools/seed-overlap.py not found (clone the project beside ../shared)`);
			skip(`needs ${shared}/tools/seed-overlap.py beside the project`);
		}
		const run = spawnSync('python3', [`${shared}/tools/seed-overlap.py`, `${shared}/seeds`, 'content'], {
			cwd: resolve(import.meta.dirname, '../..'),
			encoding: 'utf8',
		});
		expect(run.stdout.trim().split('\n').at(-1)).toMatch(/copied runs of 16\+ characters: 0,/);
		expect(run.status).toBe(0);
	});
});
