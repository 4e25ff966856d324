/**
 * What already leads a search to each article: its title, keywords, headings and summary, read
 * from the article sources the content check reads. Pure; used by the vocabulary check (before the
 * build) and the search data step (after it).
 */
import type { ArticleSource } from '../content/check';
import { frontmatterData } from '../content/frontmatter';
import { slugOfFile } from '../content/pages';
import { localeOfSlug } from '../i18n/locale';

/** A frontmatter value as text: strings and numbers as written, anything else (a list, a map) as nothing. */
const textOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

export interface ArticleWords {
	/** Titles, keywords, headings and summaries. */
	phrases: string[];
	/** Page slug → title. */
	titles: Map<string, string>;
	/** Article file (content/docs/…) → its title and keywords (what already leads a search to it). */
	leads: Map<string, string[]>;
}

export function articleWords(sources: readonly ArticleSource[]): ArticleWords {
	const phrases: string[] = [];
	const titles = new Map<string, string>();
	const leads = new Map<string, string[]>();
	for (const { file, text } of sources) {
		// The Chinese normaliser's words: English pages (`en/`) have their own search path.
		if (localeOfSlug(slugOfFile(file)) === 'en') continue;
		const data = frontmatterData(text);
		const title = textOf(data['title']);
		titles.set(typeof data['slug'] === 'string' ? data['slug'] : slugOfFile(file), title);
		const keywords = Array.isArray(data['keywords']) ? data['keywords'].map(String) : [];
		leads.set(file, [title, ...keywords]);
		const headings = [...text.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1] ?? '');
		phrases.push(title, textOf(data['summary']), ...keywords, ...headings);
	}
	return { phrases, titles, leads };
}
