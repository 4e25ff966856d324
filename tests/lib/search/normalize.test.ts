import { describe, expect, it } from 'vitest';
import { createNormalizer, FOREIGN_WEIGHT, foldQuery, idf, SITE_WEIGHT, toneless } from '../../../src/lib/search/normalize';
import { namedSubjects, WALLET_WEIGHT } from '../../../src/lib/search/format';
import { searchData } from './fixture';
import { NO_SEARCH_DATA } from '../../../src/lib/search/pagefind';
import { SITUATION_STRESS } from '../../../src/lib/search/profile';

const normalizer = createNormalizer(searchData);
const normalize = (q: string) => normalizer.normalize(q);
const terms = (q: string) => normalize(q).terms;

describe('foldQuery', () => {
	it.each([
		['ＡＬＩＰＡＹ 登录', 'alipay 登录'],
		['付款失败了！！！😭', '付款失败了'],
		['【支付宝】您的账户', '支付宝 您的账户'],
		['  充值   失败  ', '充值 失败'],
		['can’t log in', 'cant log in'],
		['2026年11月23日 14:05 转账 128.50 元', '转账'],
		['尾号1234的银行卡于11月23日', '的银行卡于'],
		['预计1-3个工作日退回', '预计 退回'],
	])('%s → %s', (raw, folded) => {
		expect(foldQuery(raw)).toBe(folded);
	});
});

describe('what a query names', () => {
	it('counts one character beside filler as no word of its own (走了, 花了), a longer unknown word as one', () => {
		const meaning = normalize('钱被花了还坐公交车').meaning.map((m) => m.term);
		expect(meaning).not.toContain('花了');
		expect(meaning.some((t) => t.includes('公交车'))).toBe(true);
	});
	it('weighs a character and its particle (忘了) as the commonest word even where the site uses it, and its other words by their rarity', () => {
		const weight = (raw: string, term: string) => normalize(raw).meaning.find((m) => m.term === term)?.weight;
		expect(weight('忘了', '忘了')).toBe(SITE_WEIGHT);
		expect(weight('验证码', '验证码')).toBeGreaterThan(SITE_WEIGHT);
	});
	it('asks Pagefind for the words that weigh, not the lone characters beside them, which only keep out pages that lack them', () => {
		const q = normalize('钱被花了还坐公交车');
		expect(q.terms.every((t) => q.meaning.some((m) => m.term === t))).toBe(true);
		expect(q.terms).not.toContain('花了');
		// Nothing that weighs: the characters are all there is to search for.
		expect(normalize('卡').terms).toEqual(['卡']);
	});
	it('cuts a character and its filler (卡里, a site word) apart where a longer word comes first: 银行卡里 is 银行卡, not 银行 卡里', () => {
		const words = `${searchData.words} 银行 卡里`;
		const withParticle = createNormalizer({
			...searchData,
			stops: `${searchData.stops}里`,
			words,
			uses: [...searchData.uses, 5, 5],
			df: [...searchData.df, 3, 3],
		});
		expect(withParticle.normalize('钱到银行卡里去').terms).toContain('银行卡');
		expect(withParticle.normalize('钱到银行卡里去').terms).not.toContain('卡里');
	});
	it('knows when a problem the site answers is named (the vocabulary’s situations), also through a saying', () => {
		// 付不了 → 支付失败, a situation; 余额 is a key term, yet names no problem by itself.
		expect(normalize('坐公交车付不了').named).toBe(true);
		expect(normalize('账户冻结了').named).toBe(true);
		expect(normalize('余额宝收益').named).toBe(false);
		expect(normalize('坐公交车看风景').named).toBe(false);
	});
});

describe('page profiles', () => {
	it('count the pairs of a situation the query names whole (冻结) SITUATION_STRESS times, as the English path does', () => {
		const cues = { pages: [{ url: '/issues/account-restricted/', title: '账户冻结了怎么办', category: '常见问题', cues: [] }] };
		const score = (query: string, situations: string[]) =>
			createNormalizer({ ...searchData, cues, situations })
				.normalize(query)
				.profiled?.find((m) => m.page.url === '/issues/account-restricted/')?.score ?? 0;
		expect(score('账户冻结了', [])).toBeGreaterThan(0);
		expect(score('账户冻结了', ['冻结'])).toBeGreaterThan(score('账户冻结了', []));
		expect(score('账户冻结了', ['冻结'])).toBeLessThanOrEqual(SITUATION_STRESS * score('账户冻结了', []));
		// A situation's pairs count double only where the query names it whole: 账户 alone is no 账户冻结.
		expect(score('账户', ['账户冻结'])).toBe(score('账户', []));
	});
});

