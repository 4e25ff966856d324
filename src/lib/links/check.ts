/**
 * Links in the built site that lead nowhere: a page that does not exist, or a `#fragment` that names
 * no element on its page. Pure: the post-build step (src/integrations/links.ts) hands in what each
 * page links to and which ids it has; the content check has already named, before the build, the
 * file and line of any Markdown link to a missing page — this catches what only the built pages
 * show (headings' anchors, links made by components, the 问题向导's injected pages).
 */

/** One link of a page: its `href`, its text, and whether it is in the article's text (not the site's chrome). */
export interface Link {
	href: string;
	text: string;
	inArticle: boolean;
}

/** What one built page holds: its ids (and `<a name>`s) and its links. */
export interface PageLinks {
	ids: ReadonlySet<string>;
	links: readonly Link[];
}

/**
 * What is checked. `all` (the site): every link. `articles` (a hand-made copy of the site for a
 * test or the benchmark, with a few articles and no 问题向导): only links in the articles' text,
 * and none into pages other build steps make (`generated`: the guide under /start/…), which such
 * a copy leaves out on purpose.
 */
export interface LinkScope {
	only: 'all' | 'articles';
	/** With `articles`: the site paths of the pages built from articles (others, like /offline/, are the site's own). */
	articles?: ReadonlySet<string>;
	generated?: readonly string[];
}

export interface BrokenLink extends Omit<Link, 'inArticle'> {
	/** The `dist`-relative file of the page holding the link. */
	page: string;
	reason: 'page' | 'fragment' | 'escape';
}

/** `href`s that leave the site or are not links to documents. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** `dist`-relative file → the site path it is served at (`issues/refund/index.html` → `/issues/refund/`). */
export function sitePathOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The `dist` files a site path may be served from, most likely first. */
function candidates(path: string): string[] {
	const rel = path.replace(/^\/+/, '');
	if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
	return [rel, `${rel}/index.html`, `${rel}.html`];
}

function decoded(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/**
 * Every internal link of `pages` (keyed by `dist`-relative HTML file) that leads nowhere. `exists`
 * says whether a `dist` file exists (files other than pages: icons, the Pagefind bundle…);
 * `base` is the site's base path, ending in `/`.
 */
export function brokenLinks(
	pages: ReadonlyMap<string, PageLinks>,
	exists: (file: string) => boolean,
	base = '/',
	scope: LinkScope = { only: 'all' },
): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const [page, { links }] of pages) {
		if (scope.only === 'articles' && !scope.articles?.has(sitePathOf(page))) continue;
		const here = new URL(base.replace(/\/$/, '') + sitePathOf(page), 'https://site.invalid');
		for (const { href, text, inArticle } of links) {
			if (EXTERNAL.test(href) || href === '' || href === '#') continue;
			if (scope.only === 'articles' && !inArticle) continue;
			let url: URL;
			try {
				url = new URL(href, here.href);
			} catch {
				broken.push({ page, href, text, reason: 'escape' });
				continue;
			}
			if (!url.pathname.startsWith(base)) continue; // another app on the same origin
			const path = decoded(`/${url.pathname.slice(base.length)}`);
			const fragment = decoded(url.hash.slice(1));
			if (path === undefined || fragment === undefined) {
				broken.push({ page, href, text, reason: 'escape' });
				continue;
			}
			if (scope.only === 'articles' && scope.generated?.some((prefix) => path.startsWith(prefix))) continue;
			const target = candidates(path).find((file) => pages.has(file) || exists(file));
			if (!target) {
				broken.push({ page, href, text, reason: 'page' });
				continue;
			}
			// `#_top` is the top of every page (Starlight's "Overview" link).
			if (!fragment || fragment === '_top') continue;
			const ids = pages.get(target)?.ids;
			if (ids && !ids.has(fragment)) broken.push({ page, href, text, reason: 'fragment' });
		}
	}
	return broken;
}
