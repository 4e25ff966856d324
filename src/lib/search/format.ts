/**
 * The normaliser's data as it travels from the build to the browser (`/search/normalize.json`),
 * and the small helpers both sides share. Nothing here is heavy: it ships with the search code.
 */
import type { AskedModel } from './asked';
import type { CueData } from './cues';

/** How a saying is compared: full-width folded, lower case, single spaces. */
export function foldSaying(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Spaces beside a Chinese character go (wifi 密码 → wifi密码); spaces between Latin words stay. */
const joinChinese = (text: string) => text.replace(/ +(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) +/gu, '');
const LATIN_END = /[a-z0-9]/;

/**
 * The subjects a folded text names, each once, in the order of `entries` (saying → subject): the
 * vocabulary's `outside`, Chinese and English alike. A saying is found anywhere in Chinese text, but
 * its Latin letters only as whole words (etc is not in “sketchy”, tip is not in “stipend”).
 */
export function namedSubjects(text: string, entries: Iterable<readonly [string, string]>): string[] {
	const joined = joinChinese(text);
	const found = new Set<string>();
	for (const [saying, subject] of entries) {
		const key = joinChinese(saying);
		if (!key || found.has(subject)) continue;
		for (let at = joined.indexOf(key); at !== -1; at = joined.indexOf(key, at + 1)) {
			const cutBefore = LATIN_END.test(key[0] ?? '') && LATIN_END.test(joined[at - 1] ?? '');
			const cutAfter = LATIN_END.test(key.at(-1) ?? '') && LATIN_END.test(joined[at + key.length] ?? '');
			if (!cutBefore && !cutAfter) {
				found.add(subject);
				break;
			}
		}
	}
	return [...found];
}

/**
 * A wallet name weighs this little in a query's meaning: every problem happens in every wallet, so it
 * never answers a question alone. Here, not in normalize.ts, so that the ranking (query.ts) can use it
 * without pulling the Chinese normaliser into the dialog's first code.
 */
export const WALLET_WEIGHT = 0.3;

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
	/** The model learnt from readers' labelled questions (src/lib/search/asked.ts); absent when editors gave none. */
	asked?: AskedModel;
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
