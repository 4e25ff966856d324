import { describe, expect, it } from 'vitest';
import { GOOD_HOME, buildFixture, page } from './fixture';

const valid = `
title: 一篇测试文章
category: issue
summary: 这是一句完整的测试摘要，读者可以照着做。
keywords: [测试， 关键词]
reviewed: 2026-11-01`;

describe('the build rejects bad content with a message naming the file and the field', () => {
	it('builds a valid fixture (control)', () => {
		const result = buildFixture('control', { 'index.mdx': GOOD_HOME, 'issues/ok.mdx': page(valid) });
		expect(result.output).not.toMatch(/ERROR/);
		expect(result.status).toBe(0);
	});

	it('fails on an unknown category and empty keywords', () => {
		const result = buildFixture('bad-fields', {
			'index.mdx': GOOD_HOME,
			'issues/bad.mdx': page(valid.replace('category: issue', 'category: problem').replace('[测试， 关键词]', '[]')),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('content/docs/issues/bad.mdx');
		expect(result.output).toMatch(/category: Invalid option/);
		expect(result.output).toMatch(/keywords: 至少写一个读者会搜索的关键词/);
	});

	it('fails on a missing summary and an impossible review date', () => {
		const result = buildFixture('missing-summary', {
			'index.mdx': GOOD_HOME,
			'guide/bad.mdx': page(valid.replace(/summary: .*\n/, '').replace('2026-11-01', '2026-13-45')),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('content/docs/guide/bad.mdx');
		expect(result.output).toMatch(/summary/);
		expect(result.output).toMatch(/reviewed: 审核日期不能晚于今天/);
	});

	it('fails on a related slug with no page', () => {
		const result = buildFixture('bad-related', {
			'index.mdx': GOOD_HOME,
			'issues/bad.mdx': page(`${valid}\nrelated: [issues/no-such-page]`),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('content/docs/issues/bad.mdx: frontmatter field "related[0]" names "issues/no-such-page"');
	});

	it('fails on a broken internal link or anchor in the text', () => {
		const result = buildFixture('bad-link', {
			'index.mdx': GOOD_HOME,
			'issues/bad.mdx': page(valid, '见[不存在的页面](/issues/nowhere/)和[不存在的小节](#没有这一节)。'),
		});
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/issues\/bad\.mdx/);
		expect(result.output).toContain('/issues/nowhere/');
		expect(result.output).toContain('#没有这一节');
		expect(result.output).toMatch(/Found 2 invalid links/);
	});
});
