import { describe, expect, it } from 'vitest';
import { checkArticles, formatProblems, type ArticleSource } from '../../../src/lib/content/check';
import { slugOfFile } from '../../../src/lib/content/pages';

const context = { publicFiles: new Set(['/favicon.svg', '/icons/icon-192.png']), routePrefixes: ['/start/', '/pagefind/'] };

const article = (file: string, fields: Record<string, string> = {}, body = '正文。'): ArticleSource => {
	const category = file.includes('/issues/') ? 'issue' : file.includes('/prevention/') ? 'prevention' : file.includes('/guide/') ? 'guide' : 'home';
	const data: Record<string, string> = {
		title: '一篇文章',
		category,
		summary: '这是一句完整的测试摘要，读者可以照着做。',
		keywords: '[测试, 关键词]',
		reviewed: '2026-11-01',
		...fields,
	};
	const yaml = Object.entries(data)
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
	return { file, text: `---\n${yaml}\n---\n\n${body}\n` };
};

const base = [article('content/docs/index.mdx'), article('content/docs/issues/refund.mdx'), article('content/docs/prevention/phishing.mdx')];
const check = (...extra: ArticleSource[]) => checkArticles([...base, ...extra], context);

describe('slugOfFile', () => {
	it.each([
		['content/docs/index.mdx', 'index'],
		['content/docs/issues/index.mdx', 'issues'],
		['content/docs/issues/refund.mdx', 'issues/refund'],
		['content/docs/guide/Describe.md', 'guide/describe'],
	])('%s → %s', (file, slug) => expect(slugOfFile(file)).toBe(slug));
});

describe('checkArticles', () => {
	it('finds nothing wrong in good articles, links and images', () => {
		const good = article(
			'content/docs/guide/ok.mdx',
			{ related: '[issues/refund]' },
			'见[退款](/issues/refund/)、[首页](/)、[向导](/start/money/)和 ![图标](/icons/icon-192.png)。\n\n```md\n[示例](/no/such/page/)\n```',
		);
		expect(check(good)).toEqual([]);
	});

	it('names both files when two articles claim one slug, blaming the one that claims it with slug:', () => {
		const [problem, ...rest] = check(article('content/docs/issues/copy.mdx', { slug: 'issues/refund' }));
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/docs/issues/copy.mdx', field: 'slug', line: 7 });
		expect(problem?.message).toContain('content/docs/issues/refund.mdx');
	});

	describe('English pages (content/docs/en/)', () => {
		const en = (file: string, fields: Record<string, string> = {}) =>
			article(file, { title: 'A page', summary: 'A complete one-line test summary a visitor can act on, longer than sixty characters.', ...fields });

		it('strips the en/ prefix for the folder rule and accepts the visitor section and a long English summary', () => {
			expect(check(en('content/docs/en/index.mdx'), en('content/docs/en/visitors/x.mdx', { category: 'visitor' }), en('content/docs/en/issues/refund.mdx', { category: 'issue' }), en('content/docs/en/contact/index.mdx', { category: 'channel' }))).toEqual([]);
		});

		it('refuses a category that contradicts the English folder', () => {
			const [problem] = check(en('content/docs/en/visitors/x.mdx', { category: 'issue' }));
			expect(problem).toMatchObject({ file: 'content/docs/en/visitors/x.mdx', field: 'category' });
			expect(problem?.fix).toContain('category: visitor');
		});

		it('refuses a folder the English edition does not have', () => {
			expect(check(en('content/docs/en/wallets/x.mdx', { category: 'wallet' })).map((p) => p.field)).toContain('file');
		});

		it('keeps Chinese summaries to one short line', () => {
			const [problem] = check(article('content/docs/guide/x.mdx', { summary: '长'.repeat(61) }));
			expect(problem).toMatchObject({ field: 'summary' });
		});

		it('refuses a related page in the other language', () => {
			const [problem] = check(en('content/docs/en/issues/x.mdx', { category: 'issue', related: '[issues/refund]' }));
			expect(problem).toMatchObject({ field: 'related[0]' });
			expect(problem?.message).toContain('other language');
		});
	});

	it('refuses a category that contradicts the folder, saying which one fits', () => {
		const [problem] = check(article('content/docs/prevention/x.mdx', { category: 'issue' }));
		expect(problem).toMatchObject({ file: 'content/docs/prevention/x.mdx', field: 'category', line: 3 });
		expect(problem?.fix).toContain('category: prevention');
	});

	it('refuses an image or file that is not in public/, and a link to no page', () => {
		const problems = check(article('content/docs/guide/x.mdx', {}, '第一行\n\n![截图](/images/missing.png)\n\n[旧页](/issues/nowhere/) 和 <a href="/files/x.pdf">下载</a>'));
		expect(problems.map((p) => [p.field, p.line, p.message.split(' ')[1]])).toEqual([
			['image', 11, '/images/missing.png'],
			['link', 13, '/issues/nowhere/'],
			['link', 13, '/files/x.pdf'],
		]);
	});

	it.each([
		['a lone %', '[满减](/issues/100%/)', 'link', '/issues/100%/'],
		['a % with one digit', '[旧](/issues/%E/)', 'link', '/issues/%E/'],
		['half a character', '![图](/icons/%E9%80.png)', 'image', '/icons/%E9%80.png'],
		['an attribute', '<a href="/guide/%zz/">说明</a>', 'link', '/guide/%zz/'],
	])('names the file and line of a link with a malformed percent escape, %s, instead of crashing', (_name, body, field, target) => {
		const problems = check(article('content/docs/guide/x.mdx', {}, `第一行\n\n${body}`));
		const bad = problems.filter((p) => p.message.includes('%'));
		expect(bad).toHaveLength(1);
		expect(bad[0]).toMatchObject({ file: 'content/docs/guide/x.mdx', line: 11, field });
		expect(bad[0]?.message).toContain(target);
		expect(formatProblems(problems)).toContain('content/docs/guide/x.mdx:11');
	});

	it('reports every schema problem with its field, line and an example of right', () => {
		const problems = check(article('content/docs/guide/x.mdx', { summary: '', keywords: '[退款, 96110, 退款]', reviewed: '2026-13-45', category: 'guides' }));
		const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
		expect(byField['summary']?.message).toMatch(/缺少这个字段/);
		expect(byField['keywords[1]']?.message).toMatch(/应该是一段文字，这里写的是 96110/);
		expect(byField['reviewed']?.message).toMatch(/必须是日期/);
		const category = problems.filter((p) => p.field === 'category');
		expect(category.map((p) => p.message)).toEqual([expect.stringMatching(/只能是 issue、channel/), expect.stringMatching(/文件在 content\/docs\/guide\/ 里/)]);
		expect(category[0]?.fix).toMatch(/例如 category: issue/);
		expect(byField['reviewed']?.line).toBe(5);
	});

	it('refuses related slugs that lead nowhere or to the page itself', () => {
		const problems = check(article('content/docs/issues/x.mdx', { related: '[issues/refund, issues/nope, issues/x]' }));
		expect(problems.map((p) => p.field)).toEqual(['related[1]', 'related[2]']);
	});

	it('reports broken YAML with its line instead of failing later', () => {
		const [problem] = check({ file: 'content/docs/issues/x.mdx', text: "---\ntitle: x\nsummary: 'open\ncategory: issue\n---\n" });
		expect(problem).toMatchObject({ field: 'frontmatter' });
		expect(problem?.message).toMatch(/YAML/);
	});

	it('keeps support: to problem articles', () => {
		const [problem] = check(article('content/docs/guide/x.mdx', { support: '{ traits: [transaction] }' }));
		expect(problem).toMatchObject({ field: 'support' });
		expect(check(article('content/docs/issues/x.mdx', { support: '{ traits: [transaction], attachments: [退款申请号] }' }))).toEqual([]);
		expect(check(article('content/docs/issues/y.mdx', { support: '{ traits: [urgent] }' }))[0]?.field).toBe('support.traits[0]');
	});

	it('formats one readable block per problem', () => {
		const text = formatProblems(check(article('content/docs/prevention/x.mdx', { category: 'issue' })));
		expect(text).toMatch(/^文章里有 1 处需要修改/);
		expect(text).toContain('content/docs/prevention/x.mdx:3  category\n  写的是 “issue”');
		expect(text).toContain('  怎么改：改成 category: prevention');
	});
});

