/**
 * The query normaliser: what a reader typed → the words the articles use, before Pagefind sees
 * it. Pure and table-driven (`SearchData`, built from this site's text at build time):
 * - width and case folded; emoji, punctuation and brackets dropped; dates, times, amounts and
 *   order numbers dropped;
 * - traditional characters → simplified; input-method slips and variant characters (绑顶, 帐户)
 *   → the site's own words that sound the same, which also reads typed pinyin (mima, yu e bu dui)
 *   and initials (yzm);
 * - English through the editors' glossary;
 * - reader sayings → article words in one pass, the segmentation that leaves least unexplained
 *   (a replacement is never replaced again; 了 goes only where it stands alone);
 * - a long pasted text cut to its key terms.
 */
import { matchCues, type CueMatch, type CuePage } from './cues';
import { askedIndex, isAskedModel, matchAsked, type AskedMatch } from './asked';
import { chineseFeatures, matchProfiles, profileIndex, stem } from './profile';
import { STOPWORDS } from './english-data';
import { commonCharacters, namedSubjects, WALLET_WEIGHT, type SearchData } from './format';

export interface NormalizedQuery {
	/** What is searched first. */
	query: string;
	/** Its words, in order. */
	terms: string[];
	/** The one most telling word, searched when the whole query finds too little ('' when none). */
	fallback: string;
	/** The reader's own words, only cleaned of noise: what "search exactly what I typed" searches. */
	literal: string;
	/** Whether `query` says something else than `literal` (a correction worth telling). */
	changed: boolean;
	/**
	 * Every meaningful term of the query (chatter removed, before a long text is cut to its most
	 * telling terms), weighted by how rare it is on this site: what a page must cover to answer it.
	 */
	meaning: WeightedTerm[];
	/**
	 * A story or a pasted message rather than a question: a page must cover its telling terms
	 * (`terms`); its other words tell the circumstances. A short question must be covered whole.
	 */
	story: boolean;
	/** The pages the editors' reader cues in the query lead to, best first (src/lib/search/cues.ts). */
	cued: CueMatch[];
	/** The pages whose profiles (title, keywords, cues, summary, headings) share the query's character pairs, best first (src/lib/search/profile.ts). */
	profiled?: Array<{ page: CuePage; score: number }>;
	/**
	 * Whether the query names a problem the site answers, in the editors' words (the vocabulary's
	 * `situations`: 被骗, 被偷 — also what a reader saying became: 摸走 → 被偷), however much else of it
	 * the site never says or whatever subject outside the site it mentions.
	 */
	named?: boolean;
	/** Which path read the query: the English one sets 'en' (its ranking weights differ); otherwise Chinese. */
	language?: 'en';
	/** The subjects the site has no page for that the query names (the vocabulary's `outside`: 理财和投资), in the order named. */
	outside?: string[];
	/**
	 * When the query says something went wrong (a situation, or cant, not, never…): the pages that
	 * explain how to do a thing rather than fix a problem, which rank lower (src/lib/search/query.ts TROUBLE_RANK).
	 */
	howTo?: string[];
	/** English path: the query reads as a visitor's (the vocabulary's `visitors`: tourist, passport, visa). */
	visitor?: boolean;
	/** The query's features as the profiles and the learnt model compare them (character pairs, English word stems). */
	features?: string[];
	/** The classes the model learnt from readers' questions holds likely, most likely first (src/lib/search/asked.ts). */
	asked?: AskedMatch[];
	/** The pages the search data describes (those with cues or a profile): where a wallet the query names has its page when the search did not find it. */
	described?: readonly CuePage[];
}

export interface WeightedTerm {
	term: string;
	/** SITE_WEIGHT plus its inverse document frequency on this site; for a word the site never uses, FOREIGN_WEIGHT. */
	weight: number;
	/** Whether the site uses the word (false: a word of the reader's the site never says). */
	site: boolean;
}

/**
 * The weight of a word of two or more Chinese characters that the site never uses (基金, 机票): it
 * may be what the question is about, or the reader's own colour (敷衍, 菜市场). Counted as a word
 * on a few pages, so that a question about something the site never mentions is not answered with
 * pages that share only its common words.
 */
export const FOREIGN_WEIGHT = 4;
/** A word the site uses weighs this plus its rarity (idf): 支付 and 手机, on most pages, still say what the question is about. */
export const SITE_WEIGHT = 1;
/**
 * What a query must share with a page's profile (summed character-pair weight) to be about its
 * situation: a rare word of three characters, or two of two (src/lib/search/profile.ts).
 */
