import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { guideQuestionSchema } from '../../src/schemas/guide';
import { isSectionIndex } from '../../src/lib/content/pages';
import { TREE_FILE, TREE_FILE_EN, type GuideQuestion, type SitePage } from '../../src/lib/guide/tree';
import { baseSlug, localeOfSlug } from '../../src/lib/i18n/locale';
import { planGuide } from '../../src/lib/guide/validate';
import { loadArticles } from './articles';

const ROOT = resolve(import.meta.dirname, '../..');

/** Heading anchors as Starlight writes them for Chinese headings (punctuation dropped). */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, '-');

function readTree(file: string): GuideQuestion[] {
	const items = parse(readFileSync(resolve(ROOT, file), 'utf8')) as unknown[];
	return items.map((item, i) => {
		const parsed = guideQuestionSchema.safeParse(item);
		if (!parsed.success) throw new Error(`${file} entry ${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
		return parsed.data;
	});
}

const articles = loadArticles();
const ALL_PAGES: SitePage[] = articles.map((a) => ({
	id: a.slug || 'index',
	title: String(a.data['title']),
	problem: a.data['category'] === 'issue' && !isSectionIndex(baseSlug(a.slug)),
	anchors: new Set([...a.body.matchAll(/^#{2,4} (.+)$/gm)].map((m) => anchor(m[1] ?? ''))),
}));
/** Each guide leads to the pages of its own language. */
const PAGES = ALL_PAGES.filter((p) => localeOfSlug(p.id) === 'zh');
const EN_PAGES = ALL_PAGES.filter((p) => localeOfSlug(p.id) === 'en');

describe('the English guide (content/guide/tree.en.yaml)', () => {
	it('passes the schema and every build check, placing every English problem article itself', () => {
		const plan = planGuide(readTree(TREE_FILE_EN), EN_PAGES, 'en');
		expect(plan.issues).toEqual([]);
		expect(plan.unplaced).toEqual([]);
	});

	it('leads only to English pages', () => {
		for (const q of readTree(TREE_FILE_EN)) for (const a of q.answers) if (a.page) expect(localeOfSlug(a.page), a.label).toBe('en');
	});
});

describe('the real 问题向导 tree', () => {
	it('passes the schema and every build check, placing every problem article itself', () => {
		const plan = planGuide(readTree(TREE_FILE), PAGES);
		expect(plan.issues).toEqual([]);
		expect(plan.unplaced).toEqual([]);
	});

	it('offers the urgent branch first, with things to do right away', () => {
		const [first] = readTree(TREE_FILE);
		expect(first?.id).toBe('start');
		expect(first?.answers[0]).toMatchObject({ label: '可能被骗了 / 账户被盗了', next: 'urgent' });
		expect(readTree(TREE_FILE).find((q) => q.id === 'urgent')?.steps?.length).toBeGreaterThanOrEqual(2);
	});
});
