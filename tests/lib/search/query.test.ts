import { describe, expect, it } from 'vitest';
import {
	FALLBACK_BELOW,
	FIELD_WEIGHT,
	MIN_COVERAGE,
	MIN_PROFILE,
	STRONG_PROFILE,
	HUB_RANK,
	TROUBLE_RANK,
	OTHER_WALLET_RANK,
	PROFILE_SHARE,
	WEAK_SHOWN,
	answers,
	appendNew,
	evidence,
	ASKED_CHANCE,
	ASKED_NONE,
	findAnswer,
	helpSearch,
	keywordMatch,
	loadResults,
	meaningToCover,
	onSite,
	otherWallet,
	poolWalletOdds,
	pageText,
	walletKey,
	searchAnswer,
	type PageData,
	type PagefindLike,
} from '../../../src/lib/search/query';
import type { WeightedTerm } from '../../../src/lib/search/normalize';
import { WALLET_WEIGHT } from '../../../src/lib/search/format';
import type { NormalizedQuery } from '../../../src/lib/search/normalize';
import { correctionNote, outsideNote, pagefindFilter, resultStatus, walletNote } from '../../../src/lib/search/ui';

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
	cued: [],
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

const term = (t: string, weight: number, site = true): WeightedTerm => ({ term: t, weight, site });
const article = (url: string, title: string, content = '', meta: Record<string, string> = {}): PageData => ({
	url,
	meta: { title, ...meta },
	excerpt: '',
	content,
});
const hitsOf = (pages: PageData[], prefix = 'h') => pages.map((p, i) => ({ id: `${prefix}${p.url}`, score: 10 - i, data: async () => p }));

describe('evidence and answers', () => {
	const meaning = [term('验证码', 0.5), term('收不到', 1), term('股票', 2.5, false)];

	it.each([
		['title or keywords', article('/a/', '收不到验证码'), FIELD_WEIGHT.title],
		['summary', article('/a/', '其他', '', { summary: '收不到验证码怎么办' }), FIELD_WEIGHT.summary],
		['a heading', { ...article('/a/', '其他'), anchors: [{ element: 'h2', text: '收不到验证码' }] }, FIELD_WEIGHT.heading],
		['the text only', article('/a/', '其他', '短信里收不到验证码'), FIELD_WEIGHT.body],
	])('counts a term in %s by where it stands', (_, page, where) => {
		const e = evidence(page, meaning);
		expect(e.found).toEqual([where, where, 0]);
		expect(e.score).toBeCloseTo(1.5 * where);
		expect(e.coverage).toBeCloseTo((1.5 * where) / 4);
	});

	it('a question is answered when a page covers enough of its weighted meaning; a word the site never uses counts against it', () => {
		const page = article('/code/', '收不到验证码');
		expect(answers(evidence(page, meaning.slice(0, 2)))).toBe(true);
		// 股票 (on no page) outweighs the common words the page shares with the question.
		expect(answers(evidence(page, [term('验证码', 0.2), term('股票', 2.5, false), term('基金', 2.5, false)]))).toBe(false);
		expect(MIN_COVERAGE).toBeGreaterThan(0);
	});

	it('a story is answered when a page names one of its telling terms in its title, keywords, summary or a heading', () => {
		expect(answers(evidence(article('/a/', '收不到验证码'), [term('收不到', 1)]), true)).toBe(true);
		expect(answers(evidence(article('/a/', '其他', '收不到'), [term('收不到', 1)]), true)).toBe(false);
	});

	it('a word the normaliser does not list but a found page uses is the site’s after all', () => {
		const out = onSite([term('缓存', 2.5, false), term('股票', 2.5, false)], [pageText(article('/a/', '清除', '清除缓存再试'))]);
		expect(out).toEqual([term('缓存', 2.5, true), term('股票', 2.5, false)]);
	});

	it('a story must cover its telling terms; a question all of its meaning', () => {
		const m = [term('验证码', 0.5), term('公交车', 2.5, false)];
		expect(meaningToCover({ terms: ['验证码'], meaning: m, story: true }, m)).toEqual([m[0]]);
		expect(meaningToCover({ terms: ['验证码'], meaning: m, story: false }, m)).toEqual(m);
	});
});

