/**
 * Starlight route middleware, run for every page at build time:
 * - uses the page's one-line `summary` as its meta/Open Graph description;
 * - escapes the page text Starlight would otherwise render as HTML (title tag, hero, banner);
 * - keeps only the current language's real pages in the sidebar, and the sidebar a constant size
 *   in large sections, and “previous / next” on real pages of the language (src/lib/content/sidebar.ts);
 * - keeps Starlight's copies of untranslated pages under /en/ out of the search index (the build
 *   then deletes them: src/integrations/i18n-fallbacks.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { withDescription } from './lib/content/head';
import { escapeRouteText } from './lib/security/escape';
import { localizePagination, localizeSidebar, trimSidebar } from './lib/content/sidebar';
import { localeOfSlug, pathOf, type Locale } from './lib/i18n/locale';

let pagesByLocale: Promise<Map<Locale, Set<string>>> | undefined;

/** Paths of the real pages of each language, read once per build. */
function localePages(): Promise<Map<Locale, Set<string>>> {
	pagesByLocale ??= getCollection('docs').then((entries) => {
		const map = new Map<Locale, Set<string>>([
			['zh', new Set()],
			['en', new Set()],
		]);
		for (const { id } of entries) map.get(localeOfSlug(id))?.add(pathOf(id));
		return map;
	});
	return pagesByLocale;
}

// `related` is checked once, before the build, by src/integrations/content-check.ts.
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	const locale: Locale = route.locale === 'en' ? 'en' : 'zh';
	const pages = (await localePages()).get(locale) ?? new Set<string>();
	const sidebar = localizeSidebar(route.sidebar, pages);
	route.pagination = localizePagination(route.pagination, sidebar, pages);
	route.sidebar = trimSidebar(sidebar);
	if (route.isFallback) route.entry = { ...entry, data: { ...entry.data, pagefind: false } };
	// Starlight renders the <title>, the hero and a banner as HTML: content strings stay text.
	Object.assign(route, escapeRouteText(route));
	if (entry.data.summary && !entry.data.description) {
		route.head = withDescription(route.head, entry.data.summary);
	}
});
