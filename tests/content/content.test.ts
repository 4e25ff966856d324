import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/integrations/content-check';
import { ROOT } from '../../scripts/lib/paths';
import { loadArticles } from './articles';
import { SECTION_INDEXES, SITE_MAP } from './site-map';

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
});

describe('wallet pages', () => {
	const wallets = articles.filter((a) => a.slug.startsWith('wallets/'));
	it.each(wallets.map((a) => [a.slug, a] as const))('%s takes contact facts from the data file only', (slug, a) => {
		expect(a.body).toContain(`<WalletContacts wallet="${slug.replace('wallets/', '')}" />`);
		expect(a.body, 'no phone numbers in prose').not.toMatch(/\d{3,}[- ]?\d{3,}/);
		expect(a.body, 'tells the reader to confirm numbers in the official app').toMatch(/(核对|确认)/);
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