describe('findAnswer', () => {
	const q = { terms: ['收不到', '验证码'], meaning: [term('收不到', 1), term('验证码', 0.5)], story: false };

	it('ranks the page that covers the meaning in its title first, whatever Pagefind’s order', async () => {
		const pages = [article('/other/', '其他', '验证码'), article('/code/', '收不到验证码')];
		const answer = await findAnswer(hitsOf(pages), q, 8);
		expect(answer.answered).toBe(true);
		expect(answer.pages.map((p) => p.url)).toEqual(['/code/']);
		// The page that only mentions it in its text does not cover the query: a weak match, apart.
		expect(answer.weak.map((p) => p.url)).toEqual(['/other/']);
	});

	it('ranks a section’s index page below the page of its section that covers the query as well (HUB_RANK)', async () => {
		// Both name the problem in their title, and Pagefind put the index first.
		const pages = [article('/issues/', '常见问题：收不到验证码、付款失败'), article('/issues/code/', '收不到验证码')];
		const answer = await findAnswer(hitsOf(pages), q, 8);
		expect(answer.pages.map((p) => p.url)).toEqual(['/issues/code/', '/issues/']);
		// Without the section's page, the index is no index: it keeps its place.
		const alone = await findAnswer(hitsOf([article('/issues/', '常见问题：收不到验证码'), article('/other/', '其他', '验证码')]), q, 8);
		expect(alone.ranked[0]?.url).toBe('/issues/');
		expect(HUB_RANK).toBeLessThan(1);
	});

	it('ranks a how-to page below a problem’s page that covers the query as well, when the query says something went wrong (TROUBLE_RANK)', async () => {
		const pages = [article('/setup/', '收不到验证码怎么设置'), article('/code/', '收不到验证码')];
		expect((await findAnswer(hitsOf(pages), q, 8)).ranked[0]?.url).toBe('/setup/');
		const troubled = await findAnswer(hitsOf(pages), { ...q, howTo: ['/setup/'] }, 8);
		expect(troubled.ranked.map((p) => p.url)).toEqual(['/code/', '/setup/']);
		expect(TROUBLE_RANK).toBeLessThan(1);
	});

	it('keeps Pagefind’s pages when the query has nothing to weigh (a lone character)', async () => {
		const answer = await findAnswer(hitsOf([article('/card/', '银行卡')]), { terms: ['卡'], meaning: [], story: false }, 8);
		expect(answer.pages.map((p) => p.url)).toEqual(['/card/']);
	});

	it('shows nothing when no page answers: no list of weak matches', async () => {
		const answer = await findAnswer(
			hitsOf([article('/other/', '其他', '验证码')]),
			{ terms: ['股票'], meaning: [term('股票', 2.5, false), term('验证码', 0.2)], story: false },
			8,
		);
		expect(answer).toMatchObject({ answered: false, pages: [] });
		expect(answer.ranked).toHaveLength(1);
	});
});

describe('searchAnswer', () => {
	const code = article('/code/', '收不到验证码');
	const others = Array.from({ length: 8 }, (_, i) => article(`/o${i}/`, `其他${i}`, '短信 验证码'));
	const q = {
		query: '短信 验证码',
		terms: ['短信', '验证码'],
		fallback: '收不到',
		meaning: [term('短信', 1), term('验证码', 0.5), term('收不到', 1)],
		story: false,
	};

	it('searches the most telling term too when the whole query finds too little, and judges its pages with the others: two searches at most', async () => {
		const asked: string[] = [];
		const pagefind: PagefindLike = { search: async (t) => (asked.push(t), { results: t === '收不到' ? hitsOf([code], 'f') : hitsOf(others.slice(0, 3)) }) };
		const { answer, searches } = await searchAnswer(pagefind, q, 8);
		expect(asked).toEqual(['短信 验证码', '收不到']);
		expect(searches).toBe(2);
		expect(answer.pages[0]?.url).toBe('/code/');
	});

	it('runs one search when the whole query finds a screenful', async () => {
		const asked: string[] = [];
		const pagefind: PagefindLike = { search: async (t) => (asked.push(t), { results: hitsOf([code, ...others]) }) };
		expect((await searchAnswer(pagefind, q, 8)).searches).toBe(1);
		expect(asked).toEqual(['短信 验证码']);
	});

	it('stops after the first search when a newer keystroke made it stale, and runs nothing for an empty query', async () => {
		const pagefind: PagefindLike = { search: async () => ({ results: hitsOf(others) }) };
		expect(await searchAnswer(pagefind, q, 8, { isStale: () => true })).toMatchObject({ searches: 1, stale: true });
		expect(await searchAnswer(pagefind, { ...q, query: '' }, 8)).toMatchObject({ searches: 0, found: 0 });
	});
});

