import { describe, expect, it } from 'vitest';
import { checkGuideTree, sitePages } from '../../../src/lib/guide/check';

const article = (file: string, title: string, body = '正文。') => ({ file, text: `---\ntitle: ${title}\ncategory: issue\n---\n\n${body}\n` });
const ARTICLES = [
	article('content/docs/index.mdx', '首页'),
	article('content/docs/issues/refund.mdx', '申请退款', '## 症状\n\n## 仍未解决？联系客服\n\n### 用 **APP** 里的[客服](/contact/)\n'),
	article('content/docs/contact/index.mdx', '联系客服'),
	article('content/docs/issues/index.mdx', '常见问题'),
];
const tree = (answers: string) => `- id: start\n  question: 遇到了什么问题？\n  answers:\n${answers}`;

describe('sitePages', () => {
	it('reads ids, titles, problems and heading ids as the Markdown processor makes them', () => {
		const refund = sitePages(ARTICLES).find((p) => p.id === 'issues/refund');
		expect(refund).toMatchObject({ title: '申请退款', problem: true });
		expect([...(refund?.anchors ?? [])]).toEqual(['症状', '仍未解决联系客服', '用-app-里的客服']);
	});
});

describe('checkGuideTree (before the build)', () => {
	it('passes a tree whose targets and anchors exist', () => {
		const { state, problems } = checkGuideTree(
			tree('    - label: 退款\n      page: issues/refund#仍未解决联系客服\n    - label: 找客服\n      page: contact\n'),
			ARTICLES,
		);
		expect(problems).toEqual([]);
		expect(state).toEqual({ kind: 'questions', count: 1 });
	});

	it.each([
		['broken YAML', '- id: start\n  question: [\n', 'YAML', 1],
		[
			'a repeated id',
			`${tree('    - label: 退款\n      page: issues/refund\n    - label: 找客服\n      page: contact\n')}- id: start\n  question: 又一个？\n  answers: []\n`,
			'YAML',
			1,
		],
		[
			'an answer with both next and page',
			tree('    - label: 两个\n      next: x\n      page: issues/refund\n    - label: 找客服\n      page: contact\n'),
			'start → answers[0]',
			1,
		],
		[
			'a page that does not exist',
			tree('    - label: 退款\n      page: issues/refund\n    - label: 写错\n      page: issues/nowhere\n'),
			'start → 答案 2「写错」',
			1,
		],
		[
			'a heading that does not exist',
			tree('    - label: 退款\n      page: issues/refund#没有这节\n    - label: 找客服\n      page: contact\n'),
			'start → 答案 1「退款」',
			1,
		],
	])('names the file, the node and the line: %s', (_name, text, field, line) => {
		const { problems } = checkGuideTree(text, ARTICLES);
		expect(problems[0]).toMatchObject({ file: 'content/guide/tree.yaml', field, line });
	});

	it('builds no guide from an empty file', () => {
		expect(checkGuideTree('[]\n', ARTICLES)).toEqual({ state: { kind: 'empty' }, problems: [] });
	});
});
