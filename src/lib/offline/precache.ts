/** Reads the precache manifest that workbox inlines into a generated sw.js: url → revision. */
export function precacheEntries(swSource: string): Map<string, string | null> {
	const entries = [...swSource.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)];
	return new Map(entries.map((m) => [m[1] ?? '', m[2] ?? null]));
}