describe('subjects the site has no page for', () => {
	it('finds each subject a query names once, in traditional characters or with spaces too', () => {
		expect(normalize('余额宝收益和基金哪个高').outside).toEqual(['理财和投资收益']);
		expect(normalize('公積金怎麼提取').outside).toEqual(['社保和公积金']);
		expect(normalize('WiFi 密码忘了').outside).toEqual(['手机设置']);
		expect(normalize('支付失败').outside).toEqual([]);
	});
	it('finds nothing without the table, each subject once, in the table’s order', () => {
		expect(namedSubjects('基金', [])).toEqual([]);
		expect(namedSubjects('养老金 基金 基金', Object.entries({ 基金: '理财', 养老金: '社保' }))).toEqual(['理财', '社保']);
	});
	it('finds Latin letters only as whole words (etc is not in “sketchy” nor in “get code”), Chinese anywhere', () => {
		const table: Array<[string, string]> = [
			['etc', '出行'],
			['wifi密码', '手机设置'],
			['need a visa', 'visas'],
		];
		expect(namedSubjects('sketchy link', table)).toEqual([]);
		expect(namedSubjects('get code', table)).toEqual([]);
		expect(namedSubjects('怎么办etc', table)).toEqual(['出行']);
		expect(namedSubjects('my etc card', table)).toEqual(['出行']);
		expect(namedSubjects('家里 wifi 密码忘了', table)).toEqual(['手机设置']);
		expect(namedSubjects('do i need a visa', table)).toEqual(['visas']);
		expect(namedSubjects('do i need a visas', table)).toEqual([]);
	});
});

describe('toneless', () => {
	it.each([
		['mìmǎ', 'mima'],
		['mi2ma3', 'mima'],
		['lǜ', 'lv'],
	])('%s → %s', (raw, plain) => expect(toneless(raw)).toBe(plain));
});

