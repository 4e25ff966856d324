/** Pure helpers over Starlight's list of `<head>` entries. */

export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined> | undefined;
	content?: string | undefined;
}

const isDescription = (e: HeadEntry) =>
	e.tag === 'meta' && (e.attrs?.['name'] === 'description' || e.attrs?.['property'] === 'og:description');

/** Replaces (or adds) `<meta name="description">` and `og:description` with `description`. */
export function withDescription<T extends HeadEntry>(head: readonly T[], description: string): Array<T | HeadEntry> {
	return [
		...head.filter((e) => !isDescription(e)),
		{ tag: 'meta', attrs: { name: 'description', content: description } },
		{ tag: 'meta', attrs: { property: 'og:description', content: description } },
	];
}
