/** Text and choices of the search dialog that do not depend on the DOM. */
import { CATEGORY_LABELS, CATEGORY_LABELS_EN, categoryLabel, EN_SECTIONS, SECTIONS, type Category } from '../content/categories';
import type { Locale } from '../i18n/locale';

type Filter = { value: 'all' | Category; label: string };

/** Filter chips, in sidebar order; `all` searches everything. */
export const SEARCH_FILTERS: ReadonlyArray<Filter> = [
	{ value: 'all', label: '全部' },
	...SECTIONS.map(({ category }) => ({ value: category, label: CATEGORY_LABELS[category] })),
];

/** The English pages' chips (their index stores the English labels). */
export const SEARCH_FILTERS_EN: ReadonlyArray<Filter> = [
	{ value: 'all', label: 'All' },
	...EN_SECTIONS.map(({ category }) => ({ value: category, label: CATEGORY_LABELS_EN[category] })),
];

export const searchFilters = (locale: Locale = 'zh') => (locale === 'en' ? SEARCH_FILTERS_EN : SEARCH_FILTERS);

/** Pagefind filter for a chip value (the index stores the reader-facing label). */
export function pagefindFilter(value: string, locale: Locale = 'zh'): Record<string, string> | undefined {
	const match = searchFilters(locale).find((f) => f.value === value && f.value !== 'all');
	return match ? { category: match.label } : undefined;
}

/** The polite status line read out after each search. */
export function resultStatus(count: number, query: string, filterLabel?: string, locale: Locale = 'zh'): string {
	if (!query.trim()) return '';
	if (locale === 'en') {
		const scope = filterLabel && filterLabel !== 'All' ? ` in “${filterLabel}”` : '';
		return count === 0 ? `Nothing found${scope} for “${query.trim()}”.` : `${count} page${count === 1 ? '' : 's'} found${scope}.`;
	}
	const scope = filterLabel && filterLabel !== '全部' ? `在“${filterLabel}”中` : '';
	return count === 0 ? `${scope}没有找到和“${query.trim()}”相关的文章。` : `${scope}找到 ${count} 篇相关文章。`;
}

/**
 * What the dialog adds to “nothing found” when the query names subjects the site has no page for
 * (the vocabulary's `outside`): which, and what the site is about instead. '' when there are none.
 */
export function outsideNote(topics: readonly string[], locale: Locale = 'zh'): string {
	if (topics.length === 0) return '';
	if (locale === 'en')
		return `This help center does not cover ${topics.join('; ')}. It is about wallet problems: payments, cards, logins, transfers, refunds and scams. For this question, see the help of the app or service concerned.`;
	return `本站不讲“${topics.join('”“')}”。这里只讲钱包出了问题怎么办：付款、登录、银行卡、转账、退款、被骗等。这类问题请看相关 App 或机构自己的说明。`;
}

/**
 * What the status line says when no article answers and the one result is the page of the wallet the
 * query names, or the wallets' overview (its title is the wallets' section name) for several.
 */
export function walletNote(title: string, locale: Locale = 'zh'): string {
	const overview = title === categoryLabel('wallet', locale);
	if (locale === 'en')
		return overview
			? `No article answers this. ${title} lists each wallet's official help and support.`
			: `No article answers this. ${title}'s page shows where its official help and support are.`;
	return overview
		? `没有专门讲这个问题的文章。${title}列出了每个钱包的官方帮助和客服入口。`
		: `没有专门讲这个问题的文章。${title}这一页写了它的官方帮助和客服入口。`;
}

/** What the status line adds on a Chinese page when the list holds English pages too ('' for none). */
export const englishNote = (count: number): string => (count > 0 ? `其中 ${count} 篇是英文文章（In English）。` : '');

/** What the dialog says when the normaliser changed the query, and the way back. */
export interface CorrectionNote {
	text: string;
	/** The button that switches to the other reading. */
	action: string;
}

/**
 * The note above the results: searching the corrected words (with a one-tap way back to exactly
 * what was typed), or exactly what was typed (with the way to the corrected words again).
 * `undefined` when there is nothing to say.
 */
export function correctionNote(corrected: string, typed: string, literal: boolean): CorrectionNote | undefined {
	if (!corrected || !typed || corrected.replace(/ /g, '') === typed.replace(/ /g, '')) return undefined;
	const show = (q: string) => `「${q.replace(/ /g, '')}」`.replace(/「(.*[a-z].*)」/i, `「${q}」`);
	return literal
		? { text: `按你输入的${show(typed)}搜索。`, action: `改按${show(corrected)}搜索` }
		: { text: `按${show(corrected)}搜索。`, action: `改按原文${show(typed)}搜索` };
}
