import { describe, expect, it } from 'vitest';
import { checkVocabulary, compileSayings } from '../../../src/lib/search/vocabulary';

const pages = new Set(['issues/refund', 'issues/payment-failed']);
const leads = new Map([['content/docs/issues/payment-failed.mdx', ['支付失败或无法完成交易', '付不了', '交易失败']]]);
const check = (yaml: string) => checkVocabulary(yaml, pages, leads);

describe('checkVocabulary', () => {
	it('accepts a good vocabulary', () => {
		const { vocabulary, problems } = check(
			'synonyms:\n  - say: [登不上, 登不进去]\n    means: 无法登录\npages:\n  - say: [钱要不回来]\n    page: issues/refund\nfillers: [怎么办, 了]\n',
		);
		expect(problems).toEqual([]);
		expect(vocabulary?.synonyms[0]?.say).toEqual(['登不上', '登不进去']);
	});

	it.each([
		[
			'a saying written twice',
			'synonyms:\n  - say: [登不上]\n    means: 无法登录\n  - say: [封号]\n    means: 冻结\nenglish:\n  - say: [login]\n    means: 登录\nfillers: [登不上]\n',
			'fillers[0]',
			4 + 5,
			/已经写在 synonyms\[0\]\.say\[0\]/,
		],
		[
			'an article keyword repeated',
			'synonyms:\n  - say: [付不了]\n    means: 支付失败\n',
			'synonyms[0].say[0]',
			2,
			/content\/docs\/issues\/payment-failed\.mdx 的 keywords/,
		],
		['an empty saying', 'synonyms:\n  - say: [登不上, " "]\n    means: 无法登录\n', 'synonyms[0].say[1]', 2, /说法不能是空的/],
		['a missing meaning', 'synonyms:\n  - say: [登不上]\n', 'synonyms[0].means', 2, /写上文章里用的词/],
		['a page that does not exist', 'pages:\n  - say: [钱没了]\n    page: issues/nowhere\n', 'pages[0].page', 3, /没有 “issues\/nowhere” 这个页面/],
		['Chinese in the English list', 'english:\n  - say: [退款]\n    means: 退款\n', 'english[0].say[0]', 2, /不是英文/],
		['an unknown field', 'synonyms:\n  - say: [登不上]\n    mean: 无法登录\n', 'synonyms[0]', 2, /不认识的字段：mean/],
	])('refuses %s, naming the entry and its line', (_name, yaml, field, line, message) => {
		const { vocabulary, problems } = check(yaml);
		expect(vocabulary).toBeUndefined();
		const problem = problems.find((p) => p.field === field);
		expect(problem, JSON.stringify(problems)).toBeDefined();
		expect(problem?.message).toMatch(message);
		expect(problem?.line).toBe(line);
		expect(problem?.file).toBe('content/search/vocabulary.yaml');
	});

	it('reports broken YAML with its line', () => {
		const { problems } = check('synonyms:\n  - say: [登不上\n');
		expect(problems[0]).toMatchObject({ field: 'YAML', file: 'content/search/vocabulary.yaml' });
	});
});

describe('compileSayings', () => {
	it('folds sayings, points page entries at their titles and keeps single-character fillers apart', () => {
		const { vocabulary } = check(
			'synonyms:\n  - say: [ＡＢＣ付不出]\n    means: 支付失败\npages:\n  - say: [钱要不回来]\n    page: issues/refund\nfillers: [怎么办, 了]\n',
		);
		const compiled = compileSayings(vocabulary!, new Map([['issues/refund', '申请退款与退款进度']]));
		expect(compiled).toEqual({ sayings: { abc付不出: '支付失败', 钱要不回来: '申请退款与退款进度', 怎么办: '' }, stops: '了', regional: {}, outside: {} });
	});

	it('accepts the words that name a problem the site answers', () => {
		const { vocabulary, problems } = check('situations: [被骗, 支付失败]\n');
		expect(problems).toEqual([]);
		expect(vocabulary?.situations).toEqual(['被骗', '支付失败']);
	});

	it('keeps the subjects the site has no page for apart: each saying → its subject', () => {
		const { vocabulary, problems } = check('outside:\n  - topic: 理财和投资收益\n    say: [收益, 基金]\n  - topic: 手机设置\n    say: [WiFi密码]\n');
		expect(problems).toEqual([]);
		expect(compileSayings(vocabulary!, new Map()).outside).toEqual({ 收益: '理财和投资收益', 基金: '理财和投资收益', wifi密码: '手机设置' });
	});

	it('stops on a subject saying that is also an article keyword or a synonym, or a subject without a name', () => {
		expect(check('outside:\n  - topic: 别的\n    say: [付不了]\n').problems.map((p) => p.field)).toEqual(['outside[0].say[0]']);
		expect(check('synonyms:\n  - say: [收益]\n    means: 余额\noutside:\n  - topic: 理财\n    say: [收益]\n').problems.map((p) => p.field)).toEqual([
			'outside[0].say[0]',
		]);
		const nameless = check('outside:\n  - say: [收益]\n');
		expect(nameless.vocabulary).toBeUndefined();
		expect(nameless.problems.map((p) => p.field)).toEqual(['outside[0].topic']);
	});

	it('keeps regional wording apart, an empty `means` removing it', () => {
		const { vocabulary, problems } = check("regional:\n  - say: [唔]\n    means: 不\n  - say: [咗, 㗎]\n    means: ''\n");
		expect(problems).toEqual([]);
		expect(compileSayings(vocabulary!, new Map()).regional).toEqual({ 唔: '不', 咗: '', 㗎: '' });
	});

	it('stops on a regional saying written twice', () => {
		const { problems } = check('regional:\n  - say: [唔]\n    means: 不\n  - say: [唔]\n    means: 没\n');
		expect(problems.map((p) => p.field)).toEqual(['regional[1].say[0]']);
	});
});
