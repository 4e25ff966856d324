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

/**
 * The real 问题向导 tree. That it passes the schema and every structural check against the real
 * articles is the content check's job (src/lib/guide/check.ts, run by tests/content/content.test.ts
 * and by every build); here: what this site's tree must say.
 */
const questions = parse(readFileSync(resolve(ROOT, TREE_FILE), 'utf8')) as GuideQuestion[];

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
/** The English guide leads to English pages. */
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
	it('sends every answer that says the money already went to someone to scam-recovery', () => {
		const answers = questions.flatMap((q) => q.answers);
		const paid = answers.filter((a) => /(钱|款)已经(转|付)|已经把钱(转|付)|转给了?对方/.test(a.label));
		expect(paid.length).toBeGreaterThan(0);
		for (const answer of paid) expect(answer.page, answer.label).toBe('issues/scam-recovery');
	});

	it('gives police advice only on answers it fits: never to every answer of a question, never for a mistyped transfer or a charge', () => {
		const police = /报警|警方|110/;
		for (const question of questions) {
			for (const step of question.steps ?? []) expect(step, `${question.id} steps`).not.toMatch(police);
			for (const answer of question.answers.filter((a) => /wrong-transfer|unknown-charges|refund|payment-failed/.test(a.page ?? ''))) {
				expect(answer.hint ?? '', answer.label).not.toMatch(police);
			}
		}
	});

	it('offers the urgent branch first, with things to do right away', () => {
		const [first] = questions;
		expect(first?.id).toBe('start');
		expect(first?.answers[0]).toMatchObject({ label: '可能被骗了 / 账户被盗了', next: 'urgent' });
		expect(questions.find((q) => q.id === 'urgent')?.steps?.length).toBeGreaterThanOrEqual(2);
	});
});
