/**
 * The data the query normaliser loads when search opens (`/search/normalize.json`), built once
 * per build from the site's own text: small because every table is limited to what this site
 * says. The heavy libraries (OpenCC's tables, pinyin-pro) stay at build time; they come in as
 * functions so this stays pure and testable.
 */
import { commonCharacters, foldSaying, SEARCH_DATA_VERSION, type SearchData } from './format';
import type { CompiledSayings } from './vocabulary';

export interface SiteWords {
	/** Titles, keywords, headings and summaries: the words readers mean. */
	phrases: readonly string[];
	/** All the indexed text, for the characters and Latin words the site uses. */
	text: string;
	/** Each page's indexed text, for the words' document frequencies. */
	pageTexts: readonly string[];
	/** The articles' reader cues: their characters must read from traditional too (鎖 → 锁), though they are no site words. */
	cueText?: string;
}

export interface BuildTools {
	/** Toneless pinyin of a word in context: 银行 → ['yin', 'hang']. */
	pinyinOf(word: string): string[];
	/** Every toneless reading of one character, most common first: 行 → ['xing', 'hang']. */
	readingsOf(char: string): string[];
	/** Traditional → simplified character pairs (OpenCC). */
	t2sPairs: ReadonlyArray<readonly [string, string]>;
	/** Traditional, Taiwan and Hong Kong phrases → simplified phrases (OpenCC), before characters. */
	t2sPhrasePairs: ReadonlyArray<readonly [string, string]>;
}

const CJK = /[\u3400-\u9fff]/u;
const isCjkWord = (w: string) => /^[\u3400-\u9fff]{2,8}$/u.test(w);

/**
 * Words of 2–8 Chinese characters in `text`, with the browser's word segmenter. Its dictionary
 * lacks many everyday words (绑定 comes out as 绑|定, 余额 as 余|额), so runs of single characters
 * are joined back into one word.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function segmentWords(text: string, joinSingles = true): string[] {
	const words: string[] = [];
	let run = '';
	const flush = () => {
		if (isCjkWord(run)) words.push(run);
		run = '';
	};
	for (const s of segmenter.segment(text)) {
		if (joinSingles && s.isWordLike && /^[\u3400-\u9fff]$/u.test(s.segment)) {
			run += s.segment;
			continue;
		}
		flush();
		if (isCjkWord(s.segment)) words.push(s.segment);
	}
	flush();
	return words;
}

/** Most words the data lists: the largest sites keep their most used words. */
const MAX_WORDS = 4000;

