import { describe, expect, it } from 'vitest';
import { GOOD_HOME, buildFixture, page } from './fixture';

const valid = `
title: 一篇测试文章
category: issue
summary: 这是一句完整的测试摘要，读者可以照着做。
keywords: [测试， 关键词]
reviewed: 2026-11-01`;

describe('the build rejects an editor’s mistakes, naming the file, the field and how to fix it', () => {
	// One fixture with every kind of mistake: the check before the build reports them all at once.
	const result = buildFixture('editor-mistakes', {
		'index.mdx': GOOD_HOME,
		'issues/first.mdx': page(valid),
		'issues/second.mdx': page(`${valid}\nslug: issues/first`),
		'prevention/wrong-folder.mdx': page(valid),
		'guide/broken-image.mdx': page(valid.replace('category: issue', 'category: guide'), '说明。\n\n![截图](/images/missing.png)'),
		'issues/bad-fields.mdx': page(valid.replace('category: issue', 'category: problem').replace('[测试， 关键词]', '[]')),
		'guide/bad-date.mdx': page(
			valid
				.replace('category: issue', 'category: guide')
				.replace(/summary: .*\n/, '')
				.replace('2026-11-01', '2026-13-45'),
		),
		'issues/bad-related.mdx': page(`${valid}\nrelated: [issues/no-such-page]`),
		'issues/dead-link.mdx': page(valid, '见[不存在的页面](/issues/nowhere/)。'),
		'issues/phone-in-text.mdx': page(valid, '正文。\n\n请拨打 400-123-4567 咨询，或者打 110。\n\n<Phone id="no-such-line" />'),
		'issues/bad-percent.mdx': page(valid, '见[满减活动](/issues/100%off/)。'),
	});
	const block = (file: string, field: string) => {
		const match = new RegExp(`content/docs/${file}:\\d+  ${field.replace(/[[\]]/g, '\\$&')}\\n  (.+)\\n  怎么改：(.+)`).exec(result.output);
		return match ? { message: match[1], fix: match[2] } : undefined;
	};

	it('stops before building anything', () => {
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/文章里有 \d+ 处需要修改，构建已停止/);
		expect(result.output).not.toMatch(/generating static routes/);
	});

	it('refuses a duplicate slug, naming both files', () => {
		expect(block('issues/second.mdx', 'slug')?.message).toContain('已经属于 content/docs/issues/first.mdx');
	});

	it('refuses a category that contradicts the folder', () => {
		expect(block('prevention/wrong-folder.mdx', 'category')?.fix).toContain('category: prevention');
	});

	it('refuses an image that is not in public/, and a link to no page', () => {
		expect(block('guide/broken-image.mdx', 'image')?.message).toContain('/images/missing.png');
		expect(block('issues/dead-link.mdx', 'link')?.message).toContain('/issues/nowhere/');
	});

	it('keeps refusing what the schema refuses: unknown category, empty keywords, missing summary, impossible date', () => {
		expect(block('issues/bad-fields.mdx', 'category')?.message).toMatch(/只能是 issue、channel/);
		expect(block('issues/bad-fields.mdx', 'keywords')?.message).toMatch(/至少写一个读者会搜索的关键词/);
		expect(block('guide/bad-date.mdx', 'summary')?.message).toMatch(/缺少这个字段/);
		expect(block('guide/bad-date.mdx', 'reviewed')?.message).toMatch(/必须是日期/);
	});

	it('refuses a phone number written into an article body, naming the file and the line', () => {
		const blocks = [...result.output.matchAll(/content\/docs\/issues\/phone-in-text\.mdx:(\d+) {2}phone\n {2}(.+)\n {2}怎么改：(.+)/g)];
		expect(blocks.map((m) => m[1])).toEqual(['11', '11']);
		expect(blocks[0]?.[2]).toContain('400-123-4567');
		expect(blocks[1]?.[3]).toContain('<Phone id="police" />');
		expect(block('issues/phone-in-text.mdx', 'Phone')?.message).toContain('no-such-line');
	});

	it('refuses a link with a malformed % escape, naming the file, instead of crashing', () => {
		expect(block('issues/bad-percent.mdx', 'link')?.message).toContain('/issues/100%off/');
		expect(result.output).not.toMatch(/URIError|URI malformed/);
	});

	it('refuses a related slug with no page', () => {
		expect(block('issues/bad-related.mdx', 'related[0]')?.message).toContain('issues/no-such-page');
	});

	it('prints each problem as one block without a stack trace or warnings', () => {
		expect(result.output).not.toMatch(/Stack trace|at async|:0:0|\*\*/);
		expect(result.output).not.toMatch(/\[WARN\]/);
	});
});

describe('the build rejects a link to a heading that does not exist', () => {
	it('names the file and the anchors', () => {
		const result = buildFixture('bad-anchor', {
			'index.mdx': GOOD_HOME,
			'issues/ok.mdx': page(valid, '## 第一节\n\n正文。'),
			'issues/bad.mdx': page(valid, '见[不存在的小节](#没有这一节)和[别处的小节](/issues/ok/#没有这一节)。'),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/issues\/bad/);
		expect(result.output).toContain('#没有这一节');
		expect(result.output).toContain('链接检查：2 个链接');
		expect(result.output).toContain('content/docs/issues/bad.mdx');
	});
});
