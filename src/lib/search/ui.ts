/** Text and choices of the search dialog that do not depend on the DOM. */
import { CATEGORY_LABELS, SECTIONS, type Category } from '../content/categories';

/** Filter chips, in sidebar order; `all` searches everything. */
export const SEARCH_FILTERS: ReadonlyArray<{ value: 'all' | Category; label: string }> = [
	{ value: 'all', label: '全部' },
	...SECTIONS.map(({ category }) => ({ value: category, label: CATEGORY_LABELS[category] })),
];

/** Pagefind filter for a chip value (the index stores the reader-facing label). */
export function pagefindFilter(value: string): Record<string, string> | undefined {
	const match = SEARCH_FILTERS.find((f) => f.value === value && f.value !== 'all');
	return match ? { category: match.label } : undefined;
}

/** The polite status line read out after each search. */
export function resultStatus(count: number, query: string, filterLabel?: string): string {
	if (!query.trim()) return '';
	const scope = filterLabel && filterLabel !== '全部' ? `在“${filterLabel}”中` : '';
	return count === 0 ? `${scope}没有找到和“${query.trim()}”相关的文章。` : `${scope}找到 ${count} 篇相关文章。`;
}

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