/** Builds the normaliser's data. */
export function buildSearchData(
	site: SiteWords,
	compiled: CompiledSayings,
	terms: { keyTerms: readonly string[]; wallets: readonly string[]; situations?: readonly string[] },
	tools: BuildTools,
): SearchData {
	const { keyTerms, wallets, situations = [] } = terms;
	// The characters the site uses, counting the vocabulary's own sayings (帐户 → 账户 needs 帐).
	const siteChars = new Set(
		[
			...site.text,
			...(site.cueText ?? ''),
			...site.phrases.join(''),
			...Object.keys(compiled.sayings).join(''),
			...Object.keys(compiled.outside).join(''),
			...compiled.stops,
		].filter((c) => CJK.test(c)),
	);
	const common = commonCharacters();

	// Traditional characters whose simplified form the site (or its vocabulary) uses.
	const t2s = tools.t2sPairs
		.filter(([trad, simp]) => trad !== simp && siteChars.has(simp))
		.map(([trad, simp]) => trad + simp)
		.join('');

	// Words readers mean: whole phrases and their segments, the sayings and what they stand for.
	const candidates = new Set<string>();
	const pieces = new Set<string>();
	const add = (text: string) => {
		const folded = foldSaying(text);
		if (isCjkWord(folded)) candidates.add(folded);
		for (const w of segmentWords(folded)) pieces.add(w);
	};
	for (const phrase of site.phrases) add(phrase);
	for (const [saying, means] of Object.entries(compiled.sayings)) {
		add(saying);
		for (const part of means.split(' ')) add(part);
	}
	for (const term of [...keyTerms, ...wallets, ...situations]) add(term);
	// …and the words the site's own text uses more than once, so they are recognised as they are.
	const uses = new Map<string, number>();
	for (const w of segmentWords(site.text)) uses.set(w, (uses.get(w) ?? 0) + 1);
	const dictionaryWords = new Set(segmentWords(site.text, false));
	// Pieces of phrases count when the site's text uses them again (人客服 from 机器人客服 does not).
	for (const w of pieces) if ((uses.get(w) ?? 0) >= 2 || dictionaryWords.has(w)) candidates.add(w);
	const byUse = (list: Iterable<string>) => [...list].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || b.length - a.length || a.localeCompare(b));
	const important = byUse(candidates).slice(0, MAX_WORDS);
	const others = byUse([...uses].filter(([w, n]) => n >= 2 && w.length <= 4 && dictionaryWords.has(w) && !candidates.has(w)).map(([w]) => w)).slice(
		0,
		Math.max(0, MAX_WORDS - important.length),
	);

	const runs: Array<[string, number]> = [];
	for (const char of common) {
		const reading = tools.readingsOf(char)[0] ?? '';
		const last = runs.at(-1);
		if (last && last[0] === reading) last[1] += 1;
		else runs.push([reading, 1]);
	}
	const gbReading = new Map<string, string>();
	let at = 0;
	for (const [reading, n] of runs) for (let i = 0; i < n; i++) gbReading.set(common[at++] as string, reading);

	// Words, and how the ones that do not read as their characters' usual readings are read.
	const firstReading = (c: string) => gbReading.get(c) ?? tools.readingsOf(c)[0] ?? '';
	const words = [...important, ...others];
	const readAs: Record<string, string> = {};
	for (const word of words) {
		const heard = tools.pinyinOf(word).join(' ');
		if (heard !== [...word].map(firstReading).join(' ')) readAs[word] = heard;
	}
	const chars: Record<string, string> = {};
	for (const char of siteChars) {
		for (const reading of tools.readingsOf(char)) {
			if (/^[a-z]+$/.test(reading) && gbReading.get(char) !== reading) chars[reading] = (chars[reading] ?? '') + char;
		}
	}

	// Document frequency: on how many pages each word appears (a page's words: its substrings that are words).
	const df = new Map<string, number>();
	const lengths = [...new Set(words.map((w) => [...w].length))];
	const wordSet = new Set(words);
	for (const page of site.pageTexts) {
		const chars = [...foldSaying(page)];
		const seen = new Set<string>();
		for (let i = 0; i < chars.length; i++) {
			for (const len of lengths) {
				const w = chars.slice(i, i + len).join('');
				if (wordSet.has(w)) seen.add(w);
			}
		}
		for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
	}
	// Regional sayings as simplified text (the rewrite runs after traditional → simplified).
	const toSimplified = new Map(tools.t2sPairs);
	const regional: Record<string, string> = {};
	for (const [say, means] of Object.entries(compiled.regional)) regional[[...say].map((c) => toSimplified.get(c) ?? c).join('')] = means;

	const latin = [...new Set(foldSaying(site.text).match(/[a-z][a-z0-9]+|\d{3,}/g) ?? [])].sort().join(' ');
	const gb = runs.map(([reading, n]) => `${reading}${n}`).join(' ');
	// Phrases only where the result is one of the site's words or sayings (the table is large).
	const wanted = new Set([...words, ...Object.keys(compiled.sayings)]);
	const t2sPhrases: Record<string, string> = {};
	for (const [trad, simp] of tools.t2sPhrasePairs) if (trad !== simp && wanted.has(simp) && !(trad in t2sPhrases)) t2sPhrases[trad] = simp;
	return {
		v: SEARCH_DATA_VERSION,
		t2s,
		t2sPhrases,
		sayings: compiled.sayings,
		stops: compiled.stops,
		words: words.join(' '),
		important: important.length,
		uses: words.map((w) => uses.get(w) ?? 0),
		df: words.map((w) => df.get(w) ?? 0),
		pages: site.pageTexts.length,
		regional,
		wallets: wallets.map(foldSaying),
		readAs,
		gb,
		chars,
		keyTerms: keyTerms.map(foldSaying),
		latin,
		...(Object.keys(compiled.outside).length > 0 && { outside: compiled.outside }),
		...(situations.length > 0 && { situations: situations.map(foldSaying) }),
	};
}
