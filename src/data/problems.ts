/**
 * The problem articles, read once per build (the search dialog, the channel picker and the report
 * builder each need them on many pages).
 */
import { getCollection } from 'astro:content';
import { sortForListing } from '../lib/content/pages';
import { toProblems, type Problem } from '../lib/content/problems';
import { baseSlug, localeOfSlug, localizedSlug, pathOf, type Locale } from '../lib/i18n/locale';

const cached = new Map<Locale, Promise<Problem[]>>();

/** Every `issues/*` article of a language (English: `en/issues/*`), in sidebar order. */
export function problems(locale: Locale = 'zh'): Promise<Problem[]> {
	// toProblems keeps the `issues/<id>` pages (the content check ties that folder to category: issue).
	let list = cached.get(locale);
	if (!list) {
		list = getCollection('docs', (e) => localeOfSlug(e.id) === locale).then((pages) =>
			toProblems(sortForListing(pages).map((p) => ({ ...p, id: baseSlug(p.id) }))),
		);
		cached.set(locale, list);
	}
	return list;
}

/** The problems offered before typing in search and when nothing matches. */
export async function commonProblems(limit = 6, locale: Locale = 'zh'): Promise<Array<{ href: string; title: string }>> {
	return (await problems(locale)).slice(0, limit).map((p) => ({ href: pathOf(localizedSlug(`issues/${p.id}`, locale)), title: p.title }));
}
