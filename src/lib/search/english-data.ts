/**
 * The English search path's data, built from the English pages and content/search/english.yaml
 * (src/lib/search/english-build.ts, at build time) and served as `/search/english.json`. Pure and
 * small: the search dialog imports it.
 */

export const ENGLISH_DATA_PATH = '/search/english.json';
export const ENGLISH_VOCABULARY_FILE = 'content/search/english.yaml';

import type { CueData } from './cues';

export interface EnglishSearchData {
	v: 1;
	/** Each word the English pages use → on how many pages. */
	df: Record<string, number>;
	/** How many pages. */
	pages: number;
	/** Words kept first in a long question, most telling first. */
	keyTerms: string[];
	/** Visitor phrase → page words, longest first. */
	synonyms: Array<[string, string]>;
	/** Visitor phrases (lower-case words) that name a subject the site has no page for → its name (content/search/english.yaml `outside`). */
	outside?: Array<[string, string]>;
	/** Words that name a problem the pages answer (scammed, stolen): such a query is never refused as being about something else. */
	situations?: string[];
	/** Every English article's profile: title, keywords, summary, telling headings (src/lib/search/profile.ts). */
	profiles?: CueData;
}

/** Lower-case words of an English text. */
export const englishWords = (text: string): string[] =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && !/[\u3400-\u9fff]/u.test(w));

export function isEnglishData(value: unknown): value is EnglishSearchData {
	return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 && typeof (value as { df?: unknown }).df === 'object';
}