describe('reader cues in the answer', () => {
	const cuePage = { url: '/issues/security/', title: '怀疑账户被盗', category: '常见问题' };
	const cued = [{ page: cuePage, score: 1.6, cues: ['偷偷登'] }];
	const chatter = { terms: ['今天', '发现'], meaning: [term('今天', 4, false), term('发现', 1)], story: true };

	it('puts the page a cue leads to first, with what the dialog shows, though Pagefind did not find it', async () => {
		const answer = await findAnswer(hitsOf([article('/other/', '今天发现')]), { ...chatter, story: false, cued }, 8);
		expect(answer.answered).toBe(true);
		expect(answer.pages.map((p) => p.url)).toEqual(['/issues/security/', '/other/']);
		expect(answer.pages[0]?.meta).toEqual({ title: '怀疑账户被盗', category: '常见问题' });
	});

	it('does not let a whole cue answer a question about something else (多久到账 in 个税退税多久到账)', async () => {
		const question = { terms: ['退税', '到账'], meaning: [term('退税', 4, false), term('到账', 1.6)], story: false };
		const weakProfile = [{ page: cuePage, score: 0.45 }];
		const answer = await findAnswer([], { ...question, cued, profiled: weakProfile }, 8);
		expect(answer).toMatchObject({ answered: false, pages: [] });
		expect(answer.weak.map((p) => p.url)).toEqual(['/issues/security/']);
	});

	it('keeps a cue’s page out when the reader filtered another category', async () => {
		const answer = await findAnswer([], { ...chatter, cued }, 8, { category: '求助指南' });
		expect(answer.pages).toEqual([]);
	});

	it('runs no second search when a cue has already found the situation, and answers a query of chatter and a cue', async () => {
		const asked: string[] = [];
		const pagefind: PagefindLike = { search: async (t) => (asked.push(t), { results: [] }) };
		const outcome = await searchAnswer(pagefind, { query: '今天 发现', fallback: '发现', ...chatter, cued }, 8);
		expect(asked).toEqual(['今天 发现']);
		expect(outcome.answer.pages[0]?.url).toBe('/issues/security/');
		const onlyCue = await searchAnswer(pagefind, { query: '', fallback: '', ...chatter, cued }, 8);
		expect(onlyCue).toMatchObject({ searches: 0 });
		expect(onlyCue.answer.pages[0]?.url).toBe('/issues/security/');
	});
});

