import { describe, expect, it } from 'vitest';
import { buildCues, cueTable, cueWeight, matchCues, type CueSource } from '../../../src/lib/search/cues';

const page = (slug: string, cues: string[]): CueSource => ({ url: `/issues/${slug}/`, title: slug, category: '常见问题', cues });
const fold = (text: string) => text.toLowerCase().replace('鎖', '锁').replace('咗', '了');
const data = buildCues(
	[
		page('security', ['偷偷登', '被盗', '账号被盗', 'hacked', 'not me']),
		page('locked', ['锁了', '鎖咗', '被盗']),
		page('refund', ['退不回来', 'refund']),
		page('empty', []),
	],
	fold,
);

describe('buildCues', () => {
	it('folds each cue like a query and lists its pages; every page given is kept (the caller chooses them)', () => {
		expect(data.pages.map((p) => p.url)).toEqual(['/issues/security/', '/issues/locked/', '/issues/refund/', '/issues/empty/']);
		expect(cueTable(data).get('锁了')).toEqual([1]);
		expect(cueTable(data).get('被盗')).toEqual([0, 1]);
		expect([...cueTable(data).keys()]).not.toContain('鎖咗');
		expect(data.pages[1]?.cues).toEqual(['锁了', '被盗']);
	});

	it('drops cues too short to mean anything once folded', () => {
		const short = buildCues([page('x', ['a', 'ok', '卡 '])], (t) => t.trim());
		expect(short.pages[0]?.cues).toEqual([]);
	});
});

describe('matchCues', () => {
	const urls = (text: string) => matchCues(text, data).map((m) => m.page.url);

	it('finds cues anywhere in a long spoken query, where word segmentation would fail', () => {
		expect(urls('我今天发现有人偷偷登了我的号急死了')).toEqual(['/issues/security/']);
		expect(urls('那个钱退不回来了怎么办')).toEqual(['/issues/refund/']);
	});

	it('counts a longer cue once and not again for the shorter cue inside it', () => {
		const [best, ...rest] = matchCues('账号被盗了', data);
		expect(best?.page.url).toBe('/issues/security/');
		expect(best?.cues).toEqual(['账号被盗']);
		expect(rest).toEqual([]);
	});

	it('shares a cue several pages list between them, and ranks the page with more cues first', () => {
		const found = matchCues('被盗 锁了', data);
		expect(found.map((m) => m.page.url)).toEqual(['/issues/locked/', '/issues/security/']);
		expect(found[1]?.score).toBeCloseTo(cueWeight('被盗', 2));
	});

	it('matches Latin cues as whole words only', () => {
		expect(urls('someone hacked my alipay')).toEqual(['/issues/security/']);
		expect(urls('it was not me')).toEqual(['/issues/security/']);
		expect(urls('refunds')).toEqual([]);
	});

	it('finds nothing in chatter, and copes with no cue data', () => {
		expect(matchCues('微信支付怎么开通', data)).toEqual([]);
		expect(matchCues('被盗', undefined)).toEqual([]);
	});

	it('weighs longer cues more and shared ones less', () => {
		expect(cueWeight('账号被盗', 1)).toBeGreaterThan(cueWeight('被盗', 1));
		expect(cueWeight('被盗', 2)).toBeLessThan(cueWeight('被盗', 1));
	});
});
