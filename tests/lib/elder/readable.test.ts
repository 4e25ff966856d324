import { describe, expect, it } from 'vitest';
import { locate, readableBlocks, readableText, splitSentences, type ReadNode } from '../../../src/lib/elder/readable';

/** A tiny DOM stand-in: elements with attributes and children, and text nodes. */
interface FakeNode extends ReadNode {
	readonly childNodes: FakeNode[];
}
const text = (value: string): FakeNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
function el(name: string, attrs: Record<string, string> | null, ...children: Array<FakeNode | string>): FakeNode {
	return {
		nodeType: 1,
		nodeName: name.toUpperCase(),
		nodeValue: null,
		childNodes: children.map((c) => (typeof c === 'string' ? text(c) : c)),
		getAttribute: (n) => attrs?.[n] ?? null,
	};
}
const spoken = (root: FakeNode, options = {}) => readableText(root, options).map((s) => s.text);

describe('readableText: what is read, in what order', () => {
	it('reads the title first, then the article block by block', () => {
		const title = el('h1', null, '付款失败');
		const main = el('main', null, el('p', null, '先看网络。'), title, el('h2', null, '症状'), el('ul', null, el('li', null, '提示失败。')));
		expect(spoken(main, { title })).toEqual(['付款失败', '先看网络。', '症状', '提示失败。']);
	});

	it('skips navigation, page chrome, controls, code and what is hidden', () => {
		const main = el(
			'main',
			null,
			el('nav', null, el('a', { href: '/' }, '首页')),
			el('p', null, '第一段。'),
			el('pre', null, el('code', null, 'npm run build')),
			el('p', null, '输入', el('code', null, 'abc'), '后确认。'),
			el('button', null, '清除勾选'),
			el('form', null, el('label', null, '问题类型')),
			el('div', { hidden: '' }, '搜索关键词'),
			el('span', { class: 'sr-only' }, 'Section titled'),
			el('p', { role: 'status' }, '已完成 0/5'),
			el('p', { 'data-read-aloud': 'skip' }, '不读这段。'),
			el('svg', null, el('title', null, '图标')),
			el('help-read-aloud', null, '朗读'),
			el('footer', null, el('p', null, '最近更新。')),
			el('p', null, '最后一段。'),
		);
		expect(spoken(main)).toEqual(['第一段。', '输入后确认。', '最后一段。']);
	});

	it('keeps links and emphasis inside their paragraph', () => {
		const main = el('main', null, el('p', null, '请看', el('a', { href: '/x/' }, '付款失败的', el('strong', null, '处理方法')), '。'));
		expect(spoken(main)).toEqual(['请看付款失败的处理方法。']);
	});

	it('starts a new block for elements the caller says are blocks (e.g. by computed display)', () => {
		const card = el(
			'div',
			null,
			el('a', { href: '/a/' }, el('span', { class: 'title' }, '帮我选客服渠道')),
			el('span', { class: 'description' }, '回答几个问题。'),
		);
		expect(spoken(card)).toEqual(['帮我选客服渠道回答几个问题。']);
		const byDisplay = (n: ReadNode) => n.getAttribute?.('class') === 'description' || n.nodeName === 'A';
		expect(spoken(card, { isBlock: byDisplay })).toEqual(['帮我选客服渠道', '回答几个问题。']);
	});

	it('drops what the caller says is not displayed', () => {
		const main = el('main', null, el('p', { class: 'toc' }, '本页内容'), el('p', null, '正文。'));
		expect(spoken(main, { skip: (n: ReadNode) => n.getAttribute?.('class') === 'toc' })).toEqual(['正文。']);
	});

	it('reads text around a nested list as separate blocks', () => {
		const main = el('ul', null, el('li', null, '打开设置：', el('ul', null, el('li', null, '点“我的”。')), '然后返回。'));
		expect(spoken(main)).toEqual(['打开设置：', '点“我的”。', '然后返回。']);
	});

	it('speaks runs of white space as one space and ignores blocks without words', () => {
		const main = el('main', null, el('p', null, '\n  第一行\n  第二行。 '), el('p', null, ' — '), el('p', null, '\n'));
		expect(spoken(main)).toEqual(['第一行 第二行。']);
	});
});

describe('splitSentences', () => {
	const split = (s: string, max?: number) => splitSentences(s, max).map(([a, b]) => s.slice(a, b));
	it.each<[string, string, string[]]>([
		['Chinese full stops', '先看网络。再重启 APP。', ['先看网络。', '再重启 APP。']],
		['question and exclamation marks', '钱扣了吗？没扣就重试！', ['钱扣了吗？', '没扣就重试！']],
		['semicolons', '急事打电话；不急就留言。', ['急事打电话；', '不急就留言。']],
		['closing quotes stay with their sentence', '页面显示“退款成功。”然后没有到账。', ['页面显示“退款成功。”', '然后没有到账。']],
		['repeated marks stay together', '真的吗？！好的……', ['真的吗？！', '好的……']],
		['no final mark', '症状', ['症状']],
		['decimal points are not sentence ends', '涉及金额 128.50 元。', ['涉及金额 128.50 元。']],
		['white space is trimmed', '  第一句。  第二句。 ', ['第一句。', '第二句。']],
		['punctuation alone is dropped', '好。 ——', ['好。']],
		['empty text', '', []],
	])('%s', (_name, input, expected) => {
		expect(split(input)).toEqual(expected);
	});

	it('cuts an over-long sentence after its last comma before the limit', () => {
		expect(split('一二三四五，六七八九十，甲乙丙丁。', 8)).toEqual(['一二三四五，', '六七八九十，', '甲乙丙丁。']);
	});

	it('cuts at the limit when there is no comma', () => {
		expect(split('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十']);
	});
});

describe('offsets for highlighting the sentence being read', () => {
	it('maps each sentence back to its text nodes', () => {
		const link = el('a', { href: '/x/' }, '处理方法');
		const p = el('p', null, '先重试。请看', link, '，再联系客服。');
		const [first, second] = readableText(el('main', null, p));
		expect(first?.text).toBe('先重试。');
		expect(second?.text).toBe('请看处理方法，再联系客服。');
		if (!second) throw new Error('no second sentence');
		expect(second.block.element).toBe(p);
		const from = locate(second.block, second.start);
		const to = locate(second.block, second.end, true);
		expect(from.node).toBe(p.childNodes[0]);
		expect(from.offset).toBe(4);
		expect(to.node).toBe(p.childNodes[2]);
		expect(to.offset).toBe('，再联系客服。'.length);
	});

	it('picks the earlier node for an end offset on a node boundary', () => {
		const p = el('p', null, '甲乙', el('b', null, '丙丁'));
		const [block] = readableBlocks(p);
		if (!block) throw new Error('no block');
		expect(locate(block, 2, true).node).toBe(p.childNodes[0]);
		expect(locate(block, 2).node).toBe(p.childNodes[1]?.childNodes[0]);
	});
});
