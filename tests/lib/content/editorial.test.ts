import { describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../src/lib/content/check';
import { editorialProblems, internalLinks, PROBLEM_SKELETON } from '../../../src/lib/content/editorial';

const fm = (fields: Record<string, string>) =>
	`---\n${Object.entries(fields)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n---\n`;
const FIVE = '[一, 二, 三, 四, 五]';

const PROBLEM_BODY = `
## 症状

付款时页面提示“支付失败”，钱没有扣，订单还在等待付款，换一张卡再付也一样，过一会儿再试还是这样。

## 可能原因

网络或者银行卡限额。

## 自查步骤

<Checklist>

1. 看网络。
2. 看余额。
3. 看限额。
4. 换一张卡。

</Checklist>

## 仍未解决？联系客服

<ContactHelp />

先看 [联系客服](/contact/) 和 [准备信息](/guide/prepare/)。

## 预防

- [更新 APP](/prevention/update/)

## 相关问题

<RelatedPages />
`;

const GOOD: Record<string, string> = {
	'content/docs/index.mdx': `${fm({ title: '首页', category: 'home', keywords: '[首页]' })}\n欢迎。\n`,
	'content/docs/issues/pay.mdx': `${fm({ title: '付款失败', category: 'issue', keywords: FIVE })}${PROBLEM_BODY}`,
	'content/docs/contact/index.mdx': `${fm({ title: '联系客服', category: 'channel', keywords: '[客服]' })}\n渠道。\n`,
	'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: FIVE })}\n准备。\n`,
	'content/docs/prevention/update.mdx': `${fm({ title: '更新 APP', category: 'prevention', keywords: FIVE })}\n## 能预防的问题\n\n<PreventsProblems />\n`,
};

const sources = (changes: Record<string, string | null> = {}): ArticleSource[] =>
	Object.entries({ ...GOOD, ...changes })
		.filter((entry): entry is [string, string] => entry[1] !== null)
		.map(([file, text]) => ({ file, text }));
const problemsOf = (changes: Record<string, string | null>) => editorialProblems(sources(changes)).map((p) => [p.file.replace('content/docs/', ''), p.field, p.line]);
const pay = GOOD['content/docs/issues/pay.mdx'] ?? '';

describe('editorialProblems (the house rules the build checks)', () => {
	it('finds nothing in articles that follow them', () => {
		expect(editorialProblems(sources())).toEqual([]);
	});

	it.each([
		['description instead of summary', { 'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: FIVE, description: '摘要' })}\n准备。\n` }, [['guide/prepare.mdx', 'description', 5]]],
		['a placeholder left by npm run new', { 'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: FIVE })}\n待补充：开头。\n` }, [['guide/prepare.mdx', 'placeholder', 7]]],
		['too few keywords', { 'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: '[一, 二]' })}\n准备。\n` }, [['guide/prepare.mdx', 'keywords', 4]]],
		['the sections out of order', { 'content/docs/issues/pay.mdx': pay.replace('## 可能原因', '## 原因') }, [['issues/pay.mdx', 'headings', 6]]],
		['three self-check steps', { 'content/docs/issues/pay.mdx': pay.replace('4. 换一张卡。\n', '') }, [['issues/pay.mdx', 'steps', 15]]],
		['steps outside a checklist', { 'content/docs/issues/pay.mdx': pay.replace('<Checklist>', '').replace('</Checklist>', '') }, [['issues/pay.mdx', 'steps', 15]]],
		['no ContactHelp', { 'content/docs/issues/pay.mdx': pay.replace('<ContactHelp />', '') }, [['issues/pay.mdx', 'contact', 26]]],
		['a contact block without a guide link', { 'content/docs/issues/pay.mdx': pay.replace('[准备信息](/guide/prepare/)', '准备信息') }, [['issues/pay.mdx', 'contact', 26]]],
		['no RelatedPages', { 'content/docs/issues/pay.mdx': pay.replace('<RelatedPages />', '') }, [['issues/pay.mdx', 'related', 36]]],
		['short symptoms', { 'content/docs/issues/pay.mdx': pay.replace(/付款时页面.*\n/, '付不了。\n') }, [['issues/pay.mdx', 'symptoms', 7]]],
		['a link not named by its page’s title', { 'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: FIVE })}\n见 [这里](/issues/pay/)。\n` }, [['guide/prepare.mdx', 'link', 7]]],
		['a prevention tip with a hand-written list', { 'content/docs/prevention/update.mdx': `${fm({ title: '更新 APP', category: 'prevention', keywords: FIVE })}\n## 能预防的问题\n\n- [付款失败](/issues/pay/)\n` }, [['prevention/update.mdx', 'prevention', 7]]],
		['a prevention tip no problem names', { 'content/docs/issues/pay.mdx': pay.replace('- [更新 APP](/prevention/update/)', '- 定期更新。') }, [['issues/pay.mdx', 'prevention', 32], ['prevention/update.mdx', 'prevention', 6]]],
		['an orphan outside the section folders', { 'content/docs/about.mdx': `${fm({ title: '关于', category: 'home', keywords: '[关于]' })}\n关于。\n` }, [['about.mdx', 'file', 1]]],
		['ASCII punctuation in Chinese prose', { 'content/docs/guide/prepare.mdx': `${fm({ title: '准备信息', category: 'guide', keywords: FIVE })}\n准备好,再打电话.\n` }, [['guide/prepare.mdx', 'punctuation', 7]]],
	] as const)('names the file, field and line: %s', (_name, changes, expected) => {
		expect(problemsOf(changes)).toEqual(expected);
	});

	it('writes the skeleton the tools and npm run new use', () => {
		expect(PROBLEM_SKELETON).toEqual(['症状', '可能原因', '自查步骤', '仍未解决？联系客服', '预防', '相关问题']);
	});

	it('reads links from Markdown, href attributes and link props', () => {
		expect(internalLinks('[a](/issues/pay/#x) <a href="/contact/?q=1">b</a> link: /guide/prepare/ [h](/)')).toEqual(['issues/pay', 'contact', 'guide/prepare', 'index']);
	});
});
