import { describe, expect, it } from 'vitest';
import { cueSources } from '../../../src/lib/search/words';

const article = (file: string, frontmatter: string, body = '') => ({ file, text: `---\n${frontmatter}\n---\n\n${body}` });
const articles = [
	article(
		'content/docs/issues/refund.mdx',
		'title: 申请退款\ncategory: issue\nsummary: 先看进度。\nkeywords: [退款, 退钱]\ncues: [退不回来]',
		'## 症状\n\n## 退款多久到账\n',
	),
	article('content/docs/issues/plain.mdx', 'title: 没有线索词\ncategory: issue\nkeywords: [别的]'),
	article(
		'content/docs/en/issues/refund.mdx',
		'title: Getting a refund\ncategory: issue\nsummary: Check the status.\nkeywords: [refund, money back]',
		'## Card refunds\n',
	),
	article('content/docs/en/hidden.mdx', 'title: Hidden\npagefind: false'),
];

describe('cueSources: the pages that get a profile', () => {
	it('in Chinese, the articles with reader cues, with their keywords, summary and headings', () => {
		expect(cueSources(articles, '/')).toEqual([
			{
				url: '/issues/refund/',
				title: '申请退款',
				category: '常见问题',
				cues: ['退不回来'],
				keywords: '退款 退钱',
				summary: '先看进度。',
				headings: ['症状', '退款多久到账'],
			},
		]);
	});

	it('marks the articles whose problem may be an emergency (support.traits has emergency)', () => {
		const scam = article('content/docs/issues/scam.mdx', 'title: 被骗了\ncategory: issue\ncues: [群解散]\nsupport:\n  traits: [emergency, transaction]');
		const refund = article('content/docs/issues/refund.mdx', 'title: 退款\ncategory: issue\ncues: [退不回来]\nsupport:\n  traits: [transaction]');
		expect(cueSources([scam, refund], '/').map((s) => [s.url, s.urgent])).toEqual([
			['/issues/scam/', true],
			['/issues/refund/', undefined],
		]);
	});

	it('in English, every article in the search index (the edition has no cues), under the site base', () => {
		const sources = cueSources(articles, '/help/', 'en');
		expect(sources.map((s) => s.url)).toEqual(['/help/en/issues/refund/']);
		expect(sources[0]).toMatchObject({ title: 'Getting a refund', keywords: 'refund money back', headings: ['Card refunds'], cues: [] });
	});
});
