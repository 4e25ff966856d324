/**
 * The English search path's data, built from the English pages and content/search/english.yaml
 * (src/integrations/search-data-en.ts) and served as `/search/english.json`. Pure.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const ENGLISH_DATA_PATH = '/search/english.json';
export const ENGLISH_VOCABULARY_FILE = 'content/search/english.yaml';

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
}

const vocabularySchema = z
	.object({
		keyTerms: z.array(z.string().trim().min(1)).default([]),
		synonyms: z.array(z.object({ say: z.array(z.string().trim().min(1)).min(1), means: z.string().trim().min(1) }).strict()).default([]),
	})
	.strict();

/** Lower-case words of an English text. */
export const englishWords = (text: string): string[] =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && !/[\u3400-\u9fff]/u.test(w));

/** Builds the data from each English page's text and the vocabulary file's text. Throws naming the field on a bad file. */
export function buildEnglishData(pageTexts: readonly string[], vocabularyYaml: string): EnglishSearchData {
	const parsed = vocabularySchema.safeParse(parse(vocabularyYaml) ?? {});
	if (!parsed.success) throw new Error(`${ENGLISH_VOCABULARY_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	const df: Record<string, number> = {};
	for (const text of pageTexts) for (const word of new Set(englishWords(text))) df[word] = (df[word] ?? 0) + 1;
	const synonyms = parsed.data.synonyms
		.flatMap(({ say, means }) => say.map((s): [string, string] => [englishWords(s).join(' '), englishWords(means).join(' ')]))
		.sort((a, b) => b[0].length - a[0].length);
	return { v: 1, df, pages: pageTexts.length, keyTerms: parsed.data.keyTerms.map((t) => t.toLowerCase()), synonyms };
}

export function isEnglishData(value: unknown): value is EnglishSearchData {
	return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 && typeof (value as { df?: unknown }).df === 'object';
}
