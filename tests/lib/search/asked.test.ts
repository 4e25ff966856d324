import { describe, expect, it } from 'vitest';
import { askedIndex, isAskedModel, matchAsked, trainAsked, type AskedExample } from '../../../src/lib/search/asked';
import { learnQuestions } from '../../../src/lib/search/questions';

const ex = (features: string, ...pages: string[]): AskedExample => ({ features: features.split(' '), pages });

const examples = [
	ex('转圈 没成 付钱', '/pay/'),
	ex('转圈 付钱 扫码', '/pay/'),
	ex('付钱 没成 扫码', '/pay/'),
	ex('退款 没到 几天', '/refund/'),
	ex('退款 几天 商家', '/refund/'),
	ex('退款 没到 商家', '/refund/'),
	ex('股票 收益 几天'),
	ex('股票 收益 基金'),
	ex('基金 收益 股票'),
	ex('扫码 退款 没到', '/pay/', '/refund/'),
];

describe('the model learnt from readers’ labelled questions', () => {
	const model = trainAsked(examples, 2);

	it('keeps each page as a class, one more for “no page”, and only features seen in two questions or more', () => {
		expect(model.pages).toEqual(['/pay/', '/refund/']);
		expect(model.totals).toHaveLength(3);
		// 商家 (twice) stays; 基金 (twice) stays; 转圈 twice; a feature seen once would go.
		expect(Object.keys(model.grams)).toContain('商家');
		expect(trainAsked([ex('独一 无二', '/pay/'), ex('独一', '/pay/')], 2).grams).toEqual({ 独一: '0:2' });
		// A question with two pages counts for both.
		expect(model.grams['扫码']).toBe('0:3 1:1');
	});

	it('puts the page whose questions share the query’s features first, with odds that sum to 1', () => {
		const index = askedIndex(model);
		const pay = matchAsked(['转圈', '没成'], index);
		expect(pay[0]?.url).toBe('/pay/');
		expect(pay.reduce((sum, m) => sum + m.chance, 0)).toBeCloseTo(1, 10);
		expect(matchAsked(['退款', '商家'], index)[0]?.url).toBe('/refund/');
	});

	it('learns what the site has no page for: a question about stocks is “no page” (url null)', () => {
		const none = matchAsked(['股票', '收益'], askedIndex(model))[0];
		expect(none?.url).toBeNull();
		expect(none?.chance).toBeGreaterThan(0.9);
	});

	it('gives nothing for a query with none of the model’s features, and describes a page the search data has', () => {
		const index = askedIndex(model, [{ url: '/refund/', title: '申请退款', category: '常见问题' }]);
		expect(matchAsked(['天气'], index)).toEqual([]);
		const refund = matchAsked(['退款', '没到'], index)[0];
		expect(refund?.page?.title).toBe('申请退款');
		expect(matchAsked(['转圈'], index)[0]?.page).toBeUndefined();
	});

	it('accepts only data of its shape (an older build’s or a corrupt cache’s is ignored)', () => {
		expect(isAskedModel(model)).toBe(true);
		expect(isAskedModel(JSON.parse(JSON.stringify(model)))).toBe(true);
		expect(isAskedModel({ pages: ['/a/'], totals: [1], vocabulary: 1, grams: {} })).toBe(false);
		expect(isAskedModel(null)).toBe(false);
		expect(isAskedModel('model')).toBe(false);
	});

	it('learns the questions as the normaliser reads them, their pages as URLs under the base', () => {
		const seen: string[] = [];
		const normalizer = {
			normalize(raw: string) {
				seen.push(raw);
				return { features: raw.split(' ') };
			},
		};
		const learnt = learnQuestions(
			[
				{ q: '转圈 付钱', expect: ['issues/payment-failed'] },
				{ q: '转圈 付钱', expect: ['issues/payment-failed'] },
			],
			normalizer,
			'/help/',
			2,
		);
		expect(seen).toEqual(['转圈 付钱', '转圈 付钱']);
		expect(learnt?.pages).toEqual(['/help/issues/payment-failed/']);
		expect(learnt?.grams['转圈']).toBe('0:2');
		expect(learnQuestions([], normalizer, '/')).toBeUndefined();
	});
});
