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
	it('offers the urgent branch first, with things to do right away', () => {
		const [first] = questions;
		expect(first?.id).toBe('start');
		expect(first?.answers[0]).toMatchObject({ label: '可能被骗了 / 账户被盗了', next: 'urgent' });
		expect(questions.find((q) => q.id === 'urgent')?.steps?.length).toBeGreaterThanOrEqual(2);
	});
});
