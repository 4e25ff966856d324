/**
 * The problem articles, read once per build (the search dialog, the channel picker and the report
 * builder each need them on many pages).
 */
import { getCollection } from 'astro:content';
import { sortForListing } from '../lib/content/pages';
import { toProblems, type Problem } from '../lib/content/problems';

let cached: Promise<Problem[]> | undefined;

/** Every `issues/*` article, in sidebar order. */
export function problems(): Promise<Problem[]> {
	// toProblems keeps the `issues/<id>` pages (the content check ties that folder to category: issue).
	cached ??= getCollection('docs').then((pages) => toProblems(sortForListing(pages)));
	return cached;
}

/** The problems offered before typing in search and when nothing matches. */
export async function commonProblems(limit = 6): Promise<Array<{ href: string; title: string }>> {
	return (await problems()).slice(0, limit).map((p) => ({ href: `/issues/${p.id}/`, title: p.title }));
}
