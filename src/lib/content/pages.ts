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
