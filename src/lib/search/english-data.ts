/**
 * The English search path's data, built from the English pages and content/search/english.yaml
 * (src/lib/search/english-build.ts, at build time) and served as `/search/english.json`. Pure and
 * small: the search dialog imports it.
 */

export const ENGLISH_DATA_PATH = '/search/english.json';
export const ENGLISH_VOCABULARY_FILE = 'content/search/english.yaml';

import type { AskedModel } from './asked';
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
	/** Words by which a query typed on a Chinese page reads as a visitor's (tourist, passport, visa): its English pages come first. */
	visitors?: string[];
	/** Places a visitor names (Shanghai, Pudong): where something happened, not what — dropped as chatter. */
	places?: string[];
	/** Every English article's profile: title, keywords, summary, telling headings (src/lib/search/profile.ts). */
	profiles?: CueData;
	/** The model learnt from visitors' labelled questions (src/lib/search/asked.ts); absent when editors gave none. */
	asked?: AskedModel;
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

/** English words that never tell one problem from another (the English path drops them; on a Chinese page they mark a query as English). */
export const STOPWORDS = new Set(
	(
		'a an the and or but if then so to of in on at by for from with about into as is are was were be been being am ' +
		'do does did doing done have has had i im ive me my mine we our you your he she it its they them their this that these those ' +
		'what whats which who whom why how when where can cant could should would will shall may might must please help hi hello thanks thank ' +
		'there here just still not no yes get gets got getting keep keeps kept any some also very really now again use using used ' +
		'dont didnt doesnt wont isnt one anything everything someone something way best tried trying try said says say ' +
		// Common English function words and chatter (a standard stopword list, plus the words stories are padded with).
		'above after again against all almost already although always among another anyone anyway around away back because before behind below ' +
		'between both cannot couldnt down during each either else enough even ever every few first further half hence however later ' +
		'least less like lot lots many maybe more most much myself never next nor off often once only other others otherwise ought ours ourselves ' +
		'out over own perhaps quite rather same since soon such than thats theirs themselves thing things though through thus together too toward ' +
		'towards under until upon us well whatever whether while whole whose within without yet yours yourself yourselves ' +
		'time times ten two three four five six seven eight nine twice day days today yesterday tomorrow morning evening night week minute minutes hour hours ' +
		'actually definitely basically suddenly finally kindly okay ok pls plz guy guys mate ' +
		// Everyday verbs and nouns that carry no situation of their own (reach a person, see the problems people run into).
		'reach see seen saw people run runs ran happen happens happened want wanted know knew think thought saying told telling ' +
		'go goes going went come comes came look looking let put take took give gave feel felt seem seems'
	).split(' '),
);
