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
