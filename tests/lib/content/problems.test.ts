import { describe, expect, it } from 'vitest';
import { parseAttachments, parseTraits, problemIdOf, toProblems } from '../../../src/lib/content/problems';
import { sortForListing } from '../../../src/lib/content/pages';

describe('problemIdOf', () => {
	it.each([
		['issues/refund', 'refund'],
		['issues/refund/', 'refund'],
		['issues/payment-failed', 'payment-failed'],
		['issues/a-new-problem', 'a-new-problem'],
		['issues', undefined],
		['contact/phone', undefined],
		['issues/refund/extra', undefined],
		['issues/__proto__', undefined],
	])('%s → %s', (id, expected) => {
		expect(problemIdOf(id)).toBe(expected);
	});
});

describe('toProblems', () => {
	it('takes every issues/* page, with its traits and attachments, defaulting to none', () => {
		const problems = toProblems([
			{ id: 'issues', data: { title: '常见问题' } },
			{ id: 'issues/refund', data: { title: '申请退款与退款进度', support: { traits: ['transaction'], attachments: ['退款申请号'] } } },
			{ id: 'issues/new-one', data: { title: '新问题' } },
			{ id: 'contact/phone', data: { title: '电话客服热线' } },
		]);
		expect(problems).toEqual([
			{ id: 'refund', title: '申请退款与退款进度', traits: ['transaction'], attachments: ['退款申请号'] },
			{ id: 'new-one', title: '新问题', traits: [], attachments: [] },
		]);
	});
});

describe('data attributes', () => {
	it('parse traits and attachments back, ignoring junk', () => {
		expect(parseTraits('transaction  emergency bogus')).toEqual(['transaction', 'emergency']);
		expect(parseTraits(undefined)).toEqual([]);
		expect(parseAttachments('["a","b"]')).toEqual(['a', 'b']);
		expect(parseAttachments('[1,"b"]')).toEqual(['b']);
		expect(parseAttachments('{"a":1}')).toEqual([]);
		expect(parseAttachments('<script>')).toEqual([]);
	});
});

describe('sortForListing', () => {
	it('orders by sidebar order, then by title, unordered last', () => {
		const page = (id: string, title: string, order?: number) => ({ id, data: { title, sidebar: order === undefined ? {} : { order } } });
		const sorted = sortForListing([page('c', '乙'), page('a', '甲', 2), page('b', '丙', 1), page('d', '甲')]);
		expect(sorted.map((p) => p.id)).toEqual(['b', 'a', 'd', 'c']);
	});
});
