import { describe, expect, it } from 'vitest';
import { GOOD_HOME, buildFixture, page } from './fixture';

const issue = (title: string) =>
	page(`title: ${title}\ncategory: issue\nsummary: 这是一句完整的测试摘要，读者可以照着做。\nkeywords: [测试]\nreviewed: 2026-11-01`);
const index = (title: string, category: string) =>
	page(`title: ${title}\ncategory: ${category}\nsummary: 这是一句完整的测试摘要，读者可以照着做。\nkeywords: [测试]\nreviewed: 2026-11-01`);

/** Two problem articles and the two pages every generated 其他问题 page offers as ways out. */
const SITE = {
	'index.mdx': GOOD_HOME,
	'issues/index.mdx': index('常见问题', 'issue'),
	'issues/placed.mdx': issue('放好的问题'),
	'issues/new-one.mdx': issue('新写的问题'),
	'contact/index.mdx': index('联系客服', 'channel'),
};

const tree = (answers: string) => `- id: start\n  question: 遇到了什么问题？\n  answers:\n${answers}`;

/** A tree the build accepts, placing an article under 其他问题 with a warning: tests/build/extras.test.ts. */
describe('the build and the 问题向导 tree', () => {
	it('fails on an entry that breaks the schema, naming the file and the entry', () => {
		const result = buildFixture('guide-schema', SITE, {
			guideTree: tree('    - label: 两个都写\n      next: money\n      page: issues/placed\n    - label: 找客服\n      page: contact\n'),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/content\/guide\/tree\.yaml:1 {2}start → answers\[0\]\n {2}每个答案写 next（下一个问题的 id）或 page（页面 slug）中的一个/);
		// Checked before the build: nothing is rendered.
		expect(result.output).not.toMatch(/generating static routes/);
	});

	it('fails on a broken tree, naming the file and the node', () => {
		const result = buildFixture('guide-target', SITE, {
			guideTree: tree('    - label: 放好的问题\n      page: issues/placed\n    - label: 写错的页面\n      page: issues/nowhere\n'),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('文章里有 1 处需要修改，构建已停止');
		expect(result.output).toContain('content/guide/tree.yaml:1  start → 答案 2「写错的页面」\n  page “issues/nowhere”：没有这个页面');
		expect(result.output).not.toMatch(/generating static routes/);
	});
});
