/** Pure helpers over content entries, kept free of Astro APIs so they can be unit-tested. */

/** The part of a docs entry these helpers need. */
export interface ListedPage {
	id: string;
	data: { title: string; sidebar?: { order?: number | undefined } | undefined };
}

const collator = new Intl.Collator('zh-CN');

/** Orders pages as the sidebar does: by `sidebar.order` (unset last), then by title. */
export function sortForListing<T extends ListedPage>(pages: readonly T[]): T[] {
	const order = (p: ListedPage) => p.data.sidebar?.order ?? Number.POSITIVE_INFINITY;
	return [...pages].sort((a, b) => order(a) - order(b) || collator.compare(a.data.title, b.data.title));
}

/** Section overviews (`issues`, `contact`, …) have a one-segment id; the home page is `index`. */
export function isSectionIndex(id: string): boolean {
	return !id.includes('/') && id !== 'index' && id !== '404';
}

/** Where the articles live, from the project root. */
export const DOCS_DIR = 'content/docs/';

/** `content/docs/issues/refund.mdx` → `issues/refund`; `…/issues/index.mdx` → `issues`; the home page → `index`. */
export function slugOfFile(file: string): string {
	const rel = file.slice(DOCS_DIR.length).replace(/\.mdx?$/, '').toLowerCase();
	return rel === 'index' ? 'index' : rel.replace(/\/index$/, '');
}

/** The site path of a page slug: `issues/refund` → `/issues/refund/`, `index` → `/`. */
export const pathOfSlug = (slug: string) => (slug === 'index' ? '/' : `/${slug}/`);
