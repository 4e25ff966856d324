import { describe, expect, it } from 'vitest';
import { articleFields, slugSchema, SUMMARY_MAX_EN } from '../../src/schemas/article';

const schema = articleFields(slugSchema);
const valid = {
	category: 'issue',
	summary: '这是一句完整的测试摘要，读者可以照着做。',
	keywords: ['退款', '退钱'],
	related: ['issues/refund'],
	reviewed: '2026-11-01',
};

/** The fields that failed, as `path: message`, for readable assertions. */
function problems(data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the article frontmatter schema', () => {
	it('accepts a complete article and fills the defaults', () => {
		expect(problems(valid)).toEqual([]);
		const parsed = schema.parse({ ...valid, related: undefined });
		expect(parsed.related).toEqual([]);
		expect(parsed.reviewed).toBeInstanceOf(Date);
	});

	it.each([
		['an unknown category', { category: 'problem' }, /^category: /],
		['a missing summary', { summary: undefined }, /^summary: /],
		['a summary of fewer than 8 characters', { summary: '太短了' }, /^summary: 摘要太短/],
		['a summary over the limit', { summary: '长'.repeat(SUMMARY_MAX_EN + 1) }, /^summary: 摘要太长/],
		['a summary of two lines', { summary: '第一行写得足够长一些。\n第二行也写得足够长。' }, /^summary: 摘要必须是一行/],
		['no keywords', { keywords: [] }, /^keywords: 至少写一个/],
		['an empty keyword', { keywords: ['退款', ' '] }, /^keywords\.1: 关键词不能为空/],
		['a repeated keyword', { keywords: ['退款', '退钱', '退款'] }, /^keywords: 关键词重复/],
		['a related slug with slashes around it', { related: ['/issues/refund/'] }, /^related\.0: 必须是页面 slug/],
		['a review date that is not a date', { reviewed: 'soon' }, /^reviewed: 必须是日期/],
		['a review date in the future', { reviewed: '2999-01-01' }, /^reviewed: 审核日期不能晚于今天/],
	])('rejects %s, naming the field', (_name, change, message) => {
		const found = problems({ ...valid, ...change });
		expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
		expect(
			found.some((p) => message.test(p)),
			found.join('\n'),
		).toBe(true);
	});
});

describe('slugSchema', () => {
	it.each(['issues/refund', 'contact', 'issues/top-up-failed', 'a1/b2-c3'])('accepts %s', (slug) => {
		expect(slugSchema.safeParse(slug).success).toBe(true);
	});
	it.each(['/issues/refund', 'issues/refund/', 'Issues/Refund', 'issues//refund', 'issues/退款', 'issues/-x', ''])('rejects %s', (slug) => {
		expect(slugSchema.safeParse(slug).success).toBe(false);
	});
});
