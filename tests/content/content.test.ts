import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/integrations/content-check';
import { PLACEHOLDER } from '../../scripts/lib/scaffold';
import { ROOT } from '../../scripts/lib/paths';
import { parse } from 'yaml';
import { EN_SECTIONS, SECTIONS } from '../../src/lib/content/categories';
import { baseSlug, localeOfSlug } from '../../src/lib/i18n/locale';
import { punctuationProblems } from '../../src/lib/content/punctuation';
import { h2s, internalLinks, loadArticles, section } from './articles';
import { EN_PAGES, EN_PROBLEM_SKELETON, PROBLEM_SKELETON, SECTION_INDEXES, SITE_MAP } from './site-map';

const articles = loadArticles();
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const isEnglish = (a: { slug: string }) => localeOfSlug(a.slug) === 'en';
const problems = articles.filter((a) => a.data['category'] === 'issue' && a.slug !== 'issues' && !isEnglish(a));
const enProblems = articles.filter((a) => a.data['category'] === 'issue' && a.slug !== 'en/issues' && isEnglish(a));
const SECTION_OF: Record<string, string> = Object.fromEntries(SECTIONS.map((s) => [s.directory, s.category]));
const EN_SECTION_OF: Record<string, string> = Object.fromEntries(EN_SECTIONS.map((s) => [s.directory, s.category]));

describe('site map', () => {
	it.each(Object.entries(SITE_MAP))('%s exists with its site-map title', (slug, title) => {
		expect(bySlug.get(slug)?.data['title'], `content/docs/${slug}(.mdx|/index.mdx)`).toBe(title);
	});

	it.each(SECTION_INDEXES)('section %s has an index page generated from the collection', (slug) => {
		const index = bySlug.get(slug);
		expect(index).toBeDefined();
		expect(index?.body).toMatch(/<SectionIndex category="[a-z]+" \/>/);
	});

	it('puts every page in the category of its folder', () => {
		for (const a of articles) {
			const folder = baseSlug(a.slug).split('/')[0] ?? '';
			const expected = (isEnglish(a) ? EN_SECTION_OF : SECTION_OF)[folder] ?? 'home';
			expect(a.data['category'], a.file).toBe(expected);
		}
	});
});

describe('frontmatter is filled honestly', () => {
	it('passes the editor’s checks the build runs (schema, slugs, folders, related pages, links and images)', () => {
		expect(checkProject(ROOT, resolve(ROOT, 'content/docs'), resolve(ROOT, 'public'))).toBe('');
	});

	it.each(articles.map((a) => [a.file, a] as const))('%s uses summary, not description, and no placeholder', (_file, a) => {
		expect(a.data['description'], 'use summary, not description').toBeUndefined();
		expect(`${JSON.stringify(a.data)}\n${a.body}`, 'replace the 待补充 placeholders `npm run new` wrote').not.toContain(PLACEHOLDER);
	});

	it('gives articles in a section enough reader keywords', () => {
		for (const a of articles.filter((x) => x.data['category'] !== 'home' && !SECTION_INDEXES.includes(x.slug as never))) {
			expect((a.data['keywords'] as string[]).length, a.file).toBeGreaterThanOrEqual(5);
		}
	});
});

describe('problem articles follow the skeleton', () => {
	it.each(problems.map((a) => [a.slug, a] as const))('%s', (_slug, a) => {
		expect(h2s(a.body)).toEqual([...PROBLEM_SKELETON]);
		const steps = section(a.body, '自查步骤');
		expect(steps).toMatch(/<Checklist>/);
		const items = steps.match(/^\d+\. \S/gm) ?? [];
		expect(items.length, 'at least four self-check steps').toBeGreaterThanOrEqual(4);
		const contact = section(a.body, PROBLEM_SKELETON[3]);
		expect(contact).toMatch(/<ContactHelp \/>/);
		const contactLinks = internalLinks(contact);
		expect(contactLinks.some((l) => l === 'contact' || l.startsWith('contact/')), 'links a channel').toBe(true);
		expect(contactLinks.some((l) => l.startsWith('guide/')), 'links a guide page').toBe(true);
		const prevention = internalLinks(section(a.body, '预防'));
		expect(prevention.some((l) => l.startsWith('prevention/')), 'links a prevention tip').toBe(true);
		expect(section(a.body, '相关问题')).toMatch(/<RelatedPages \/>/);
		expect(section(a.body, '症状').length, 'describes symptoms').toBeGreaterThan(40);
	});
});

