import { describe, expect, it } from 'vitest';
import { FALLBACK_BELOW, appendNew, helpSearch, keywordMatch, loadResults, type PageData, type PagefindLike } from '../../../src/lib/search/query';
import type { NormalizedQuery } from '../../../src/lib/search/normalize';
import { correctionNote, pagefindFilter, resultStatus } from '../../../src/lib/search/ui';

const page = (url: string, meta: Record<string, string> = {}): PageData => ({ url, meta: { title: url, ...meta }, excerpt: '' });
const hits = (n: number, prefix = 'p') =>
	Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, score: 10 - i, data: async () => page(`/${prefix}${i}/`) }));
const normalized = (over: Partial<NormalizedQuery> = {}): NormalizedQuery => ({
	query: '绑定 银行卡',
	terms: ['绑定', '银行卡'],
	fallback: '银行卡',
	literal: '绑顶银行卡',
	changed: true,
	meaning: [],
	story: false,
	...over,
});

/** A Pagefind stand-in that answers each term with `answers[term]` hits and records the calls. */
function fakePagefind(answers: Record<string, number>) {
	const asked: Array<[string, unknown]> = [];
	const pagefind: PagefindLike = {
		search: async (term, options) => {
			asked.push([term, options]);
			return { results: hits(answers[term] ?? 0, term) };
		},
	};
	return { pagefind, asked };
}

describe('helpSearch', () => {
	it('runs one search when the whole query finds a screenful', async () => {
		const { pagefind, asked } = fakePagefind({ '绑定 银行卡': FALLBACK_BELOW });
		const outcome = await helpSearch(pagefind, normalized(), { filters: { category: '常见问题' } });
		expect(outcome).toMatchObject({ searches: 1, stale: false });
		expect(outcome.hits).toHaveLength(FALLBACK_BELOW);
		expect(asked).toEqual([['绑定 银行卡', { filters: { category: '常见问题' } }]]);
	});

	it('adds the fallback term’s new results when the whole query finds too little: never more than two searches', async () => {
		const { pagefind, asked } = fakePagefind({ '绑定 银行卡': 2, 银行卡: 5 });
		const outcome = await helpSearch(pagefind, normalized());
		expect(asked.map(([t]) => t)).toEqual(['绑定 银行卡', '银行卡']);
		expect(outcome.searches).toBe(2);
		expect(outcome.hits.map((h) => h.id)).toEqual(['绑定 银行卡0', '绑定 银行卡1', '银行卡0', '银行卡1', '银行卡2', '银行卡3', '银行卡4']);
	});

	it('stops after the first search when a newer keystroke made it stale', async () => {
		const { pagefind, asked } = fakePagefind({ '绑定 银行卡': 0, 银行卡: 5 });
		const outcome = await helpSearch(pagefind, normalized(), { isStale: () => true });
		expect(outcome.stale).toBe(true);
		expect(asked).toHaveLength(1);
	});

	it('searches exactly what was typed on request, without a fallback', async () => {
		const { pagefind, asked } = fakePagefind({});
		await helpSearch(pagefind, normalized(), { literal: true });
		expect(asked.map(([t]) => t)).toEqual(['绑顶银行卡']);
	});

	it('runs nothing for an empty query and survives a Pagefind answer of null', async () => {
		const { pagefind, asked } = fakePagefind({});
		expect((await helpSearch(pagefind, normalized({ query: '', fallback: '' }))).searches).toBe(0);
		expect(asked).toEqual([]);
		const empty: PagefindLike = { search: async () => null };
		expect((await helpSearch(empty, normalized())).hits).toEqual([]);
	});
});

describe('appendNew', () => {
	it('keeps the first list’s order and adds only what it lacks', () => {
		const [a, b, c] = hits(3);
		expect(appendNew([a!, b!], [b!, c!]).map((h) => h.id)).toEqual(['p0', 'p1', 'p2']);
	});
});

describe('keywordMatch and loadResults', () => {
	const payment = page('/issues/payment-failed/', { title: '支付失败或无法完成交易', keywords: '付不了 / 交易失败 / 付款失败' });
	const topUp = page('/issues/top-up-failed/', { title: '充值失败', keywords: '充不进去 / 充值不成功' });
	it('counts phrases a page lists whole, and a title that holds every term', () => {
		expect(keywordMatch(payment, ['交易失败', '系统'])).toBe(1);
		expect(keywordMatch(topUp, ['交易失败', '系统'])).toBe(0);
		expect(keywordMatch(topUp, ['充值', '失败'])).toBe(1);
		expect(keywordMatch(payment, ['失败'])).toBe(0);
	});
	it('moves the page that lists the phrase first, keeps Pagefind’s order otherwise, and skips a page that fails to load', async () => {
		const list = [
			{ id: 'a', score: 3, data: async () => topUp },
			{ id: 'x', score: 2.5, data: async () => Promise.reject(new Error('offline')) },
			{ id: 'b', score: 2, data: async () => payment },
		];
		expect((await loadResults(list, ['交易失败', '系统'], 8)).map((p) => p.url)).toEqual(['/issues/payment-failed/', '/issues/top-up-failed/']);
		expect((await loadResults(list, ['系统'], 1)).map((p) => p.url)).toEqual(['/issues/top-up-failed/']);
	});
});

describe('search dialog text', () => {
	it('maps filter chips to Pagefind filters', () => {
		expect(pagefindFilter('issue')).toEqual({ category: '常见问题' });
		expect(pagefindFilter('all')).toBeUndefined();
		expect(pagefindFilter('nonsense')).toBeUndefined();
	});
	it('says how many results were found, in Chinese', () => {
		expect(resultStatus(23, '退款')).toBe('找到 23 篇相关文章。');
		expect(resultStatus(0, ' 退款 ', '钱包速查')).toBe('在“钱包速查”中没有找到和“退款”相关的文章。');
		expect(resultStatus(0, '')).toBe('');
	});
	it('tells when the query was corrected, with the way back, and nothing when it was not', () => {
		expect(correctionNote('提现 失败', '提線失敗', false)).toEqual({ text: '按「提现失败」搜索。', action: '改按原文「提線失敗」搜索' });
		expect(correctionNote('提现 失败', '提線失敗', true)).toEqual({ text: '按你输入的「提線失敗」搜索。', action: '改按「提现失败」搜索' });
		expect(correctionNote('转账 到账', 'transfer not received', false)?.action).toBe('改按原文「transfer not received」搜索');
		expect(correctionNote('退款', '退款', false)).toBeUndefined();
		expect(correctionNote('', '？？', false)).toBeUndefined();
	});
});