export const PROFILE_MATCH = 4.5;

/** Inverse document frequency: `df` of `pages` pages use the word. */
export function idf(df: number, pages: number): number {
	return Math.log((pages + 1) / (df + 0.5));
}

const RUNS = /[\u3400-\u9fff]+|[a-z0-9]+(?: [a-z0-9]+)*/gu;
const VOWELS = /[aeiouv]/;
/** Longest word looked up by sound, in syllables. */
const MAX_SYLLABLES = 6;
/** A text longer than this (Chinese characters plus Latin words: a pasted message) keeps its most telling terms. */
export const LONG_TEXT = 12;
export const LONG_TERMS = 3;
/** Longer than this, a text tells a story: only its telling terms must be covered (the rest are its circumstances). */
export const STORY = 15;

/** Dates, times, amounts, durations and tail numbers: never what a reader is looking for. */
const NOISE = [
	/\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/gu,
	/\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu,
	/\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/gu,
	/[¥￥$]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:元|块|rmb|cny)/gu,
	/尾号\s*\d+/gu,
	/\d+(?:\s*-\s*\d+)?\s*个?(?:小时|分钟|天|工作日)/gu,
];

/** Width, case and noise folded; anything but letters, digits and Chinese becomes a space. */
export function foldQuery(raw: string): string {
	let text = raw.normalize('NFKC').toLowerCase().replace(/['’`]/g, '');
	for (const pattern of NOISE) text = text.replace(pattern, ' ');
	return text
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Latin letters without accents or tone marks: "mìmǎ" → "mima", "lǜ" → "lv". */
export function unaccented(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/u\u0308/g, 'v')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC');
}

/** Pinyin without tones: "mìmǎ" → "mima", "mi2ma3" → "mima", "lü" → "lv". */
export function toneless(text: string): string {
	return unaccented(text).replace(/[1-5]/g, '');
}

/** Character → its readings: GB 2312 level 1 from the runs in `gb`, plus the extra readings. */
export function readingTable(data: Pick<SearchData, 'gb' | 'chars'>): Map<string, string[]> {
	const common = commonCharacters();
	const table = new Map<string, string[]>();
	let at = 0;
	for (const run of data.gb.split(' ')) {
		const m = /^([a-z]+)(\d+)$/.exec(run);
		if (!m) continue;
		for (let i = 0; i < Number(m[2]); i++) {
			const char = common[at++];
			if (char) table.set(char, [m[1] as string]);
		}
	}
	for (const [syllable, chars] of Object.entries(data.chars)) for (const c of chars) table.set(c, [...(table.get(c) ?? []), syllable]);
	return table;
}

export interface Normalizer {
	normalize(raw: string): NormalizedQuery;
	/** A text folded as queries are before they are read (width, case, noise, traditional and regional wording): what cues are matched in. */
	fold(this: void, raw: string): string;
}

/** What one step of the segmentation took. */
type Piece = { kind: 'known' | 'sound'; text: string; length: number } | { kind: 'char'; text: string; length: 1 };

export function createNormalizer(data: SearchData): Normalizer {
	const t2s = new Map<string, string>();
	// By code point: a character outside the BMP (𡻕) is two UTF-16 units.
	const pairs = [...data.t2s];
	for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i] as string, pairs[i + 1] as string);
	const phraseLongest = Math.max(0, ...Object.keys(data.t2sPhrases).map((p) => [...p].length));

	/** Traditional → simplified: regional and traditional phrases first, longest first, then characters. */
	function simplify(chars: readonly string[], converted: Set<number>): string[] {
		const out: string[] = [];
		for (let i = 0; i < chars.length;) {
			let phrase = 0;
			for (let len = Math.min(phraseLongest, chars.length - i); len >= 2; len--) {
				const replacement = data.t2sPhrases[chars.slice(i, i + len).join('')];
				if (replacement !== undefined && [...replacement].length === len) {
					out.push(...replacement);
					for (let k = 0; k < len; k++) converted.add(i + k);
					phrase = len;
					break;
				}
			}
			if (phrase > 0) {
				i += phrase;
				continue;
			}
			const c = chars[i] as string;
			const s = t2s.get(c);
			if (s) converted.add(i);
			out.push(s ?? c);
			i += 1;
		}
		return out;
	}

	const regionalByText = new Map(Object.entries(data.regional));
	const regionalLongest = Math.max(0, ...[...regionalByText.keys()].map((k) => [...k].length));

	/**
	 * Regional wording → Mandarin (唔 → 不, 㗎 → nothing), longest first, on the simplified text.
	 * Rewritten characters count as converted (a slip may be read into a word there too).
	 */
	function rewriteRegional(chars: readonly string[], converted: Set<number>): string[] {
		if (regionalByText.size === 0) return [...chars];
		const out: string[] = [];
		const moved = new Set<number>();
		for (let i = 0; i < chars.length;) {
			let matched = 0;
			for (let len = Math.min(regionalLongest, chars.length - i); len >= 1; len--) {
				const means = regionalByText.get(chars.slice(i, i + len).join(''));
				if (means !== undefined) {
					for (const c of [...means]) {
						moved.add(out.length);
						out.push(c);
					}
					matched = len;
					break;
				}
			}
			if (matched > 0) {
				i += matched;
				continue;
			}
			if (converted.has(i)) moved.add(out.length);
			out.push(chars[i] as string);
			i += 1;
		}
		converted.clear();
		for (const k of moved) converted.add(k);
		return out;
	}

	const siteWords = data.words.split(' ').filter(Boolean);
	/** Sayings and site words: text → replacement (a site word stands for itself). */
	const known = new Map<string, string>(siteWords.map((w) => [w, w]));
	for (const [saying, means] of Object.entries(data.sayings)) known.set(saying, means);
	const longest = Math.max(1, ...[...known.keys()].map((k) => [...k].length));
	const latinSayings = [...known.keys()].filter((k) => /^[a-z0-9 ]+$/.test(k));
	const latinLongest = Math.max(1, ...latinSayings.map((k) => k.split(' ').length));
	/** The glossary's English sayings by their words' stems (charged → charg: “charge”), so that a saying meets its other forms. */
	const stemOf = (words: readonly string[]) => words.map(stem).join(' ');
	const byStem = new Map<string, string>();
	for (const k of latinSayings) {
		const key = stemOf(k.split(' '));
		if (!byStem.has(key)) byStem.set(key, k);
	}

	const readings = readingTable(data);
	const syllables = new Set([...readings.values()].flat());
	const maxSyllable = Math.max(...[...syllables].map((s) => s.length));
	/** Pinyin ("bang ding") → the site's words read that way: all of them, and the important ones. */
	const bySound = new Map<string, string>();
	const slipTargets = new Map<string, string>();
	const importantWords = new Set(siteWords.slice(0, data.important));
	const initials = new Map<string, string>();
	for (const word of siteWords) {
		const heard = data.readAs[word] ?? [...word].map((c) => readings.get(c)?.[0] ?? '?').join(' ');
		if (!bySound.has(heard)) bySound.set(heard, word);
		if (importantWords.has(word) && !slipTargets.has(heard)) slipTargets.set(heard, word);
		const abbreviation = heard
			.split(' ')
			.map((syllable) => syllable[0])
			.join('');
		if (!initials.has(abbreviation)) initials.set(abbreviation, word);
	}
	const latinWords = new Set(data.latin.split(' '));
	const uses = new Map(siteWords.map((w, i) => [w, data.uses[i] ?? 0]));
	const wallets = new Set(data.wallets);
	const stops = new Set(data.stops);
	const situations = data.situations ?? [];
	const outside = Object.entries(data.outside ?? {});
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	// Filler words, and the wallet names: every problem happens in every wallet, so 支付宝 tells no situation apart.
	const fillers = [...Object.keys(data.sayings).filter((saying) => data.sayings[saying] === ''), ...data.wallets];
	const compare = chineseFeatures({ stops, fillers });
	const profiles = data.cues ? profileIndex(data.cues, compare, PROFILE_MATCH) : undefined;
	const asked = isAskedModel(data.asked) ? askedIndex(data.asked, data.cues?.pages) : undefined;
	/** Each situation's pairs (安全账户: 安全, 全账, 账户), stressed only where the query names the situation whole — 账户 alone is no situation. */
	const situationPairs = new Map(situations.map((s) => [s, [...compare(s)]]));

	/** Terms of the query at hand that a vocabulary saying produced (电话号码 → 客服 热线): what the reader meant, by the editors' word. */
	const meant = new Set<string>();
	const replace = (text: string): string[] => {
		const words = (known.get(text) ?? text).split(' ').filter(Boolean);
		if (known.get(text) !== text) for (const w of words) meant.add(w);
		return words;
	};

	/** The word of `table` (pinyin → word) that units, each with the sounds it may have, read as (at most 32 readings tried); none when a unit has no sound. */
	function heardAs(sounds: ReadonlyArray<readonly string[]>, table: ReadonlyMap<string, string>): string | undefined {
		let keys: string[][] = [[]];
		for (const options of sounds) keys = keys.flatMap((k) => options.map((o) => [...k, o])).slice(0, 32);
		return keys.map((k) => table.get(k.join(' '))).find((w) => w !== undefined);
	}

	/** The important site word `chars` sound like (each character may have several readings), if any. */
	const soundsLike = (chars: readonly string[]) =>
		heardAs(
			chars.map((c) => readings.get(c) ?? []),
			slipTargets,
		);

	/** For each character of `chars`, the number of the browser-dictionary word it belongs to (-1: none). */
	function dictionaryWords(chars: readonly string[]): number[] {
		const owner: number[] = [];
		let index = 0;
		for (const s of segmenter.segment(chars.join(''))) {
			for (const _ of s.segment) owner.push(s.isWordLike && [...s.segment].length > 1 ? index : -1);
			index += 1;
		}
		return owner;
	}

	/**
	 * A Chinese run → terms. Of all ways to cut it into sayings, site words, sound-alike site words
	 * and leftover characters, the one that leaves fewest meaningful characters unexplained wins.
	 */
	function chinese(run: string, converted: ReadonlySet<number>, offset: number, out: string[]): void {
		const chars = [...run];
		const n = chars.length;
		const owner = dictionaryWords(chars);
		const cost = new Array<number>(n + 1).fill(Infinity);
		const step = new Array<Piece | undefined>(n + 1);
		cost[n] = 0;
		for (let i = n - 1; i >= 0; i--) {
			const consider = (piece: Piece, price: number) => {
				const total = price + (cost[i + piece.length] as number);
				if (total < (cost[i] as number)) {
					cost[i] = total;
					step[i] = piece;
				}
			};
			// Longest first, and a tie keeps the first: a known word beats a lone character.
			for (let len = Math.min(longest, n - i); len >= 2; len--) {
				const text = chars.slice(i, i + len).join('');
				// A site word that is a character and its filler (卡里) costs as much as the two apart: 银行卡里 is 银行卡 里, not 银行 卡里.
				if (known.has(text)) consider({ kind: 'known', text, length: len }, particles.has(text) ? 0.15 : 0.05);
			}
			for (let len = Math.min(MAX_SYLLABLES, n - i); len >= 2; len--) {
				const text = chars.slice(i, i + len).join('');
				if (known.has(text)) continue;
				// Inside one real word (每个 in 每个月) it is no slip — unless it was typed in traditional
				// characters (帳戶 → 帐户, which the site writes 账户).
				const fromTraditional = chars.slice(i, i + len).some((_, k) => converted.has(offset + i + k));
				const insideOneWord = (owner[i] ?? -1) >= 0 && owner[i] === owner[i + len - 1];
				if (insideOneWord && !fromTraditional) continue;
				const word = soundsLike(chars.slice(i, i + len));
				// A filler character (个, 了) the reader meant is more likely than a slip into one —
				// unless the word it would make is a problem word (被到 → 被盗).
				const slips = word ? [...word].filter((c, k) => c !== chars[i + k]) : [];
				const intoFiller = word !== undefined && chars.slice(i, i + len).some((c, k) => c !== [...word][k] && stops.has(c));
				if (word && (!intoFiller || keyRank(word) < Infinity)) {
					// A slip into a problem word (被盗, 到账) is the likeliest reading of all.
					consider({ kind: 'sound', text: word, length: len }, (keyRank(word) < Infinity ? 0.15 : 0.5) + 0.1 * slips.length);
				}
			}
			const char = chars[i] as string;
			consider({ kind: 'char', text: char, length: 1 }, stops.has(char) ? 0.1 : 1);
		}
		let loose = '';
		const flush = () => {
			// Leftover characters: the browser's words, filler dropped, lone characters kept together.
			let single = '';
			const keep = () => {
				if (single) out.push(single);
				single = '';
			};
			for (const s of segmenter.segment(loose)) {
				if (!s.isWordLike || stops.has(s.segment)) keep();
				else if ([...s.segment].length === 1) single += s.segment;
				else {
					keep();
					out.push(s.segment);
				}
			}
			keep();
			loose = '';
		};
		for (let i = 0; i < n;) {
			const piece = step[i] as Piece;
			if (piece.kind === 'char') loose += piece.text;
			else {
				flush();
				out.push(...replace(piece.text));
			}
			i += piece.length;
		}
		flush();
	}

	/** Splits letters into pinyin syllables (fewest syllables), or undefined when they are not pinyin. */
	function splitPinyin(letters: string): string[] | undefined {
		const best: Array<string[] | undefined> = [[]];
		for (let end = 1; end <= letters.length; end++) {
			for (let len = Math.min(maxSyllable, end); len >= 1; len--) {
				const before = best[end - len];
				if (before && syllables.has(letters.slice(end - len, end)) && (!best[end] || (best[end]?.length ?? 0) > before.length + 1)) {
					best[end] = [...before, letters.slice(end - len, end)];
				}
			}
		}
		return best[letters.length];
	}

	/** The glossary saying `words` are, as typed or in another form of its words; undefined when none. */
	const saying = (words: readonly string[]) => {
		const typed = words.join(' ');
		return known.has(typed) ? typed : byStem.get(stemOf(words));
	};
	/**
	 * Latin words → terms: English phrases, the site's own Latin words, pinyin, initials. A run with an
	 * English function word that is no pinyin (my, the, to, how: not a, he, me) is English: its other
	 * function words are chatter, and no word of it is read as pinyin (change is no chang e).
	 */
	function latin(words: readonly string[], out: string[]): void {
		const english = words.some((w) => STOPWORDS.has(w) && !known.has(w) && !splitPinyin(w));
		for (let i = 0; i < words.length;) {
			let phrase: string | undefined;
			let length = 0;
			for (let len = Math.min(latinLongest, words.length - i); len >= 1; len--) {
				phrase = saying(words.slice(i, i + len));
				if (phrase !== undefined) {
					length = len;
					break;
				}
			}
			if (phrase !== undefined) {
				out.push(...replace(phrase));
				i += length;
				continue;
			}
			const word = words[i] as string;
			if (latinWords.has(word)) {
				out.push(word);
				i += 1;
				continue;
			}
			if (english) {
				i += 1;
				continue;
			}
			// Pinyin: as many following words as read as pinyin, then matched syllable by syllable.
			const heard: string[] = [];
			let end = i;
			while (end < words.length) {
				const next = words[end] as string;
				const split = /\d/.test(next) || latinWords.has(next) || (end > i && known.has(next)) ? undefined : splitPinyin(toneless(next));
				if (!split) break;
				heard.push(...split);
				end += 1;
			}
			if (heard.length > 0) {
				for (let p = 0; p < heard.length;) {
					let found = 1;
					for (let len = Math.min(MAX_SYLLABLES, heard.length - p); len >= 2; len--) {
						const w = bySound.get(heard.slice(p, p + len).join(' '));
						if (w) {
							out.push(...replace(w));
							found = len;
							break;
						}
					}
					p += found;
				}
				i = end;
				continue;
			}
			const abbreviation = initials.get(word);
			if (!VOWELS.test(word) && word.length >= 2 && abbreviation) out.push(...replace(abbreviation));
			i += 1;
		}
	}

	/** A key term's place in the list, when the term is or holds one (lower is more important). */
	const keyRank = (term: string) =>
		data.keyTerms.reduce((best, key, i) => (term === key ? Math.min(best, i - 0.5) : term.includes(key) ? Math.min(best, i) : best), Infinity);
	/**
	 * What kind of term it is, most telling first: 0 a problem word (key term), 0.5 a word a
	 * vocabulary saying gave, 1 a word readers mean (titles, keywords…), 2 a wallet name (every
	 * problem happens in every wallet), 3 another word or number the site uses, 3.5 filler
	 * characters only (不了), 4 a word the site does not use.
	 */
	const tier = (term: string) =>
		keyRank(term) < Infinity
			? 0
			: [...term].every((c) => stops.has(c))
				? 3.5
				: wallets.has(term)
					? 2
					: meant.has(term)
						? 0.5
						: importantWords.has(term) || /^\d{3,}$/.test(term)
							? 1
							: known.has(term) || latinWords.has(term)
								? 3
								: 4;
	/** Ordering of terms by how much they narrow a search: tier, then the key-term list, then rarity. */
	const rarity = (term: string) => (/^\d{3,}$/.test(term) ? 1 : (uses.get(term) ?? Infinity));
	const documents = new Map(siteWords.map((w, i) => [w, data.df[i] ?? 0]));
	/** A term without the filler characters at its ends (卡里 → 卡). */
	const coreOf = (term: string): string[] => {
		const core = [...term];
		while (core.length > 0 && stops.has(core[0] as string)) core.shift();
		while (core.length > 0 && stops.has(core.at(-1) as string)) core.pop();
		return core;
	};
	/** One character and its filler (转了, 卡里, 不上去) that names no problem (被骗, 被盗: key terms and situations). */
	const isParticle = (term: string): boolean => {
		const core = coreOf(term);
		return core.length <= 1 && core.length < [...term].length && keyRank(term) === Infinity && !situations.includes(term);
	};
	/** The site's words and sayings that are particles, found once (the segmenter asks for every piece it considers). */
	const particles = new Set([...known.keys()].filter(isParticle));
	/** A term's weight: how rare it is on the site; a word the site never uses weighs FOREIGN_WEIGHT, a lone character or Latin word it never uses nothing. */
	function weigh(term: string): WeightedTerm {
		// Filler characters only (也不, 是不是): no meaning of their own.
		if ([...term].every((c) => stops.has(c))) return { term, weight: 0, site: true };
		const df = documents.get(term);
		if (wallets.has(term)) return { term, weight: WALLET_WEIGHT, site: true };
		// A site word that is one character and its filler (转了, 不上去: rare as words, not as what they say)
		// weighs as the commonest word — unless it names a problem (被骗, 被盗: key terms and situations).
		if (df !== undefined) return { term, weight: SITE_WEIGHT + (particles.has(term) ? 0 : idf(df, data.pages)), site: true };
		if (latinWords.has(term) || /^\d{3,}$/.test(term)) return { term, weight: SITE_WEIGHT + idf(1, data.pages), site: true };
		const cjk = /^[\u3400-\u9fff]+$/u.test(term);
		// One character beside filler (走了, 装着, 花了: a verb and its particle) is no word of its own.
		return { term, weight: cjk && coreOf(term).length >= 2 ? FOREIGN_WEIGHT : 0, site: false };
	}
	const telling = (a: string, b: string) => tier(a) - tier(b) || keyRank(a) - keyRank(b) || rarity(a) - rarity(b);

	/**
	 * Pinyin typed inside Chinese (微信zhuan错zhang了, an input method switched mid-word): a stretch of
	 * letters glued to characters, read together with their characters' sounds, that sounds like a site
	 * word (zhuan cuo zhang → 转错账) becomes that word. Only a stretch with typed pinyin in it changes;
	 * `converted` (positions) follows the text.
	 */
	function gluedPinyin(text: string, converted: Set<number>): string {
		if (!/[\u3400-\u9fff][a-z]|[a-z][\u3400-\u9fff]/u.test(text)) return text;
		let out = text;
		for (const m of [...text.matchAll(/(?:[\u3400-\u9fff]|[a-z]+)+/gu)].reverse()) {
			if (!/[a-z]/.test(m[0]) || !/[\u3400-\u9fff]/u.test(m[0])) continue;
			// Units: a character (its readings) or a typed syllable; from/to are positions in the text.
			const units: Array<{ sounds: string[]; typed: boolean; from: number; to: number }> = [];
			let at = [...text.slice(0, m.index)].length;
			let pinyin = true;
			for (const part of m[0].match(/[\u3400-\u9fff]|[a-z]+/gu) ?? []) {
				if (latinWords.has(part)) {
					// A Latin word of the site's own (app, china) is no pinyin: it stays, and no sound-alike spans it.
					units.push({ sounds: [], typed: false, from: at, to: at + part.length });
					at += part.length;
				} else if (/^[a-z]+$/.test(part)) {
					const split = splitPinyin(part);
					if (!split) pinyin = false;
					for (const s of split ?? []) {
						units.push({ sounds: [s], typed: true, from: at, to: at + s.length });
						at += s.length;
					}
				} else {
					units.push({ sounds: readings.get(part) ?? [], typed: false, from: at, to: at + 1 });
					at += 1;
				}
			}
			if (!pinyin) continue;
			const replaced: Array<{ from: number; to: number; word: string }> = [];
			for (let i = 0; i < units.length;) {
				let taken = 1;
				for (let len = Math.min(MAX_SYLLABLES, units.length - i); len >= 2; len--) {
					const span = units.slice(i, i + len);
					if (!span.some((u) => u.typed)) continue;
					const word = heardAs(
						span.map((u) => u.sounds),
						bySound,
					);
					if (word) {
						replaced.push({ from: span[0]?.from ?? 0, to: span[len - 1]?.to ?? 0, word });
						taken = len;
						break;
					}
				}
				i += taken;
			}
			for (const r of replaced.reverse()) {
				const chars = [...out];
				const shift = [...r.word].length - (r.to - r.from);
				const moved = [...converted].filter((c) => c < r.from || c >= r.to).map((c) => (c >= r.to ? c + shift : c));
				converted.clear();
				for (const c of moved) converted.add(c);
				out = [...chars.slice(0, r.from), r.word, ...chars.slice(r.to)].join('');
			}
		}
		return out;
	}

	/** Folded, simplified, regional wording rewritten; `converted`: positions that were traditional or regional. */
	function simplifiedText(literal: string, converted: Set<number>): string {
		return unaccented(rewriteRegional(simplify([...literal], converted), converted).join(''));
	}

	function normalize(raw: string): NormalizedQuery {
		meant.clear();
		const literal = foldQuery(raw);
		/** Positions (in characters) that were traditional. */
		const converted = new Set<number>();
		const simplified = gluedPinyin(simplifiedText(literal, converted), converted);
		const found: string[] = [];
		for (const m of simplified.matchAll(RUNS)) {
			if (/[a-z0-9]/.test(m[0])) latin(m[0].split(' '), found);
			else chinese(m[0], converted, [...simplified.slice(0, m.index)].length, found);
		}
		let terms = [...new Set(found)].filter((t) => !/^\d+$/.test(t) || latinWords.has(t));
		// Length as a reader sees it: Chinese characters, and Latin words as one each.
		const length = (simplified.match(/[\u3400-\u9fff]/gu)?.length ?? 0) + (simplified.match(/[a-z0-9]+/g)?.length ?? 0);
		const all = terms;
		if (length > LONG_TEXT && terms.length > 2) {
			// A long text (a pasted message): its most telling words — problem words, then words
			// readers mean, rarest first — at most LONG_TERMS of them, in their order.
			const ranked = terms.filter((t) => tier(t) <= 1).sort(telling);
			const best = (ranked.length > 0 ? ranked : terms.filter((t) => tier(t) <= 2)).slice(0, LONG_TERMS);
			if (best.length > 0) terms = terms.filter((t) => best.includes(t));
		}
		const meaning = all.map(weigh).filter((t) => t.weight > 0);
		// Pagefind wants every word on a page: lone characters and particles that weigh nothing (成, 未 in
		// 搞咗成個禮拜都未退返嚟) would only keep out pages that lack them, when the query has words that weigh.
		const weighs = new Set(meaning.map((m) => m.term));
		if (terms.some((t) => weighs.has(t))) terms = terms.filter((t) => weighs.has(t));
		/** The situations the query names (in a term, also one a saying gave: 摸走 → 被偷). */
		const named = situations.filter((s) => all.some((t) => t.includes(s)));
		const fallback = terms.length > 1 ? ([...terms].sort(telling)[0] ?? '') : '';
		const query = terms.join(' ');
		// English small words (the, should) say nothing of a situation in a Chinese query either.
		const features = [...compare(`${simplified} ${all.join(' ')}`)].filter((f) => !STOPWORDS.has(f));
		return {
			query,
			terms,
			fallback,
			literal,
			changed: query.replace(/ /g, '') !== literal.replace(/ /g, ''),
			features,
			...(asked && { asked: matchAsked(features, asked) }),
			...(data.cues && { described: data.cues.pages }),
			meaning,
			story: length > STORY,
			named: named.length > 0,
			cued: matchCues(simplified, data.cues),
			outside: namedSubjects(simplified, outside),
			...(profiles && {
				profiled: matchProfiles(features, profiles, new Set(named.flatMap((s) => situationPairs.get(s) ?? []))),
			}),
		};
	}

	return { normalize, fold: (raw) => simplifiedText(foldQuery(raw), new Set()) };
}