describe('the normaliser', () => {
	it.each([
		// width, case, noise
		['付款失败了！！！😭', ['付款失败']],
		['ＡＬＩＰＡＹ 登录', ['支付宝', '登录']],
		// traditional characters, then the site's own forms
		['綁定銀行卡失敗', ['绑定银行卡失败']],
		['帳戶被凍結', ['账户', '冻结']],
		// pinyin, with or without spaces and tones, and initials
		['mima wangle', ['密码', '忘了']],
		['mìmǎ', ['密码']],
		['yu e bu dui', ['余额不对']],
		['yzm', ['验证码']],
		// pinyin typed inside Chinese (the input method switched mid-word), read with its characters' sounds;
		// letters that are no pinyin (app) stay as typed
		['bang定银行卡', ['绑定', '银行卡']],
		['余额bu对', ['余额不对']],
		// a stretch that ends or starts inside a run of letters leaves the run's other syllables as typed
		['yu额buduile', ['余额不对']],
		['银行kabang定', ['银行卡', '绑定']],
		['綁ding銀行卡', ['绑定', '银行卡']],
		['app里退款', ['app', '退款']],
		// input-method slips found by sound
		['绑顶银行卡', ['绑定', '银行卡']],
		['对方没收倒钱', ['对方没收到']],
		['钱没收倒', ['到账']],
		// English through the glossary
		['transfer not received', ['转账', '到账']],
		['top up failed', ['充值', '失败']],
		// …in another form of its words (transfers → transfer, failing → fail)
		['transfers failing', ['转账', '失败']],
		// an English sentence: function words are chatter, and no word is read as pinyin (can, he, me)
		['how can a transfer fail', ['转账', '失败']],
		// sayings, longest first, replaced once
		['付不了怎么办', ['支付失败']],
		['投诉', ['升级投诉']],
		['验证码不来', ['收不到', '验证码']],
		['钱要不回来', ['申请退款与退款进度']],
		// filler removed wherever it stands, whatever its place in the list
		['请问什么是双重验证', ['双重验证']],
		// known words kept whole; a lone character beside them, which weighs nothing, is not searched for
		['换一张银行卡', ['银行卡']],
		['支付宝', ['支付宝']],
	])('%s → %j', (raw, expected) => {
		expect(terms(raw)).toEqual(expected);
	});

	it('reads pinyin as before where no English function word marks the words as English (he, me and an are pinyin too)', () => {
		expect(terms('mima wangle')).toEqual(['密码', '忘了']);
		expect(terms('the mima')).toEqual([]);
	});

	it('cuts a pasted message to its telling words: no greetings, dates, amounts or order numbers', () => {
		const result = normalize('【支付宝】尊敬的用户：您的账户于2026年11月23日 14:05 暂时无法付款，金额128.50元，订单号 4200001234567890');
		expect(result.terms).toEqual(expect.arrayContaining(['支付宝']));
		expect(result.terms.length).toBeLessThanOrEqual(4);
		expect(result.query).not.toMatch(/\d|尊敬|您/);
	});

	it('keeps numbers the site uses (a hotline) and drops the others', () => {
		expect(terms('110 报警')).toEqual(['110', '报警']);
		expect(terms('订单 4200001234567890')).toEqual(['订单']);
	});

	it('names a fallback: the most telling term, wallet names last', () => {
		expect(normalize('支付宝 余额不对').fallback).toBe('余额不对');
		expect(normalize('验证码').fallback).toBe('');
	});

	it('says when it changed the query, and keeps what was typed', () => {
		expect(normalize('綁定銀行卡失敗')).toMatchObject({ changed: true, literal: '綁定銀行卡失敗' });
		expect(normalize(' 验证码 ')).toMatchObject({ changed: false, literal: '验证码', query: '验证码' });
	});

	it('returns nothing to search for noise alone', () => {
		expect(normalize('？？？😭😭').query).toBe('');
		expect(normalize('怎么办').query).toBe('');
	});

	it.each([
		// Cantonese wording rewritten before the text is cut into words (唔 → 不, 咗 → 了, 戶口 → 账户)
		['收唔到驗證碼', ['收不到', '验证码']],
		['戶口凍結咗㗎', ['账户', '冻结']],
	])('regional wording: %s → %j', (raw, expected) => {
		expect(terms(raw)).toEqual(expected);
	});

	it('weighs each meaningful term by its rarity on the site; a word the site never uses, a wallet name and filler characters by rule', () => {
		const { meaning } = normalize('支付宝 验证码 股票');
		const weight = (t: string) => meaning.find((m) => m.term === t);
		expect(weight('支付宝')).toEqual({ term: '支付宝', weight: WALLET_WEIGHT, site: true });
		expect(weight('股票')).toEqual({ term: '股票', weight: FOREIGN_WEIGHT, site: false });
		const code = searchData.df[searchData.words.split(' ').indexOf('验证码')] ?? -1;
		expect(weight('验证码')).toEqual({ term: '验证码', weight: SITE_WEIGHT + idf(code, searchData.pages), site: true });
		// A lone character the site does not know carries no weight.
		expect(normalize('换一张银行卡').meaning.map((m) => m.term)).toEqual(['银行卡']);
	});

	it('the rarer a word on the site, the more it weighs', () => {
		expect(idf(1, 50)).toBeGreaterThan(idf(10, 50));
		expect(idf(10, 50)).toBeGreaterThan(idf(50, 50));
		expect(idf(50, 50)).toBeGreaterThan(0);
	});

	it('tells a story (a long text) from a question', () => {
		expect(normalize('验证码收不到').story).toBe(false);
		expect(normalize('我昨天在超市付款的时候一直付不了，后来验证码也收不到，真是急人').story).toBe(true);
	});

	it('reads traditional pairs by character, also past one outside the BMP (𡻕 → 岁)', () => {
		const fold = createNormalizer({ ...NO_SEARCH_DATA, t2s: '𡻕岁帳帐' }).fold;
		expect(fold('𡻕 帳')).toBe('岁 帐');
	});

	it('works with no data at all (offline before the data was saved)', () => {
		const plain = createNormalizer(NO_SEARCH_DATA);
		expect(plain.normalize('付款失败！').query).toBe('付款 失败');
	});
});
