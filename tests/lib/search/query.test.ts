import { describe, expect, it } from 'vitest';
import { FALLBACK_BELOW, WORD_WEIGHT, helpSearch, mergeResults, mergeSingleCharacters, normalizeQuery, queryVariants, type PagefindLike, type PageData } from '../../../src/lib/search/query';
import { pagefindFilter, resultStatus } from '../../../src/lib/search/ui';

const data = (url: string) => async (): Promise<PageData> => ({ url, meta: {}, excerpt: '' });

describe('normalizeQuery', () => {
	it.each([
		['付款失败怎么办？？', '付款失败'],
		['我的账户为什么一直被锁定了', '账户被锁定'],
		['  PayPal  联系方式！', 'paypal 联系方式'],
		['了解退款政策', '了解退款政策'],
		['请问在线客服在哪里', '在线客服'],
		['怎么办', ''],
	])('%s → %s', (input, expected) => {
		expect(normalizeQuery(input)).toBe(expected);
	});
});

describe('queryVariants', () => {
	it('starts with the cleaned query at full weight and adds mapped and word-level variants', () => {
		const v = queryVariants('付不了钱怎么办');
		expect(v[0]).toEqual({ query: '付不了钱', weight: 1 });
		expect(v.map((x) => x.query)).toContain('支付失败');
		expect(v.every((x) => x.weight > 0 && x.weight <= 1)).toBe(true);
		expect(new Set(v.map((x) => x.query)).size).toBe(v.length);
	});
	it('maps colloquial reader words to the words articles use', () => {
		expect(queryVariants('账号被封').map((x) => x.query)).toContain('冻结');
		expect(queryVariants('钱没到账').map((x) => x.query)).toContain('到账');
		expect(queryVariants('提不出来').map((x) => x.query)).toContain('提现');
	});
	it('returns nothing for an empty or filler-only query', () => {
		expect(queryVariants('')).toEqual([]);
		expect(queryVariants('怎么办？')).toEqual([]);
	});
});

describe('mergeResults', () => {
	it('ranks a page found strongly by one variant above pages found weakly by many', () => {
		const merged = mergeResults([
			{ weight: 1, results: [{ id: 'a', score: 10, data: data('/a/') }, { id: 'b', score: 2, data: data('/b/') }] },
			{ weight: 0.35, results: [{ id: 'b', score: 3, data: data('/b/') }, { id: 'c', score: 3, data: data('/c/') }] },
		]);
		expect(merged.map((h) => h.id)).toEqual(['a', 'b', 'c']);
	});
	it('rewards agreement between variants', () => {
		const merged = mergeResults([
			{ weight: 1, results: [{ id: 'x', score: 5, data: data('/x/') }, { id: 'y', score: 5, data: data('/y/') }] },
			{ weight: 0.6, results: [{ id: 'y', score: 5, data: data('/y/') }] },
		]);
		expect(merged[0]?.id).toBe('y');
	});
});

describe('helpSearch', () => {
	it('runs every variant with the filters and merges the answers', async () => {
		const calls: Array<[string, unknown]> = [];
		const fake: PagefindLike = {
			search: async (term, options) => {
				calls.push([term, options]);
				return term === '支付失败' ? { results: [{ id: 'pay', score: 8, data: data('/issues/payment-failed/') }] } : { results: [] };
			},
		};
		const hits = await helpSearch(fake, '付不了钱', { filters: { category: '常见问题' } });
		expect(hits.map((h) => h.id)).toEqual(['pay']);
		expect(calls.length).toBeGreaterThan(1);
		expect(calls.every(([, o]) => JSON.stringify(o) === JSON.stringify({ filters: { category: '常见问题' } }))).toBe(true);
	});
	it('survives a Pagefind answer of null', async () => {
		const fake: PagefindLike = { search: async () => null };
		expect(await helpSearch(fake, '退款')).toEqual([]);
	});
});

describe('search dialog text', () => {
	it('maps filter chips to Pagefind filters', () => {
		expect(pagefindFilter('issue')).toEqual({ category: '常见问题' });
		expect(pagefindFilter('all')).toBeUndefined();
		expect(pagefindFilter('nonsense')).toBeUndefined();
	});
	it('says how many results were found, in Chinese', () => {
		expect(resultStatus(3, '退款')).toBe('找到 3 篇相关文章。');
		expect(resultStatus(0, ' 退款 ', '钱包速查')).toBe('在“钱包速查”中没有找到和“退款”相关的文章。');
		expect(resultStatus(0, '')).toBe('');
	});
});

describe('mergeSingleCharacters', () => {
	it('joins runs of single Chinese characters the segmenter split apart', () => {
		expect(mergeSingleCharacters(['微', '信', '支付', '人工'])).toEqual(['微信', '支付', '人工']);
		expect(mergeSingleCharacters(['客', '服', '电话'])).toEqual(['客服', '电话']);
		expect(mergeSingleCharacters(['a', 'b'])).toEqual(['a', 'b']);
	});
});

describe('helpSearch word-by-word fallback', () => {
	const many = (n: number) => ({ results: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, score: 10 - i / 10, data: data(`/p${i}/`) })) });
	const query = '银行卡绑定失败怎么办';
	const wordLevel = queryVariants(query).filter((v) => v.weight <= WORD_WEIGHT).map((v) => v.query);

	it('has word-level variants for a multi-word query', () => {
		expect(wordLevel.length).toBeGreaterThan(1);
	});
	it('skips the costly word-by-word searches when the whole query already found enough pages', async () => {
		const asked: string[] = [];
		const fake: PagefindLike = { search: async (term) => (asked.push(term), many(FALLBACK_BELOW)) };
		await helpSearch(fake, query);
		expect(asked.filter((q) => wordLevel.includes(q))).toEqual([]);
	});
	it('falls back to single words when the whole query finds too little', async () => {
		const asked: string[] = [];
		const fake: PagefindLike = { search: async (term) => (asked.push(term), wordLevel.includes(term) ? many(3) : many(1)) };
		const hits = await helpSearch(fake, query);
		expect(wordLevel.every((w) => asked.includes(w))).toBe(true);
		expect(hits.length).toBe(3);
	});
});
