import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TREE_FILE, type GuideQuestion } from '../../src/lib/guide/tree';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The real 问题向导 tree. That it passes the schema and every structural check against the real
 * articles is the content check's job (src/lib/guide/check.ts, run by tests/content/content.test.ts
 * and by every build); here: what this site's tree must say.
 */
const questions = parse(readFileSync(resolve(ROOT, TREE_FILE), 'utf8')) as GuideQuestion[];

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