describe('look-alike problems (`lookalikes`)', () => {
	const locked = (fields: Record<string, string> = {}, body = '能登录只是受限的，看[受限](/issues/restricted/)。') =>
		article('content/docs/issues/locked.mdx', { keywords: '[锁定, 输错密码]', lookalikes: '[issues/restricted]', ...fields }, body);
	const restricted = (fields: Record<string, string> = {}, body = '登不进去的，看[锁定](/issues/locked/)。') =>
		article('content/docs/issues/restricted.mdx', { keywords: '[风控, 冻结]', lookalikes: '[issues/locked]', ...fields }, body);
	const fieldsOf = (...extra: ArticleSource[]) => check(...extra).map((p) => `${p.file.replace('content/docs/issues/', '')} ${p.field}`);

	it.each([
		['two pages that name and link each other and share no keyword', [locked(), restricted()], []],
		['a shared keyword', [locked({ keywords: '[锁定, 冻结]' }), restricted()], ['locked.mdx keywords', 'restricted.mdx keywords']],
		['a look-alike that is not linked in the text', [locked({}, '正文。'), restricted()], ['locked.mdx lookalikes[0]']],
		['a look-alike declared on one side only (a copy keeps its declaration)', [locked(), restricted({ lookalikes: '' })], []],
		['a look-alike with no page', [locked({ lookalikes: '[issues/nowhere]' })], ['locked.mdx lookalikes[0]', 'locked.mdx link']],
	])('%s', (_name, pages, expected) => {
		expect(fieldsOf(...pages)).toEqual(expected);
	});

	it('allows unrelated pages to share keywords: only declared look-alikes must differ', () => {
		const copy = article('content/docs/issues/refund-copy.mdx', { title: '复制的文章' });
		expect(check(copy)).toEqual([]);
	});
});
