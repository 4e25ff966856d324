/** The site's sections, shared by the content schema and client code (no Zod here: it ships to browsers). */

/**
 * Sections of the site map; each page belongs to exactly one. `home`: the front page and the 404
 * page; `visitor`: the English edition's pages for visitors to China (`en/visitors/`).
 */
export const CATEGORIES = ['issue', 'channel', 'guide', 'prevention', 'wallet', 'visitor', 'home'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The five sections in sidebar order: their folder under `content/docs/` and their category. */
export const SECTIONS = [
	{ directory: 'issues', category: 'issue' },
	{ directory: 'contact', category: 'channel' },
	{ directory: 'guide', category: 'guide' },
	{ directory: 'prevention', category: 'prevention' },
	{ directory: 'wallets', category: 'wallet' },
] as const satisfies ReadonlyArray<{ directory: string; category: Category }>;

/** The English edition's sections (under `content/docs/en/`), in its sidebar order. */
export const EN_SECTIONS = [
	{ directory: 'visitors', category: 'visitor' },
	{ directory: 'issues', category: 'issue' },
	{ directory: 'contact', category: 'channel' },
] as const satisfies ReadonlyArray<{ directory: string; category: Category }>;

/** Reader-facing name of each category, as used in the sidebar and search results. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
	issue: '常见问题',
	channel: '联系客服',
	guide: '求助指南',
	prevention: '预防建议',
	wallet: '钱包速查',
	visitor: '境外访客',
	home: '首页',
};

/** The same names on English pages. */
export const CATEGORY_LABELS_EN: Readonly<Record<Category, string>> = {
	issue: 'Problems',
	channel: 'Contact support',
	guide: 'Getting help',
	prevention: 'Staying safe',
	wallet: 'Wallets',
	visitor: 'Visitors',
	home: 'Home',
};

/** A category's name in a locale. */
export const categoryLabel = (category: Category, locale: 'zh' | 'en'): string =>
	(locale === 'en' ? CATEGORY_LABELS_EN : CATEGORY_LABELS)[category];
