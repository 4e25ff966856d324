import { describe, expect, it } from 'vitest';
import { guideQuestionSchema } from '../../src/schemas/guide';

const valid = {
	id: 'money',
	question: '钱的问题是哪一种？',
	answers: [
		{ label: '付款没成功', page: 'issues/payment-failed' },
		{ label: '想先看自查步骤', hint: '不用联系任何人', page: 'issues/refund#自查步骤' },
		{ label: '转账的问题', next: 'transfer' },
	],
};

/** The fields that failed, as `path: message`. */
function problems(data: unknown): string[] {
	const result = guideQuestionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the 问题向导 question schema', () => {
	it('accepts a complete question', () => {
		expect(problems(valid)).toEqual([]);
		expect(problems({ ...valid, hint: '选最接近的一项就可以。', steps: ['先停止付款。'] })).toEqual([]);
	});

	it.each([
		['an id that cannot be part of an address', { id: 'Money Problems' }, /^id: 问题 id 只能用小写英文/],
		['a missing question', { question: undefined }, /^question: /],
		['a question over two lines', { question: '第一行？\n第二行？' }, /^question: 问题必须是一行/],
		['a hint that is too short', { hint: '选' }, /^hint: 提示太短/],
		['no answers', { answers: [] }, /^answers: 至少写两个答案/],
		['an answer with both next and page', { answers: [{ label: '两个都写', next: 'a', page: 'issues/refund' }] }, /^answers\.0: 每个答案写 next/],
		['an answer with neither', { answers: [{ label: '哪个都没写' }] }, /^answers\.0: 每个答案写 next/],
		['a page with slashes around it', { answers: [{ label: '斜杠', page: '/issues/refund/' }] }, /^answers\.0\.page: 必须是页面 slug/],
		['a page with two anchors', { answers: [{ label: '两个锚点', page: 'issues/refund#a#b' }] }, /^answers\.0\.page: 必须是页面 slug/],
		['a misspelt field', { answers: [{ label: '拼错', pgae: 'issues/refund' }] }, /^answers\.0: /],
		['six steps', { steps: ['一一一一', '二二二二', '三三三三', '四四四四', '五五五五', '六六六六'] }, /^steps: 先做的事最多写 5 条/],
	])('rejects %s, naming the field', (_name, change, message) => {
		const found = problems({ ...valid, ...change });
		expect(
			found.some((p) => message.test(p)),
			found.join('\n'),
		).toBe(true);
	});
});
