import { describe, expect, it } from 'vitest';
import type { CueData } from '../../../src/lib/search/cues';
import {
	chineseFeatures,
	englishFeatures,
	features,
	gramWeight,
	matchProfiles,
	PROFILE_FIELD,
	profileIndex,
	SITUATION_STRESS,
	stem,
} from '../../../src/lib/search/profile';

const data: CueData = {
	pages: [
		{
			url: '/issues/minor-spending/',
			title: '未成年人消费退款',
			category: '常见问题',
			keywords: '孩子充游戏',
			summary: '先改支付密码止损',
			cues: ['孩子玩游戏'],
		},
		{ url: '/issues/wrong-transfer/', title: '转错账怎么办', category: '常见问题', summary: '联系收款人，申请退回', cues: ['转给了别人', 'wrong person'] },
		{ url: '/issues/refund/', title: '申请退款与退款进度', category: '常见问题', headings: '退款多久到账', cues: ['退货'] },
	],
};
const stops = new Set('我的了吗');
const index = profileIndex(data, chineseFeatures({ stops, fillers: ['怎么办', '怎么', '一直'] }));
const urls = (text: string) => matchProfiles(text, index).map((m) => data.pages[m.index]?.url);

describe('features', () => {
	it('takes every pair of adjacent Chinese characters and every Latin word of three letters or more', () => {
		expect([...features('玩游戏 ok paypal')]).toEqual(['玩游', '游戏', 'paypal']);
	});

	it('skips a pair of two filler characters, but keeps a pair with one meaningful character', () => {
		expect([...features('我的钱', stops)]).toEqual(['的钱']);
	});
});

describe('profileIndex', () => {
	it('weighs a pair in the title, keywords or cues above one only in the summary or headings', () => {
		expect(index.grams.get('游戏')?.get(0)).toBe(PROFILE_FIELD.about);
		expect(index.grams.get('止损')?.get(0)).toBe(PROFILE_FIELD.says);
		expect(index.grams.get('到账')?.get(2)).toBe(PROFILE_FIELD.says);
		// 退款 is in the refund page's title and headings: the title counts.
		expect(index.grams.get('退款')?.get(2)).toBe(PROFILE_FIELD.about);
		expect(index.pages).toBe(3);
	});
});

describe('matchProfiles', () => {
	it('finds the situation in a spoken story no cue matches whole', () => {
		// 拿我的手机玩游戏 holds neither 孩子玩游戏 nor 孩子充游戏, but shares 游戏 and 玩游 with them.
		expect(urls('我孙子拿我的手机玩游戏一下子充了好多钱')[0]).toBe('/issues/minor-spending/');
		expect(urls('钱转给了一个不认识的人')[0]).toBe('/issues/wrong-transfer/');
		expect(urls('sent money to the wrong person')).toEqual(['/issues/wrong-transfer/']);
	});

	it('weighs a pair many profiles share less than a rare one', () => {
		expect(gramWeight(1, 36)).toBeGreaterThan(gramWeight(10, 36));
		// 退款 is on two of the three profiles, 退货 on one: the refund page wins on 退货.
		const [best] = matchProfiles('退货退款', index);
		expect(data.pages[best?.index ?? -1]?.url).toBe('/issues/refund/');
	});

	it('finds nothing for chatter and text the profiles never use', () => {
		expect(matchProfiles('明天天气怎么样', index)).toEqual([]);
		expect(matchProfiles('', index)).toEqual([]);
	});

	it('leaves the filler words out of the titles and the query alike (转错账怎么办 and 怎么样)', () => {
		expect(index.grams.has('怎么')).toBe(false);
		expect(index.grams.has('账怎')).toBe(false);
		expect(urls('一直转错账')).toEqual(['/issues/wrong-transfer/']);
	});
});

describe('English features', () => {
	const compare = englishFeatures(new Set(['the', 'my', 'was']));

	it('stems the common endings, so the forms of a word meet', () => {
		expect(['payments', 'payment', 'verifying', 'verify', 'replies', 'reply', 'pass'].map(stem)).toEqual([
			'payment',
			'payment',
			'verify',
			'verify',
			'reply',
			'reply',
			'pass',
		]);
		expect(new Set(['declined', 'declines', 'decline', 'declining'].map(stem))).toEqual(new Set(['declin']));
		expect(new Set(['scammed', 'scam', 'scams'].map(stem))).toEqual(new Set(['scam']));
		expect(new Set(['charged', 'charges', 'charge'].map(stem))).toEqual(new Set(['charg']));
	});

	it('keeps words of three letters or more that are not stopwords, folded', () => {
		expect([...compare('My CARD was declined at the Wi-Fi café')]).toEqual(['card', 'declin', 'wifi', 'caf']);
	});

	it('leaves numbers out: an amount (200 yuan, 1,200) tells no situation', () => {
		expect([...compare('paid 1,200 yuan at 7pm 300')]).toEqual(['paid', 'yuan', '7pm']);
	});

	it('counts a word naming a situation SITUATION_STRESS times: what happened outweighs the circumstances', () => {
		const pages: CueData = {
			pages: [
				{ url: '/en/visitors/paying/', title: 'Paying', category: 'Visitors', keywords: 'cash atm yuan', cues: [] },
				{ url: '/en/issues/account-restricted/', title: 'Account frozen', category: 'Issues', cues: [] },
			],
		};
		const story = 'my account was frozen and the atm gave no cash';
		const index = profileIndex(pages, compare);
		// Two circumstance words outweigh one situation word…
		expect(matchProfiles(story, index)[0]?.page.url).toBe('/en/visitors/paying/');
		// …unless the situation word counts more.
		expect(SITUATION_STRESS).toBeGreaterThan(1);
		const [best] = matchProfiles(story, index, new Set(['frozen']));
		expect(best?.page.url).toBe('/en/issues/account-restricted/');
		expect(best?.score).toBeCloseTo((1 + SITUATION_STRESS) * gramWeight(1, 2));
	});
});
