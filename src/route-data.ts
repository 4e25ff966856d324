/**
 * Starlight route middleware, run for every page at build time:
 * - uses the page's one-line `summary` as its meta/Open Graph description;
 * - escapes the page text Starlight would otherwise render as HTML (title tag, hero, banner);
 * - keeps the sidebar a constant size in large sections (src/lib/sidebar.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withDescription } from './lib/content/head';
import { escapeRouteText } from './lib/security/escape';
import { trimSidebar } from './lib/content/sidebar';

// `related` is checked once, before the build, by src/integrations/content-check.ts.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	route.sidebar = trimSidebar(route.sidebar);
	// Starlight renders the <title>, the hero and a banner as HTML: content strings stay text.
	Object.assign(route, escapeRouteText(route));
	if (entry.data.summary && !entry.data.description) {
		route.head = withDescription(route.head, entry.data.summary);
	}
});
