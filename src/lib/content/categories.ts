/** The site's sections, shared by the content schema and client code (no Zod here: it ships to browsers). */

/** Sections of the site map; each page belongs to exactly one. `home`: the front page and the 404 page. */
export const CATEGORIES = ['issue', 'channel', 'guide', 'prevention', 'wallet', 'home'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The five sections in sidebar order: their folder under `content/docs/` and their category. */
export const SECTIONS = [
	{ directory: 'issues', category: 'issue' },
	{ directory: 'contact', category: 'channel' },
	{ directory: 'guide', category: 'guide' },
	{ directory: 'prevention', category: 'prevention' },
	{ directory: 'wallets', category: 'wallet' },
] as const satisfies ReadonlyArray<{ directory: string; category: Category }>;

/** Reader-facing name of each category, as used in the sidebar and search results. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
	issue: '常见问题',
	channel: '联系客服',
	guide: '求助指南',
	prevention: '预防建议',
	wallet: '钱包速查',
	home: '首页',
};
