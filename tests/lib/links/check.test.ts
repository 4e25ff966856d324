import { describe, expect, it } from 'vitest';
import { brokenLinks, sitePathOf, type PageLinks } from '../../../src/lib/links/check';
import { formatBrokenLinks, pageLinks } from '../../../src/integrations/links';

const page = (hrefs: string[], ids: string[] = [], inArticle = true): PageLinks => ({
	ids: new Set(ids),
	links: hrefs.map((href) => ({ href, text: href, inArticle })),
});
const site = (entries: Record<string, PageLinks>) => new Map(Object.entries(entries));
const files = new Set(['favicon.svg', 'pagefind/pagefind.js']);
const exists = (file: string) => files.has(file);

describe('brokenLinks', () => {
	it('accepts pages, files, headings of other pages and of the same page, and the top of a page', () => {
		const pages = site({
			'index.html': page(
				['/issues/refund/', '/issues/refund/#进度', '#首页', '/favicon.svg', '/pagefind/pagefind.js', '/issues/refund#进度', '#_top'],
				['首页'],
			),
			'issues/refund/index.html': page(['../../', './#进度', '/', '?q=1'], ['进度']),
		});
		expect(brokenLinks(pages, exists)).toEqual([]);
	});

	it('ignores links that leave the site and other apps under the same origin', () => {
		const pages = site({ 'sub/index.html': page(['https://example.com/x', 'mailto:a@b.c', 'tel:110', '//cdn.example/x', '/other-app/', '#']) });
		expect(brokenLinks(pages, exists, '/sub/')).toEqual([]);
	});

	it('names the page, the link and why: no page, no heading, a broken % escape', () => {
		const pages = site({
			'issues/a/index.html': page(['/issues/nope/', '/issues/b/#没有这一节', '%E9%', '/issues/b/#%ZZ'], ['一']),
			'issues/b/index.html': page([], ['有这一节']),
		});
		expect(brokenLinks(pages, exists).map((b) => [b.page, b.href, b.reason])).toEqual([
			['issues/a/index.html', '/issues/nope/', 'page'],
			['issues/a/index.html', '/issues/b/#没有这一节', 'fragment'],
			['issues/a/index.html', '%E9%', 'escape'],
			['issues/a/index.html', '/issues/b/#%ZZ', 'escape'],
		]);
	});

	it('decodes percent-encoded paths and fragments as browsers do', () => {
		const pages = site({
			'index.html': page(['/%E5%B8%AE%E5%8A%A9/#%E8%BF%9B%E5%BA%A6']),
			'帮助/index.html': page([], ['进度']),
		});
		expect(brokenLinks(pages, exists)).toEqual([]);
	});

	it('resolves links under a base path', () => {
		const pages = site({ 'index.html': page(['/help/issues/a/', 'issues/a/', '/help/issues/b/']), 'issues/a/index.html': page([]) });
		expect(brokenLinks(pages, exists, '/help/').map((b) => b.href)).toEqual(['/help/issues/b/']);
	});
});

describe('brokenLinks in a hand-made copy of the site (scope: articles)', () => {
	const pages = site({
		'issues/a/index.html': page(['/contact/', '/en/'], [], false),
		'issues/b/index.html': page(['/start/', '/start/q/', '/issues/nope/', '/contact/']),
		'offline/index.html': page(['/en/']),
	});
	const articles = { only: 'articles', articles: new Set(['/issues/a/', '/issues/b/']), generated: ['/start/'] } as const;

	it('checks only the articles’ links, and none into pages other build steps make', () => {
		expect(brokenLinks(pages, exists, '/', articles).map((b) => b.href)).toEqual(['/issues/nope/', '/contact/']);
	});

	it('checks every link of the site itself', () => {
		expect(brokenLinks(pages, exists).map((b) => b.href)).toEqual(['/contact/', '/en/', '/start/', '/start/q/', '/issues/nope/', '/contact/', '/en/']);
	});
});

describe('sitePathOf', () => {
	it.each([
		['index.html', '/'],
		['issues/refund/index.html', '/issues/refund/'],
		['404.html', '/404.html'],
	])('%s → %s', (file, path) => expect(sitePathOf(file)).toBe(path));
});

describe('pageLinks', () => {
	it('reads ids, named anchors and links with their text, entities decoded, and which are the article’s', () => {
		const html =
			'<nav><a href="/">首页</a></nav><div class="x sl-markdown-content"><h2 id="进度">进度</h2><br><img src="a.png"><a name="old"></a>' +
			'<a href="/a/?x=1&amp;y=2"> 去 <b>退款</b>\n页 </a><a>no href</a></div><footer><a href="/b/">下一页</a></footer>';
		const { ids, links } = pageLinks(html);
		expect([...ids]).toEqual(['进度', 'old']);
		expect(links).toEqual([
			{ href: '/', text: '首页', inArticle: false },
			{ href: '/a/?x=1&y=2', text: '去 退款 页', inArticle: true },
			{ href: '/b/', text: '下一页', inArticle: false },
		]);
	});
});

describe('formatBrokenLinks', () => {
	it('groups by page and names the article file when the page came from one', () => {
		const text = formatBrokenLinks(
			[
				{ page: 'issues/a/index.html', href: '/x/', text: '某页', reason: 'page' },
				{ page: 'start/q/index.html', href: '#y', text: '', reason: 'fragment' },
			],
			new Map([['/issues/a/', 'content/docs/issues/a.mdx']]),
		);
		expect(text).toContain('2 个链接');
		expect(text).toContain('content/docs/issues/a.mdx  (/issues/a/)\n  /x/（“某页”）：没有这个页面');
		expect(text).toContain('dist/start/q/index.html  (/start/q/)\n  #y：目标页面上没有这个小节');
	});
});
