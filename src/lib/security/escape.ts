/**
 * Content strings are text. Where a framework component renders a prop as HTML (Starlight's
 * `LinkCard`, `Hero` and `<head>` entries use `set:html`), the text is escaped first so that it
 * shows literally — `退款 A&B <script>` stays those characters and never becomes an element.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use as HTML (element content or a quoted attribute value). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

type RouteData = Pick<StarlightRouteData, 'head' | 'entry' | 'siteTitle'>;

/**
 * Returns what Starlight renders with `set:html` from the page's data, escaped: the `<title>`
 * (Starlight's Head renders every head entry's `content` as HTML), the splash hero's title and
 * tagline (Hero falls back to the page title) and a banner. Leaves `route` untouched.
 */
export function escapeRouteText(route: RouteData): Pick<RouteData, 'head' | 'entry'> {
	const { data } = route.entry;
	const head = route.head.map((tag) =>
		tag.tag === 'title' && typeof tag.content === 'string' && data.title && tag.content.startsWith(data.title)
			? { ...tag, content: escapeHtml(tag.content) }
			: tag,
	);
	const hero = data.hero && {
		...data.hero,
		title: escapeHtml(data.hero.title ?? data.title),
		...(data.hero.tagline === undefined ? {} : { tagline: escapeHtml(data.hero.tagline) }),
	};
	const banner = data.banner && { ...data.banner, content: escapeHtml(data.banner.content) };
	return {
		head,
		entry: { ...route.entry, data: { ...data, ...(hero ? { hero } : {}), ...(banner ? { banner } : {}) } },
	};
}