describe('page profiles in the answer', () => {
	const security = { url: '/issues/security/', title: '怀疑账户被盗', category: '常见问题', summary: '先改密码' };
	const transfer = { url: '/issues/wrong-transfer/', title: '转错账怎么办', category: '常见问题' };
	const story = { terms: ['今天', '发现'], meaning: [term('今天', 4, false), term('发现', 1)], story: true };

	it('in a story, ranks the page whose profile shares most with it first, over one a whole cue names', async () => {
		const answer = await findAnswer(
			[],
			{
				...story,
				cued: [{ page: transfer, score: 2, cues: ['转了'] }],
				profiled: [
					{ page: security, score: 12 },
					{ page: transfer, score: 4 },
				],
			},
			8,
		);
		// The page only the cue named, far from the best profile, is a weak match in a story.
		expect(answer.pages.map((p) => p.url)).toEqual(['/issues/security/']);
		expect(answer.weak.map((p) => p.url)).toEqual(['/issues/wrong-transfer/']);
		// A page found through its profile shows its summary like any other result.
		expect(answer.pages[0]?.meta).toEqual({ title: '怀疑账户被盗', category: '常见问题', summary: '先改密码' });
	});

	it('brings in the profiles that come close to the best, and leaves out the far ones', async () => {
		const answer = await findAnswer(
			[],
			{
				...story,
				profiled: [
					{ page: security, score: 10 },
					{ page: transfer, score: 10 * PROFILE_SHARE - 1 },
				],
			},
			8,
		);
		expect(answer.ranked.map((p) => p.url)).toEqual(['/issues/security/']);
	});

	it('answers nothing when words the site never uses meet only a weak profile match (收益 and 年化 beside 余额)', async () => {
		const question = { terms: ['余额', '收益', '年化'], meaning: [term('余额', 4), term('收益', 4, false), term('年化', 4, false)], story: false };
		const balance = hitsOf([article('/issues/balance/', '余额显示异常')]);
		const weak = await findAnswer(balance, { ...question, profiled: [{ page: security, score: MIN_PROFILE * 0.8 }] }, 8);
		expect(weak).toMatchObject({ answered: false, pages: [] });
		// The same words with a strong profile match, or with no profile data at all, are answered.
		expect((await findAnswer(balance, { ...question, profiled: [{ page: security, score: MIN_PROFILE }] }, 8)).answered).toBe(true);
		expect((await findAnswer(balance, question, 8)).answered).toBe(true);
	});

	it('answers words the site never uses when the query names a situation in the editors’ words (摸走 → 被偷)', async () => {
		const story = { terms: ['手机', '被偷'], meaning: [term('坐公交车', 4, false), term('挤', 4, false), term('手机', 1), term('被偷', 3)], story: true };
		const lost = hitsOf([article('/issues/lost-phone/', '手机丢了', '', { summary: '手机被偷了先挂失' })]);
		const weak = [{ page: security, score: MIN_PROFILE * 0.9 }];
		expect((await findAnswer(lost, { ...story, profiled: weak }, 8)).answered).toBe(false);
		expect((await findAnswer(lost, { ...story, profiled: weak, named: true }, 8)).answered).toBe(true);
	});

	it('answers a short question naming a problem beside words the site never uses (老掉线烦死个人) with the page that names the problem', async () => {
		const question = { terms: ['掉线', '烦死个人', '咋整嘛'], meaning: [term('掉线', 3), term('烦死个人', 4, false), term('咋整嘛', 4, false)], story: false };
		const login = hitsOf([article('/issues/login/', '无法登录或频繁掉线')]);
		const weak = [{ page: security, score: MIN_PROFILE * 0.5 }];
		expect((await findAnswer(login, { ...question, profiled: weak }, 8)).answered).toBe(false);
		const named = await findAnswer(login, { ...question, profiled: weak, named: true }, 8);
		expect(named.pages.map((p) => p.url)).toEqual(['/issues/login/']);
	});

	it('answers a question or story with one word the site never uses when a page names all its other words (投诉了没人搭理)', async () => {
		const escalation = hitsOf([article('/guide/escalation/', '跟进进度与升级投诉')]);
		const weak = [{ page: security, score: MIN_PROFILE * 0.5 }];
		const one = { terms: ['升级投诉', '没人搭理'], meaning: [term('升级投诉', 3), term('没人搭理', 4, false)], story: false };
		expect((await findAnswer(escalation, { ...one, profiled: weak }, 8)).pages.map((p) => p.url)).toEqual(['/guide/escalation/']);
		// Two such words, or a page that only mentions the site's word in its text, are not enough.
		const two = { ...one, terms: [...one.terms, '王者荣耀'], meaning: [...one.meaning, term('王者荣耀', 4, false)] };
		expect((await findAnswer(escalation, { ...two, profiled: weak }, 8)).answered).toBe(false);
		const inText = hitsOf([article('/other/', '别的', '这里提到升级投诉')]);
		expect((await findAnswer(inText, { ...one, profiled: weak }, 8)).answered).toBe(false);
		// A story too (先自己排查一下问提 有什么步揍: 步揍 is a slip the site cannot read).
		const selfCheck = hitsOf([article('/guide/self-check/', '先自查', '', { keywords: '自己排查' })]);
		const story = { terms: ['自己排查'], meaning: [term('自己排查', 4), term('步揍', 4, false)], story: true };
		expect((await findAnswer(selfCheck, { ...story, profiled: [] }, 8)).pages.map((p) => p.url)).toEqual(['/guide/self-check/']);
		expect((await findAnswer(selfCheck, { ...story, meaning: [...story.meaning, term('下载', 4, false)], profiled: [] }, 8)).answered).toBe(false);
	});

	it('keeps weak matches out of the answer: they are listed apart, and offered (a few) when nothing answers', async () => {
		const question = { terms: ['余额', '收益', '年化'], meaning: [term('余额', 4), term('收益', 4, false), term('年化', 4, false)], story: false };
		const hits = hitsOf([
			article('/issues/balance/', '余额显示异常'),
			article('/other/', '别的'),
			...Array.from({ length: 4 }, (_, i) => article(`/o${i}/`, '别的')),
		]);
		const answered = await findAnswer(hits, question, 8);
		expect(answered.pages.map((p) => p.url)).toEqual(['/issues/balance/']);
		expect(answered.weak.map((p) => p.url)).toEqual(['/other/', '/o0/', '/o1/', '/o2/', '/o3/']);
		const refused = await findAnswer(hits, { ...question, profiled: [] }, 8);
		expect(refused.pages).toEqual([]);
		expect(refused.weak).toHaveLength(WEAK_SHOWN);
	});
});

