/**
 * The sidebar: one group per section of the site map, each generated from its folder so a new
 * article appears without a code edit; and, at render time, kept a constant size as the help
 * center grows.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { CATEGORY_LABELS, CATEGORY_LABELS_EN, EN_SECTIONS, SECTIONS } from './categories';

/**
 * Starlight's `sidebar` option (astro.config.mjs): one config for both languages (Starlight
 * autogenerates each directory per locale). The English-only sections come first; on Chinese
 * pages they are empty, and on English pages the Chinese-only sections hold only Starlight's
 * untranslated copies: `localizeSidebar` removes both.
 */
const englishOnly = EN_SECTIONS.filter((en) => !SECTIONS.some((zh) => zh.directory === en.directory));
export const sidebarGroups: NonNullable<StarlightUserConfig['sidebar']> = [...englishOnly, ...SECTIONS].map(({ directory, category }) => ({
	label: CATEGORY_LABELS[category],
	translations: { en: CATEGORY_LABELS_EN[category] },
	items: [{ autogenerate: { directory } }],
}));

/*
 * Keeping the sidebar a constant size: Starlight puts every page of every
 * section into every page's sidebar, so total HTML grows with the square of the page count (the
 * scale benchmark measured 727 KiB of HTML per page at 4,000 pages). A section with more than
 * `max` pages shows its overview, a window of neighbours around the current page, and a link to
 * the full list on the overview page; small sections are left exactly as they are.
 */
export type SidebarEntries = StarlightRouteData['sidebar'];
type Entry = SidebarEntries[number];
type Link = Extract<Entry, { type: 'link' }>;

/** Largest section shown in full, and pages kept on each side of the current one. */
export const SIDEBAR_MAX = 30;
export const SIDEBAR_WINDOW = 10;

function containsCurrent(entry: Entry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

function countLinks(entries: readonly Entry[]): number {
	return entries.reduce((n, e) => n + (e.type === 'link' ? 1 : countLinks(e.entries)), 0);
}

function moreLink(overview: Link, total: number): Link {
	return { type: 'link', label: `查看全部 ${total} 篇`, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
}

/** Trims large sections; returns new arrays and leaves the input untouched. */
export function trimSidebar(entries: SidebarEntries, max = SIDEBAR_MAX, window = SIDEBAR_WINDOW): SidebarEntries {
	return entries.map((entry): Entry => {
		if (entry.type === 'link' || entry.entries.length <= max) return entry;
		const [first, ...rest] = entry.entries;
		if (!first || first.type !== 'link') return entry;
		const total = countLinks(entry.entries);
		const current = rest.findIndex(containsCurrent);
		if (current === -1) return { ...entry, collapsed: true, entries: [first, moreLink(first, total)] };
		const start = Math.max(0, current - window);
		const kept = rest.slice(start, current + window + 1);
		return { ...entry, entries: [first, ...kept, moreLink(first, total)] };
	});
}

/**
 * Keeps only links to real pages of the current language (`pages`: their paths), and drops groups
 * left empty: Starlight's copies of untranslated pages never appear in a sidebar.
 */
export function localizeSidebar(entries: SidebarEntries, pages: ReadonlySet<string>): SidebarEntries {
	return entries.flatMap((entry): Entry[] => {
		if (entry.type === 'link') return pages.has(entry.href) ? [entry] : [];
		const kept = localizeSidebar(entry.entries, pages);
		return kept.length > 0 ? [{ ...entry, entries: kept }] : [];
	});
}

export type Pagination = StarlightRouteData['pagination'];

function flatLinks(entries: readonly Entry[]): Link[] {
	return entries.flatMap((e) => (e.type === 'link' ? [e] : flatLinks(e.entries)));
}

/**
 * Starlight's “previous / next” links come from the whole sidebar, untranslated copies included:
 * a link that leads to one of those (`pages` has only the real ones) is replaced by the
 * neighbour in the language's own sidebar (`localized`), or dropped. A link the page turned off
 * (`prev: false`) stays off; a link to a real page stays as it is.
 */
export function localizePagination(pagination: Pagination, localized: SidebarEntries, pages: ReadonlySet<string>): Pagination {
	const links = flatLinks(localized);
	const here = links.findIndex((l) => l.isCurrent);
	const pick = (link: Pagination['prev'], neighbour: Link | undefined): Pagination['prev'] =>
		!link || pages.has(link.href) ? link : here === -1 || !neighbour ? undefined : neighbour;
	return { prev: pick(pagination.prev, links[here - 1]), next: pick(pagination.next, links[here + 1]) };
}
