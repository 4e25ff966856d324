/** Builds the English search data at build time (yaml and zod stay out of the browser). */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { buildCues, type CueSource } from './cues';
import { ENGLISH_VOCABULARY_FILE, englishWords, type EnglishSearchData } from './english-data';

const vocabularySchema = z
	.object({
		keyTerms: z.array(z.string().trim().min(1)).default([]),
		situations: z.array(z.string().trim().min(1)).default([]),
		visitors: z.array(z.string().trim().min(1)).default([]),
		places: z
			.array(
				z
					.string()
					.trim()
					.regex(/^[^\s]+$/, 'one word per place'),
			)
			.default([]),
		synonyms: z.array(z.object({ say: z.array(z.string().trim().min(1)).min(1), means: z.string().trim().min(1) }).strict()).default([]),
		outside: z.array(z.object({ topic: z.string().trim().min(1), say: z.array(z.string().trim().min(1)).min(1) }).strict()).default([]),
	})
	.strict();

/** Builds the data from each English page's text and the vocabulary file's text. Throws naming the field on a bad file. */
export function buildEnglishData(pageTexts: readonly string[], vocabularyYaml: string, profiles: readonly CueSource[] = []): EnglishSearchData {
	const parsed = vocabularySchema.safeParse(parse(vocabularyYaml) ?? {});
	if (!parsed.success) throw new Error(`${ENGLISH_VOCABULARY_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	const df: Record<string, number> = {};
	for (const text of pageTexts) for (const word of new Set(englishWords(text))) df[word] = (df[word] ?? 0) + 1;
	const synonyms = parsed.data.synonyms
		.flatMap(({ say, means }) => say.map((s): [string, string] => [englishWords(s).join(' '), englishWords(means).join(' ')]))
		.sort((a, b) => b[0].length - a[0].length);
	const data: EnglishSearchData = { v: 1, df, pages: pageTexts.length, keyTerms: parsed.data.keyTerms.map((t) => t.toLowerCase()), synonyms };
	const outside = parsed.data.outside.flatMap(({ topic, say }) => say.map((s): [string, string] => [englishWords(s).join(' '), topic]));
	// A subject outside the site that a page's keywords or cues name is not outside it: one vocabulary, not two.
	const leads = profiles.map((page) => ({ url: page.url, words: [page.keywords ?? '', ...page.cues].map((t) => ` ${englishWords(t).join(' ')} `) }));
	const claimed = outside.flatMap(([phrase]) => leads.filter((l) => l.words.some((w) => w.includes(` ${phrase} `))).map((l) => `“${phrase}” (${l.url})`));
	if (claimed.length > 0)
		throw new Error(`${ENGLISH_VOCABULARY_FILE}: outside names what a page's keywords or cues cover: ${claimed.join(', ')} — remove it from outside.`);
	if (outside.length > 0) data.outside = outside;
	if (parsed.data.situations.length > 0) data.situations = parsed.data.situations.map((t) => englishWords(t).join(' '));
	if (parsed.data.visitors.length > 0) data.visitors = parsed.data.visitors.map((t) => englishWords(t).join(' '));
	if (parsed.data.places.length > 0) data.places = parsed.data.places.map((t) => englishWords(t).join(''));
	if (profiles.length > 0) data.profiles = buildCues(profiles, (text) => text.toLowerCase());
	return data;
}