describe('a named problem its profiles place', () => {
	it('is answered by the profiled page, though no page names its words in a title or heading (转的钱卡住了不到)', async () => {
		const delayed = { url: '/issues/transfer-delayed/', title: '转账延迟', category: '常见问题' };
		const q = { terms: ['转', '卡住'], meaning: [term('卡住', 3.9)], story: false, profiled: [{ page: delayed, score: MIN_PROFILE }] };
		const hits = hitsOf([article('/other/', '其他', '卡住')]);
		expect(await findAnswer(hits, { ...q, named: true }, 8)).toMatchObject({ answered: true });
		expect((await findAnswer(hits, { ...q, named: true }, 8)).pages.map((p) => p.url)).toContain('/issues/transfer-delayed/');
		// Without the named problem, or without the profile match, the same words are not enough.
		expect(await findAnswer(hits, q, 8)).toMatchObject({ answered: false });
		expect(await findAnswer(hits, { ...q, named: true, profiled: [{ page: delayed, score: MIN_PROFILE / 2 }] }, 8)).toMatchObject({ answered: false });
	});
});

describe('subjects the site has no page for', () => {
	const balance = { url: '/issues/balance/', title: '余额显示异常', category: '常见问题' };
	const phishing = { url: '/prevention/phishing/', title: '防范钓鱼诈骗', category: '预防建议' };
	const question = { terms: ['余额', '收益'], meaning: [term('余额', 2), term('收益', 4)], story: false };
	const found = hitsOf([article('/issues/balance/', '余额显示异常')]);

	it('answers nothing, and names the subject, when the query names one and nothing the site answers', async () => {
		const answer = await findAnswer(found, { ...question, outside: ['理财和投资收益'], profiled: [{ page: balance, score: STRONG_PROFILE }] }, 8);
		expect(answer).toMatchObject({ answered: false, pages: [], outside: ['理财和投资收益'] });
		// The closest pages are still offered, apart and labelled weak.
		expect(answer.weak.map((p) => p.url)).toEqual(['/issues/balance/']);
		// The same query without the subject is answered: the rule is the subject's, not the words'.
		expect(await findAnswer(found, { ...question, profiled: [{ page: balance, score: STRONG_PROFILE }] }, 8)).toMatchObject({
			answered: true,
			outside: [],
		});
	});

	it('answers a story that mentions such a subject when a whole cue places it on an emergency page, not on another page nor by a profile match', async () => {
		const scam = { url: '/issues/scam-recovery/', title: '被骗了怎么办', category: '常见问题', urgent: true as const };
		const prepare = { url: '/guide/prepare-information/', title: '准备信息', category: '问题向导' };
		// 群里说买基金稳赚，转了三万，现在群解散了: a cue of the scam page (an emergency) places it…
		const story = { terms: ['基金', '群解散'], meaning: [term('基金', 4, false), term('群解散', 2)], story: true, outside: ['理财和投资收益'] };
		const cued = await findAnswer([], { ...story, cued: [{ page: scam, score: 1, cues: ['群解散'] }], profiled: [{ page: scam, score: MIN_PROFILE }] }, 8);
		expect(cued).toMatchObject({ answered: true, outside: [] });
		expect(cued.pages.map((p) => p.url)).toEqual(['/issues/scam-recovery/']);
		// …a cue of another page does not (要准备哪些材料 in a story about 医保 claims)…
		const claims = { ...story, outside: ['社保、医保、公积金和个税'] };
		expect(
			await findAnswer([], { ...claims, cued: [{ page: prepare, score: 1, cues: ['要准备'] }], profiled: [{ page: prepare, score: MIN_PROFILE }] }, 8),
		).toMatchObject({ answered: false });
		// …nor a profile match, however strong (养老金 at the bank counter matched the service-centre page at 4.8).
		expect(await findAnswer([], { ...claims, profiled: [{ page: prepare, score: 10 }] }, 8)).toMatchObject({ answered: false });
		// A whole cue in a question is not enough either: 多久到账 in 个税退税多久到账 asks about the tax refund.
		const question2 = await findAnswer(
			found,
			{ ...question, outside: ['社保、医保、公积金和个税'], cued: [{ page: balance, score: 1, cues: ['多久到账'] }], profiled: [] },
			8,
		);
		expect(question2).toMatchObject({ answered: false, outside: ['社保、医保、公积金和个税'] });
	});

	it('on the English path too, answers such a subject only when the query names a situation, however strong its profile match', async () => {
		const setup = { url: '/en/visitors/alipay-setup/', title: 'Setting up Alipay', category: 'Visitors' };
		const bank = { terms: ['local', 'debit', 'card'], meaning: [term('local', 3), term('debit', 4), term('card', 5)], story: true, language: 'en' as const };
		const outside = ['Chinese bank accounts'];
		// "open a Chinese bank account as a tourist to get a local debit card": bank, card, tourist match setup strongly.
		const refused = await findAnswer([], { ...bank, outside, profiled: [{ page: setup, score: 10 }] }, 8);
		expect(refused).toMatchObject({ answered: false, pages: [], outside });
		// A query that names a situation ("my card was stolen at the bank") is answered.
		expect(await findAnswer([], { ...bank, outside, named: true, profiled: [{ page: setup, score: 10 }] }, 8)).toMatchObject({ answered: true });
	});

	it('never refuses a query that names a problem the site answers (理财 in an investment scam), nor a story a whole cue places on an emergency page', async () => {
		const scam = { terms: ['投资', '被骗'], meaning: [term('投资', 2), term('理财', 4, false), term('被骗', 3)], story: true, outside: ['理财和投资收益'] };
		const hits = hitsOf([article('/issues/scam-recovery/', '被骗了怎么办', '', { summary: '先报警，被骗的经过' })]);
		const refused = await findAnswer(hits, { ...scam, profiled: [{ page: phishing, score: MIN_PROFILE }] }, 8);
		expect(refused.answered).toBe(false);
		const named = await findAnswer(hits, { ...scam, named: true, profiled: [{ page: phishing, score: MIN_PROFILE }] }, 8);
		expect(named).toMatchObject({ answered: true, outside: [] });
		expect(named.pages.map((p) => p.url)).toContain('/issues/scam-recovery/');
		const cuedStory = await findAnswer(
			hits,
			{
				...scam,
				cued: [{ page: { url: '/issues/scam-recovery/', title: '被骗了怎么办', category: '常见问题', urgent: true }, score: 1, cues: ['带我投资'] }],
				profiled: [{ page: phishing, score: MIN_PROFILE }],
			},
			8,
		);
		expect(cuedStory.answered).toBe(true);
	});

	it('names the subject even when no Pagefind search ran', async () => {
		const answer = await searchAnswer(fakePagefind({}).pagefind, normalized({ query: '', terms: [], outside: ['保险'] }), 8);
		expect(answer.answer.outside).toEqual(['保险']);
	});

	it('says what the site is about instead, in the page language', () => {
		expect(outsideNote([])).toBe('');
		expect(outsideNote(['保险', '理财和投资收益'])).toMatch(/^本站不讲“保险”“理财和投资收益”。这里只讲钱包出了问题怎么办/);
		expect(outsideNote(['tipping'], 'en')).toMatch(/^This help center does not cover tipping\. It is about wallet problems/);
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
	it('says, when the one result is the page of the wallet the query names, that no article answers it', () => {
		expect(walletNote('PayPal')).toBe('没有专门讲这个问题的文章。PayPal这一页写了它的官方帮助和客服入口。');
		expect(walletNote('PayPal', 'en')).toMatch(/^No article answers this\. PayPal's page/);
		expect(walletNote('钱包速查')).toBe('没有专门讲这个问题的文章。钱包速查列出了每个钱包的官方帮助和客服入口。');
		expect(walletNote('Wallets', 'en')).toMatch(/^No article answers this\. Wallets lists each wallet/);
	});
	it('tells when the query was corrected, with the way back, and nothing when it was not', () => {
		expect(correctionNote('提现 失败', '提線失敗', false)).toEqual({ text: '按「提现失败」搜索。', action: '改按原文「提線失敗」搜索' });
		expect(correctionNote('提现 失败', '提線失敗', true)).toEqual({ text: '按你输入的「提線失敗」搜索。', action: '改按「提现失败」搜索' });
		expect(correctionNote('转账 到账', 'transfer not received', false)?.action).toBe('改按原文「transfer not received」搜索');
		expect(correctionNote('退款', '退款', false)).toBeUndefined();
		expect(correctionNote('', '？？', false)).toBeUndefined();
	});
});

describe('what readers asked, in the answer (the learnt model)', () => {
	const code = article('/issues/code/', '收不到验证码');
	const pay = article('/issues/pay/', '支付失败', '验证码');
	const q = { terms: ['验证码'], meaning: [term('验证码', 1)], story: false };

	it('ranks the page other readers’ questions came with first, when the pages’ words cannot tell them apart', async () => {
		const even = [article('/a/', '验证码'), article('/b/', '验证码')];
		expect((await findAnswer(hitsOf(even), q, 8)).ranked[0]?.url).toBe('/a/');
		const learnt = await findAnswer(
			hitsOf(even),
			{
				...q,
				asked: [
					{ url: '/b/', chance: 0.9 },
					{ url: '/a/', chance: 0.1 },
				],
			},
			8,
		);
		expect(learnt.ranked.map((p) => p.url)).toEqual(['/b/', '/a/']);
	});

	it('brings in a likely page Pagefind did not find, with what the search data shows of it', async () => {
		const described = { url: '/issues/refund/', title: '申请退款', category: '常见问题' };
		const answer = await findAnswer(hitsOf([pay]), { ...q, asked: [{ url: described.url, chance: ASKED_CHANCE + 0.1, page: described }] }, 8);
		expect(answer.ranked.map((p) => p.url)).toContain('/issues/refund/');
		const unlikely = await findAnswer(hitsOf([pay]), { ...q, asked: [{ url: described.url, chance: ASKED_CHANCE - 0.1, page: described }] }, 8);
		expect(unlikely.ranked.map((p) => p.url)).not.toContain('/issues/refund/');
	});

	it('answers nothing when the model is sure the site has no page for it, unless the query names a problem the site answers', async () => {
		const none = [{ url: null, chance: ASKED_NONE + 0.05 }];
		expect((await findAnswer(hitsOf([code]), q, 8)).answered).toBe(true);
		const refused = await findAnswer(hitsOf([code]), { ...q, asked: none }, 8);
		expect(refused).toMatchObject({ answered: false, pages: [] });
		expect(refused.weak.map((p) => p.url)).toEqual(['/issues/code/']);
		expect((await findAnswer(hitsOf([code]), { ...q, asked: none, named: true }, 8)).answered).toBe(true);
		expect((await findAnswer(hitsOf([code]), { ...q, asked: [{ url: null, chance: ASKED_NONE - 0.05 }] }, 8)).answered).toBe(true);
	});

	it('does not weigh an emergency a cue found against what other readers asked (医保卡被冻结 in a scam caller’s script)', async () => {
		const scam = { url: '/issues/scam/', title: '被骗了怎么办', category: '常见问题', urgent: true as const };
		const frozen = article('/issues/frozen/', '账户被冻结');
		const story = { terms: ['冻结'], meaning: [term('冻结', 1)], story: true };
		const asked = [
			{ url: '/issues/frozen/', chance: 0.95 },
			{ url: null, chance: 0.05 },
		];
		const urgent = await findAnswer(
			hitsOf([frozen]),
			{ ...story, asked, cued: [{ page: scam, score: 2, cues: ['指定账户'] }], profiled: [{ page: scam, score: 3 }] },
			8,
		);
		expect(urgent.ranked[0]?.url).toBe('/issues/scam/');
		// Named, and its best profile is the emergency's page: the same, with no whole cue.
		const named = await findAnswer(hitsOf([frozen]), { ...story, asked, named: true, profiled: [{ page: scam, score: 3 }] }, 8);
		expect(named.ranked[0]?.url).toBe('/issues/scam/');
	});
});

describe('a wallet the query names', () => {
	const wallet = (url: string, title: string, content = '') => article(url, title, content, { category: '钱包速查' });
	const apple = wallet('/wallets/apple-pay/', 'Apple Pay', '开通 开通');
	const wechat = wallet('/wallets/wechat-pay/', '微信支付', '开通');

	it('knows one wallet by any of its names, and the wallets’ index as no wallet’s page', () => {
		expect(['微信支付', '微信钱包', '微信'].map(walletKey)).toEqual(['微信', '微信', '微信']);
		expect(walletKey('Apple Pay')).toBe(walletKey('apple pay'));
		expect(otherWallet(apple, new Set(['微信']))).toBe(true);
		expect(otherWallet(wechat, new Set(['微信']))).toBe(false);
		expect(otherWallet(apple, new Set())).toBe(false);
		expect(otherWallet(wallet('/wallets/', '钱包速查'), new Set(['微信']))).toBe(false);
		expect(otherWallet(article('/issues/pay/', '支付失败'), new Set(['微信']))).toBe(false);
	});

	it('answers a question that names one wallet and nothing else the site answers with that wallet’s page alone, saying so', async () => {
		const paypal = wallet('/wallets/paypal/', 'PayPal', 'PayPal 官方帮助');
		const other = article('/issues/pay/', '支付失败', 'PayPal');
		const q = { terms: ['paypal'], meaning: [term('paypal', WALLET_WEIGHT), term('国内', 4, false)], story: false, profiled: [] };
		// Without a wallet page among the candidates: nothing.
		expect((await findAnswer(hitsOf([other]), q, 8)).answered).toBe(false);
		const answer = await findAnswer(hitsOf([other, paypal]), q, 8);
		expect(answer).toMatchObject({ answered: true, onlyWallet: true, weak: [] });
		expect(answer.pages.map((p) => p.url)).toEqual(['/wallets/paypal/']);
		// Not when the model is sure the site has no page for it, nor for a subject outside the site.
		expect((await findAnswer(hitsOf([other, paypal]), { ...q, asked: [{ url: null, chance: ASKED_NONE + 0.05 }] }, 8)).answered).toBe(false);
		expect((await findAnswer(hitsOf([other, paypal]), { ...q, outside: ['理财'] }, 8)).answered).toBe(false);
		// The page the search did not find, from the pages the search data describes.
		const described = [{ url: '/wallets/paypal/', title: 'PayPal', category: '钱包速查', cues: [] }];
		const fromData = await findAnswer(hitsOf([other]), { ...q, described }, 8);
		expect(fromData).toMatchObject({ answered: true, onlyWallet: true });
		expect(fromData.pages.map((p) => p.url)).toEqual(['/wallets/paypal/']);
	});

	it('answers a question that names several wallets and nothing else the site answers with the wallets’ overview, not one of them', async () => {
		const alipay = wallet('/wallets/alipay/', '支付宝', '支付宝 官方帮助');
		const paypal = wallet('/wallets/paypal/', 'PayPal', 'PayPal 官方帮助');
		const overview = wallet('/wallets/', '钱包速查', '支付宝 PayPal 微信支付');
		const q = {
			terms: ['paypal', '支付宝'],
			meaning: [term('paypal', WALLET_WEIGHT), term('支付宝', WALLET_WEIGHT), term('外国版', 4, false)],
			story: false,
			profiled: [],
		};
		const answer = await findAnswer(hitsOf([alipay, paypal, overview]), q, 8);
		expect(answer).toMatchObject({ answered: true, onlyWallet: true });
		expect(answer.pages.map((p) => p.url)).toEqual(['/wallets/']);
		// Answered otherwise (区别, a word of the overview's), the overview is not ranked down as a section index.
		const compare = {
			terms: ['paypal', '支付宝', '区别'],
			meaning: [term('paypal', WALLET_WEIGHT), term('支付宝', WALLET_WEIGHT), term('区别', 2)],
			story: false,
		};
		const overviewCompares = wallet('/wallets/', '钱包速查', '支付宝 PayPal 区别');
		const ranked = (await findAnswer(hitsOf([alipay, paypal, overviewCompares]), compare, 8)).ranked.map((p) => p.url);
		expect(ranked[0]).toBe('/wallets/');
	});

	it('gives the learnt model’s odds for every wallet’s page to the one wallet the query names (the model compares without wallet names)', () => {
		const page = (url: string, title: string) => ({ url, title, category: '钱包速查', cues: [] });
		const alipay = page('/wallets/alipay/', '支付宝');
		const wechatPay = page('/wallets/wechat-pay/', '微信支付');
		const asked = [
			{ url: wechatPay.url, page: wechatPay, chance: 0.6 },
			{ url: '/issues/pay/', chance: 0.3 },
			{ url: alipay.url, page: alipay, chance: 0.05 },
			{ url: null, chance: 0.05 },
		];
		const pooled = poolWalletOdds(asked, new Set(['支付宝']), [alipay, wechatPay]);
		expect(pooled.map((m) => [m.url, m.chance])).toEqual([
			['/wallets/alipay/', 0.65],
			['/issues/pay/', 0.3],
			[null, 0.05],
		]);
		// No wallet named, two named, or the named wallet's page not described: the odds as the model gave them.
		expect(poolWalletOdds(asked, new Set(), [alipay, wechatPay])).toEqual(asked);
		expect(poolWalletOdds(asked, new Set(['支付宝', '微信']), [alipay, wechatPay])).toEqual(asked);
		expect(poolWalletOdds(asked, new Set(['paypal']), [alipay, wechatPay])).toEqual(asked);
	});

	it(`ranks another wallet's page at ${OTHER_WALLET_RANK} of its score: 微信 … 开通 is WeChat Pay's page, not Apple Pay's`, async () => {
		const q = { terms: ['开通'], meaning: [term('开通', 1)], story: false };
		expect((await findAnswer(hitsOf([apple, wechat]), q, 8)).ranked[0]?.url).toBe('/wallets/apple-pay/');
		const named = { ...q, meaning: [term('微信', WALLET_WEIGHT), term('开通', 1)] };
		expect((await findAnswer(hitsOf([apple, wechat]), named, 8)).ranked.map((p) => p.url)).toEqual(['/wallets/wechat-pay/', '/wallets/apple-pay/']);
	});
});
