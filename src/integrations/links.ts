/**
 * Post-build step: every internal link of every built page must lead to a page of the build and,
 * with a `#fragment`, to an element of that page (src/lib/links/check.ts). A broken one stops the
 * build, naming the article it came from (or the page, for injected ones) and the link.
 */
import { Parser } from 'htmlparser2';
import { checkedInputs } from './content-check';
import type { Step } from './dist-files';
import { pathOfSlug, slugOfFile } from '../lib/content/pages';
import { brokenLinks, sitePathOf, type BrokenLink, type Link, type LinkScope, type PageLinks } from '../lib/links/check';
import { GENERATED_PAGES } from './content-check';

/**
 * `WALLET_HELP_LINKS=articles`: the build is a hand-made copy of the site (the build tests', the
 * benchmark's), whose few articles and missing 问题向导 leave the site's own links (header,
 * sidebar, home) with nowhere to go; only the articles' links are checked (LinkScope).
 */
const scope = (articles: ReadonlySet<string>): LinkScope =>
	process.env['WALLET_HELP_LINKS'] === 'articles' ? { only: 'articles', articles, generated: GENERATED_PAGES } : { only: 'all' };

/** A link as an editor wrote it: percent escapes decoded when they can be. */
function readable(href: string): string {
	try {
		return decodeURI(href);
	} catch {
		return href;
	}
}

/** Starlight's wrapper of the article's own text (Markdown and the components in it). */
const ARTICLE_CLASS = 'sl-markdown-content';

/** The ids and links of one HTML page. */
export function pageLinks(html: string): PageLinks {
	const ids = new Set<string>();
	const links: Link[] = [];
	let open: Link | undefined;
	/** For each open element, whether it is the article's wrapper. */
	const stack: boolean[] = [];
	let inArticle = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const wrapper = (attributes['class'] ?? '').split(/\s+/).includes(ARTICLE_CLASS);
				stack.push(wrapper);
				if (wrapper) inArticle++;
				if (attributes['id']) ids.add(attributes['id']);
				if (name === 'a' && attributes['name']) ids.add(attributes['name']);
				if (name === 'a' && attributes['href'] !== undefined) {
					open = { href: attributes['href'].trim(), text: '', inArticle: inArticle > 0 };
					links.push(open);
				}
			},
			ontext(text) {
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (stack.pop()) inArticle--;
				if (name === 'a') open = undefined;
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	return { ids, links: links.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })) };
}

const REASONS: Record<BrokenLink['reason'], string> = {
	page: '没有这个页面',
	fragment: '目标页面上没有这个小节（# 后面要写小节标题生成的锚点）',
	escape: '地址里的 % 后面不是两位十六进制数字',
};

/** The readable error for broken links; `sources`: site path → the article file it was built from. */
export function formatBrokenLinks(broken: readonly BrokenLink[], sources: ReadonlyMap<string, string>): string {
	const byPage = new Map<string, BrokenLink[]>();
	for (const link of broken) byPage.set(link.page, [...(byPage.get(link.page) ?? []), link]);
	const blocks = [...byPage].map(([page, links]) => {
		const path = sitePathOf(page);
		const source = sources.get(path);
		const lines = links.map((l) => `  ${readable(l.href)}${l.text ? `（“${l.text}”）` : ''}：${REASONS[l.reason]}`);
		return [`${source ?? `dist/${page}`}  (${path})`, ...lines].join('\n');
	});
	return `链接检查：${broken.length} 个链接指向不存在的页面或小节，构建已停止：\n\n${blocks.join('\n\n')}\n`;
}

/** After the untranslated copies are gone (a link to one would be broken), before anything else. */
export const linksStep: Step = {
	name: 'links',
	run(files, { root, base }) {
		const pages = new Map<string, PageLinks>();
		for (const file of files.list()) if (file.endsWith('.html')) pages.set(file, pageLinks(files.text(file)));
		const sources = new Map(checkedInputs(root).articles.map((a) => [pathOfSlug(slugOfFile(a.file)), a.file] as const));
		const broken = brokenLinks(pages, (file) => files.has(file), base, scope(new Set(sources.keys())));
		if (broken.length > 0) throw new Error(formatBrokenLinks(broken, sources));
		const links = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
		return { summary: `${links} links on ${pages.size} pages lead somewhere`, stats: { pages: pages.size, links } };
	},
};
