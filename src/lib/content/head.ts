/** Pure helpers over Starlight's list of `<head>` entries. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type HeadEntries = StarlightRouteData['head'];
type HeadEntry = HeadEntries[number];

const isDescription = (e: HeadEntry) =>
	e.tag === 'meta' && (e.attrs?.['name'] === 'description' || e.attrs?.['property'] === 'og:description');

/** Replaces (or adds) `<meta name="description">` and `og:description` with `description`. */
export function withDescription(head: HeadEntries, description: string): HeadEntries {
	return [
		...head.filter((e) => !isDescription(e)),
		{ tag: 'meta', attrs: { name: 'description', content: description } },
		{ tag: 'meta', attrs: { property: 'og:description', content: description } },
	];
}
