/**
 * Which `/_astro/` files a saved page needs, so that it never opens without its CSS or JavaScript
 * after a deployment renamed them. Read from the page's HTML, then from each script and stylesheet
 * (Vite chunks import their siblings as `./name.hash.js`).
 */

const ASTRO = '/_astro/';
const FILE = /[\w.~-]+\.(?:m?js|css|woff2?|ttf|svg|png|webp|avif|jpe?g|gif)/.source;

/** `/_astro/` paths named in a page: stylesheets, scripts, preloads, images, inline imports. */
export function htmlAssets(html: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(new RegExp(`["'(](/_astro/${FILE})(?:[?#][^"')]*)?["')]`, 'g'))) found.add(m[1] ?? '');
	return [...found].sort();
}

/**
 * `/_astro/` paths a script or stylesheet under `/_astro/` refers to: relative imports
 * (`"./page.abc.js"`), absolute ones and CSS `url()`s. May include names that are not files
 * (a string that only looks like one); the caller skips what the server does not have.
 */
export function referencedAssets(text: string): string[] {
	const found = new Set<string>();
	for (const m of text.matchAll(new RegExp(`["'(](?:\\./|/_astro/)(${FILE})["')]`, 'g'))) found.add(`${ASTRO}${m[1] ?? ''}`);
	return [...found].sort();
}

/** Is this a text file whose references matter (scripts and stylesheets)? */
export function mayReferenceAssets(path: string): boolean {
	return /\.(?:m?js|css)$/.test(path);
}

/**
 * The assets to keep in the asset cache: the current deployment's own, plus every asset a saved
 * page still needs (a page that could not be refreshed yet keeps the files of its version).
 */
export function assetsToKeep(current: Iterable<string>, savedPageAssets: Iterable<Iterable<string>>): Set<string> {
	const keep = new Set(current);
	for (const list of savedPageAssets) for (const path of list) keep.add(path);
	return keep;
}