describe('English edition', () => {
	it.each(EN_PAGES)('%s exists', (slug) => {
		expect(bySlug.has(slug), `content/docs/${slug}(.mdx|/index.mdx)`).toBe(true);
	});

	it.each(enProblems.map((a) => [a.slug, a] as const))('%s follows the English problem skeleton', (_slug, a) => {
		expect(h2s(a.body)).toEqual([...EN_PROBLEM_SKELETON]);
		const steps = section(a.body, 'Check these first');
		expect(steps).toMatch(/<Checklist>/);
		expect((steps.match(/^\d+\. \S/gm) ?? []).length, 'at least four steps').toBeGreaterThanOrEqual(4);
		expect(section(a.body, EN_PROBLEM_SKELETON[3])).toMatch(/<ContactHelp \/>/);
		expect(section(a.body, 'Related problems')).toMatch(/<RelatedPages \/>/);
	});

	const numbers = (parse(readFileSync(resolve(import.meta.dirname, '../../content/contacts/phones.yaml'), 'utf8')) as Array<{ number: string }>).map((p) => p.number);
	it.each(articles.filter(isEnglish).map((a) => [a.file, a] as const))('%s writes no phone number itself (uses <Phone id="…" />)', (_file, a) => {
		for (const number of numbers) {
			expect(a.body, number).not.toMatch(new RegExp(`(?<![\\d-])${number.replace(/-/g, '[- ]?')}(?![\\d-])`));
		}
	});

	it('relates English pages only to English pages', () => {
		for (const a of articles.filter(isEnglish)) {
			for (const slug of (a.data['related'] as string[] | undefined) ?? []) expect(localeOfSlug(slug), `${a.file} → ${slug}`).toBe('en');
		}
	});
});

describe('cross-links', () => {
	const linksOf = (a: (typeof articles)[number]) => new Set([...internalLinks(a.body), ...((a.data['related'] as string[] | undefined) ?? [])]);

	it('names every linked page by its title', () => {
		const titleOf = new Map(articles.map((a) => [a.slug === '' ? '' : a.slug, a.data['title']]));
		for (const a of articles) {
			for (const m of a.body.matchAll(/\[([^\]]+)\]\(\/([a-z0-9/-]*?)\/?(?:#[^)]*)?\)/g)) {
				const title = titleOf.get(m[2] ?? '');
				if (title !== undefined) expect(m[1], `${a.file}: link to /${m[2]}/`).toBe(title);
			}
		}
	});

	it('links every internal link to a page that exists', () => {
		for (const a of articles) {
			for (const link of internalLinks(a.body)) {
				expect(bySlug.has(link), `${a.file} → /${link}/`).toBe(true);
			}
		}
	});

	it('links back from every prevention tip a problem’s 预防 section names', () => {
		for (const problem of problems) {
			for (const tip of internalLinks(section(problem.body, '预防')).filter((l) => l.startsWith('prevention/'))) {
				expect(linksOf(bySlug.get(tip)!).has(problem.slug), `${tip} should link back to ${problem.slug} under 能预防的问题`).toBe(true);
			}
		}
	});

	it('links every prevention tip back to the problems it prevents', () => {
		for (const tip of articles.filter((a) => a.slug.startsWith('prevention/'))) {
			const backLinks = [...linksOf(tip)].filter((l) => l.startsWith('issues/'));
			expect(backLinks.length, tip.file).toBeGreaterThan(0);
			for (const problem of backLinks) {
				expect(linksOf(bySlug.get(problem)!).has(tip.slug), `${problem} should link ${tip.slug}`).toBe(true);
			}
		}
	});

	it('leaves no orphan: every page is in the sidebar (a section folder) or linked from another page', () => {
		const linked = new Set(articles.flatMap((a) => [...linksOf(a)]));
		for (const a of articles) {
			const inSidebar = Object.keys(isEnglish(a) ? EN_SECTION_OF : SECTION_OF).includes(baseSlug(a.slug).split('/')[0] ?? '');
			expect(inSidebar || linked.has(a.slug) || a.slug === '' || a.slug === 'en' || a.slug === '404', a.file).toBe(true);
		}
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
	it.each(articles.filter((a) => !isEnglish(a)).map((a) => [a.file] as const))('%s uses full-width punctuation in Chinese prose', (file) => {
		const problems = punctuationProblems(readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8'));
		expect(problems, 'run `npm run fix:punctuation`').toEqual([]);
	});

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
