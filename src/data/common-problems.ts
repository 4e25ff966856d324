/**
 * The problems the search dialog offers before typing and when nothing matches. Computed once
 * per build (the dialog is on every page) rather than once per page.
 */
import { getCollection } from 'astro:content';
import { isSectionIndex, sortForListing } from '../lib/content/pages';

export interface CommonProblem {
	href: string;
	title: string;
}

let cached: Promise<CommonProblem[]> | undefined;

export function commonProblems(limit = 6): Promise<CommonProblem[]> {
	cached ??= getCollection('docs', (e) => e.data.category === 'issue' && !isSectionIndex(e.id)).then((pages) =>
		sortForListing(pages).map((p) => ({ href: `/${p.id}/`, title: p.data.title })),
	);
	return cached.then((list) => list.slice(0, limit));
}
