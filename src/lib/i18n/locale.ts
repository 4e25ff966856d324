/**
 * The site's two languages. Chinese is the root locale (no URL prefix, so no address changes);
 * English lives under `/en/`. A translation keeps the Chinese page's slug: `en/issues/refund` is
 * the English `issues/refund`. Pure, no Astro APIs: used by the build, the components and tests.
 */

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` attribute of each locale's pages (Pagefind splits its index by it). */
export const LANG: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' };

/** URL and content prefix of the English pages. */
export const EN_PREFIX = 'en';

/** `en/issues/refund`, `en` → en; everything else → zh. */
export function localeOfSlug(slug: string): Locale {
	return slug === EN_PREFIX || slug.startsWith(`${EN_PREFIX}/`) ? 'en' : 'zh';
}

/** A site path's locale: `/en/…` → en. */
export function localeOfPath(path: string): Locale {
	return /^\/en(?:\/|$)/.test(path) ? 'en' : 'zh';
}

/** A `lang` attribute value (`en`, `en-GB`, `zh-CN`) → locale. */
export function localeOfLang(lang: string | null | undefined): Locale {
	return /^en\b/i.test(lang ?? '') ? 'en' : 'zh';
}

/** The slug without its locale prefix: `en/issues/refund` → `issues/refund`, `en` → `index`. */
export function baseSlug(slug: string): string {
	if (slug === EN_PREFIX) return 'index';
	return slug.startsWith(`${EN_PREFIX}/`) ? slug.slice(EN_PREFIX.length + 1) : slug;
}

/** A base slug in a locale: (`issues/refund`, en) → `en/issues/refund`; (`index`, en) → `en`. */
export function localizedSlug(base: string, locale: Locale): string {
	if (locale === 'zh') return base;
	return base === 'index' || base === '' ? EN_PREFIX : `${EN_PREFIX}/${base}`;
}

/** The site path of a slug: `index` → `/`, `en` → `/en/`, `issues/refund` → `/issues/refund/`. */
export const pathOf = (slug: string) => (slug === 'index' || slug === '' ? '/' : `/${slug}/`);

/** The home path of a locale. */
export const homePath = (locale: Locale) => pathOf(localizedSlug('index', locale));

export interface LanguageLink {
	/** The other language's page: its translation, or that language's home page. */
	href: string;
	locale: Locale;
	/** Whether `href` is the same page in the other language (not just its home). */
	translated: boolean;
}

/**
 * Where the language switcher of the page `slug` leads, given every page slug of the site:
 * the same page in the other language where it exists, else the other language's home.
 */
export function otherLanguage(slug: string, slugs: ReadonlySet<string>): LanguageLink {
	const from = localeOfSlug(slug);
	const locale: Locale = from === 'zh' ? 'en' : 'zh';
	const target = localizedSlug(baseSlug(slug), locale);
	const translated = slugs.has(target) || (target === 'en' && slugs.has('en/index'));
	return { href: translated ? pathOf(target) : homePath(locale), locale, translated };
}

/**
 * The English paths Starlight renders as copies of untranslated Chinese pages ("fallbacks"):
 * `/en/<slug>/` for every Chinese slug without an English page. The build deletes them (they
 * would bloat the English site, its search index and offline saving); the switcher never links them.
 */
export function fallbackPaths(slugs: Iterable<string>): string[] {
	const all = new Set(slugs);
	const out: string[] = [];
	for (const slug of all) {
		if (localeOfSlug(slug) !== 'zh' || slug === '404') continue;
		const en = localizedSlug(slug, 'en');
		if (!all.has(en) && !(en === 'en' && all.has('en/index'))) out.push(pathOf(en));
	}
	return out.sort();
}
