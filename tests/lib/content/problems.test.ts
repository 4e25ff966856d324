import { describe, expect, it } from 'vitest';
import { isProblemId, problemFromPageId } from '../../../src/lib/content/problems';
import { sortForListing } from '../../../src/lib/content/pages';

describe('problemFromPageId', () => {
	it.each([
		['issues/refund', 'refund'],
		['issues/refund/', 'refund'],
		['issues/payment-failed', 'payment-failed'],
		['issues', undefined],
		['contact/phone', undefined],
		['issues/unknown-thing', undefined],
		['issues/refund/extra', undefined],
	])('%s → %s', (id, expected) => {
		expect(problemFromPageId(id)).toBe(expected);
	});
	it('rejects prototype keys', () => {
		expect(isProblemId('toString')).toBe(false);
		expect(isProblemId('__proto__')).toBe(false);
	});
});

describe('sortForListing', () => {
	it('orders by sidebar order, then by title, unordered last', () => {
		const page = (id: string, title: string, order?: number) => ({ id, data: { title, sidebar: order === undefined ? {} : { order } } });
		const sorted = sortForListing([page('c', '乙'), page('a', '甲', 2), page('b', '丙', 1), page('d', '甲')]);
		expect(sorted.map((p) => p.id)).toEqual(['b', 'a', 'd', 'c']);
	});
});
