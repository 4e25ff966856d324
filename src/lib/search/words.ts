/**
 * What already leads a search to each article: its title, keywords, headings and summary, read
 * from the article sources the content check reads, and the pages that get a search profile
 * (`cueSources`). Pure; used by the vocabulary check (before the build) and the search data steps
 * (after it).
 */
import type { ArticleSource } from '../content/check';
import { CATEGORIES, categoryLabel, type Category } from '../content/categories';
import { frontmatterData } from '../content/frontmatter';
import { pathOfSlug, slugOfFile } from '../content/pages';
import { localeOfSlug } from '../i18n/locale';
import { isSupportTrait, type SupportTrait } from '../content/problems';
import type { CueSource } from './cues';

/** A frontmatter value as text: strings and numbers as written, anything else (a list, a map) as nothing. */
const textOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
/** A frontmatter list as texts (anything else: none). */
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** What an article says that leads a search to it, read once from its source. */
interface ArticleParts {
	slug: string;
	data: Record<string, unknown>;
	title: string;
	summary: string;
	keywords: string[];
	cues: string[];
	headings: string[];
}

function articleParts({ file, text }: ArticleSource): ArticleParts {
	const data = frontmatterData(text);
	return {
		slug: typeof data['slug'] === 'string' ? data['slug'] : slugOfFile(file),
		data,
		title: textOf(data['title']),
		summary: textOf(data['summary']),
		keywords: listOf(data['keywords']),
		cues: listOf(data['cues']),
		headings: [...text.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1] ?? ''),
	};
}

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
	for (const source of sources) {
		// The Chinese normaliser's words: English pages (`en/`) have their own search path.
		if (localeOfSlug(slugOfFile(source.file)) === 'en') continue;
		const { slug, title, summary, keywords, headings } = articleParts(source);
		titles.set(slug, title);
		leads.set(source.file, [title, ...keywords]);
		phrases.push(title, summary, ...keywords, ...headings);
	}
	return { phrases, titles, leads };
}

/**
 * The articles that get a profile, with their reader cues (`cues:`) and what the dialog shows of
 * each page: in Chinese the articles with cues (editors opt in, so a site of thousands of pages
 * keeps its search data small); in English every article in the index (the edition is small and
 * has no cues).
 */
export function cueSources(sources: readonly ArticleSource[], base: string, locale: 'zh' | 'en' = 'zh'): CueSource[] {
	return sources.flatMap((source): CueSource[] => {
		if (localeOfSlug(slugOfFile(source.file)) !== locale || /^pagefind: false$/m.test(source.text)) return [];
		const { slug, data, title, summary, keywords, cues, headings } = articleParts(source);
		if (locale === 'zh' && cues.length === 0) return [];
		const category = CATEGORIES.find((c): c is Category => c === data['category']);
		const url = `${base.replace(/\/$/, '')}${pathOfSlug(slug)}`;
		const support = data['support'];
		const traits = support && typeof support === 'object' && 'traits' in support && Array.isArray(support.traits) ? support.traits.filter(isSupportTrait) : [];
		const urgent = traits.includes('emergency' satisfies SupportTrait);
		return [
			{
				url,
				title,
				category: category ? categoryLabel(category, locale) : '',
				cues,
				keywords: keywords.join(' '),
				summary,
				headings,
				...(urgent && { urgent: true as const }),
			},
		];
	});
}
