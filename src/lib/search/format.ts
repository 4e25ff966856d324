/**
 * The normaliser's data as it travels from the build to the browser (`/search/normalize.json`),
 * and the small helpers both sides share. Nothing here is heavy: it ships with the search code.
 */
import type { CueData } from './cues';

/** How a saying is compared: full-width folded, lower case, single spaces. */
export function foldSaying(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export const SEARCH_DATA_VERSION = 4;
export const SEARCH_DATA_PATH = '/search/normalize.json';

export interface SearchData {
	v: typeof SEARCH_DATA_VERSION;
	/** Traditional → simplified for the characters the site uses, as pairs: "帳帐戶户…". */
	t2s: string;
	/** Traditional and Taiwan/Hong Kong phrases → the site's words (登入 → 登录), applied first. */
	t2sPhrases: Record<string, string>;
	/** Reader saying → replacement ('' removes it): the vocabulary file, folded. */
	sayings: Record<string, string>;
	/** Single characters removed where they stand alone. */
	stops: string;
	/**
	 * The site's words, separated by spaces: first the `important` ones readers mean (from titles,
	 * keywords, headings, summaries and the vocabulary), then the others its text uses, most used first.
	 */
	words: string;
	/** How many of `words` are important: only those correct a slip. */
	important: number;
	/** How often the site's text uses each of `words` (same order): the rarer, the more telling. */
	uses: number[];
	/** On how many pages each of `words` appears (same order): its document frequency. */
	df: number[];
	/** How many pages the site has (for the document frequencies). */
	pages: number;
	/** Regional wording → Mandarin (simplified keys), rewritten in the text before it is cut into words. */
	regional: Record<string, string>;
	/** Wallet names: kept, but after the problem words. */
	wallets: string[];
	/**
	 * Toneless pinyin of the words that do not read as their characters' first readings
	 * (银行 is "yin hang", not "yin xing"): word → syllables joined by spaces.
	 */
	readAs: Record<string, string>;
	/**
	 * How to read the 3,755 common characters (GB 2312 level 1, which browsers decode with
	 * TextDecoder('gbk') in pinyin order): runs of "syllable count", e.g. "a2 ai13 an9 …".
	 */
	gb: string;
	/** Other readings of the site's characters, and its characters outside GB level 1: syllable → chars. */
	chars: Record<string, string>;
	/** In a long pasted text, the words kept (most important first). */
	keyTerms: string[];
	/** Latin words and numbers the site uses (paypal, app, 110…), space-separated. */
	latin: string;
	/** The articles' reader cues (src/lib/search/cues.ts); absent when no article has any. */
	cues?: CueData;
	/** Sayings (simplified, folded) that name a subject the site has no page for → its name; absent when the vocabulary lists none. */
	outside?: Record<string, string>;
	/** Words that name a problem the site answers (the vocabulary's `situations`), folded. */
	situations?: string[];
}

/** The common characters a slip may produce, in GB 2312 order (level 1 is sorted by pinyin). */
export function commonCharacters(): string {
	const decoder = new TextDecoder('gbk');
	let chars = '';
	for (let hi = 0xb0; hi <= 0xd7; hi++) {
		for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++) chars += decoder.decode(new Uint8Array([hi, lo]));
	}
	return chars;
}
