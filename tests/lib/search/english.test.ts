import { describe, expect, it } from 'vitest';
import { isLatinQuery, normalizeEnglish } from '../../../src/lib/search/english';

describe('the English search path', () => {
	it.each([
		['My card was declined!', 'card declined', 'declined'],
		['How do I get a refund to my foreign card?', 'refund foreign card', 'foreign'],
		['  WeChat   Pay  ', 'wechat pay', 'wechat'],
		['how do i', 'how do i', 'how'],
		['', '', ''],
	])('%j → %j (fallback %j)', (raw, query, fallback) => {
		const q = normalizeEnglish(raw);
		expect(q.query).toBe(query);
		expect(q.fallback).toBe(query.includes(' ') ? fallback : '');
	});

	it('tells Latin-only queries from Chinese ones', () => {
		expect(isLatinQuery('card declined')).toBe(true);
		expect(isLatinQuery('支付宝 card')).toBe(false);
		expect(isLatinQuery('110')).toBe(false);
	});
});
