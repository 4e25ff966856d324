/**
 * Starlight route middleware, run for every page at build time:
 * - fails the build when `related` names a page that does not exist (Astro only logs that);
 * - uses the page's one-line `summary` as its meta/Open Graph description;
 * - escapes the page text Starlight would otherwise render as HTML (title tag, hero, banner);
 * - keeps the sidebar a constant size in large sections (src/lib/sidebar.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { withDescription } from './lib/content/head';
import { escapeRouteText } from './lib/security/escape';
import { trimSidebar } from './lib/content/sidebar';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	const related = entry.data.related ?? [];
	for (const [index, ref] of related.entries()) {
		if (!(await getEntry(ref))) {
			throw new Error(
				`${entry.filePath}: frontmatter field "related[${index}]" names "${ref.id}", but no page has that slug.`,
			);
		}
	}
	route.sidebar = trimSidebar(route.sidebar);
	// Starlight renders the <title>, the hero and a banner as HTML: content strings stay text.
	Object.assign(route, escapeRouteText(route));
	if (entry.data.summary && !entry.data.description) {
		route.head = withDescription(route.head, entry.data.summary);
	}
});
