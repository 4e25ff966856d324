/**
 * Page profiles: a small model of what each article is about, built from the articles at build
 * time — title, keywords and reader cues (what the page is about), summary and telling headings
 * (what it says about it) — and compared with a query by character pairs (bigrams), each weighted
 * by how rare it is among the profiles. Pairs need no word segmentation: a spoken story
 * (拿我的手机玩游戏，一下子充了) shares 手机, 游戏 and 充了 with the page about children's
 * spending, though no cue is found whole in it. Pure.
 */
import type { CueData, CuePage } from './cues';
import { foldSaying } from './format';

/** How much a pair counts where a profile has it: its title, keywords and cues, or its summary and headings. */
export const PROFILE_FIELD = { about: 1, says: 0.5 } as const;

/** A text → what it is compared by: character pairs and Latin words (Chinese), or word stems (English). */
export type Features = (text: string) => Set<string>;

export interface ProfileIndex {
	/** Feature (a pair, a word) → profile page index → field weight (PROFILE_FIELD). */
	grams: Map<string, Map<number, number>>;
	/** How many pages have a profile. */
	pages: number;
	/** The profiled pages themselves (`CueData.pages`), which a match names. */
	profiled: CueData['pages'];
	/** How texts are compared: the same for the profiles and the queries. */
	features: Features;
	/** The summed weight that makes a match (a score of 1): what a query must share with a profile to be about its situation. */
	enough: number;
}

/**
 * How much more a feature naming a situation counts than its rarity says: in a story, the words of
 * what happened (frozen, scammed) tell the page; the circumstances (a hotel, cash, yuan) only colour it.
 */
export const SITUATION_STRESS = 2;

const CJK_RUN = /[\u3400-\u9fff]+/gu;
/** An editor's text as queries are compared: width and case folded, Wi-Fi as wifi. */
const fold = (text: string) => foldSaying(text).replace(/([a-z])-(?=[a-z])/g, '$1');
const LATIN_WORD = /[a-z][a-z0-9]{2,}/g;

/**
 * The features of a folded text: every pair of adjacent Chinese characters in a run, and every
 * Latin word of three letters or more. A pair of two filler characters (`stops`: 了吗, 我的) says nothing.
 */
export function features(text: string, stops: ReadonlySet<string> = new Set()): Set<string> {
	const out = new Set<string>();
	for (const [run] of text.matchAll(CJK_RUN)) {
		const chars = [...run];
		for (let i = 0; i + 1 < chars.length; i++) {
			const a = chars[i] as string;
			const b = chars[i + 1] as string;
			if (!(stops.has(a) && stops.has(b))) out.add(a + b);
		}
	}
	for (const [word] of text.matchAll(LATIN_WORD)) out.add(word);
	return out;
}

/**
 * Chinese features: `features` of the text folded and without the vocabulary's filler words
 * (怎么办, 一直 — titles use them too: 转错账怎么办) and single filler characters in pairs.
 */
export function chineseFeatures({ stops = new Set(), fillers = [] }: { stops?: ReadonlySet<string>; fillers?: readonly string[] } = {}): Features {
	const words = [...fillers].filter((f) => [...f].length > 1).sort((a, b) => b.length - a.length);
	return (text) =>
		features(
			words.reduce((t, f) => t.replaceAll(f, ' '), fold(text)),
			stops,
		);
}

/**
 * An English word's stem, by its common endings, so that the forms of a word meet: payments →
 * payment, declined / declines / decline → declin, scammed → scam, verifying → verify.
 */
export function stem(word: string): string {
	let w = word;
	if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
	if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
	else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
	// A doubled last consonant from the ending (scamm, stopp) is one; a final e goes (declin, charg).
	if (w !== word && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
	return w;
}

/** English features: the stems of the words of three letters or more that are not `stopwords`. */
export function englishFeatures(stopwords: ReadonlySet<string>): Features {
	return (text) => new Set((fold(text).match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w)).map(stem));
}

/** The index of the profiles in `data`: per page, its title, keywords and cues, and its summary and headings. */
export function profileIndex(data: CueData, compare: Features = chineseFeatures(), enough = 1): ProfileIndex {
	const grams = new Map<string, Map<number, number>>();
	const put = (gram: string, page: number, weight: number) => {
		const pages = grams.get(gram) ?? new Map<number, number>();
		if ((pages.get(page) ?? 0) < weight) pages.set(page, weight);
		grams.set(gram, pages);
	};
	data.pages.forEach((page, i) => {
		for (const g of compare(`${page.summary ?? ''} ${page.headings ?? ''}`)) put(g, i, PROFILE_FIELD.says);
		for (const g of compare(`${page.title} ${page.keywords ?? ''} ${page.cues.join(' ')}`)) put(g, i, PROFILE_FIELD.about);
	});
	return { grams, pages: data.pages.length, profiled: data.pages, features: compare, enough };
}

/** A pair's weight: the rarer among the profiles, the more it tells (inverse document frequency). */
export const gramWeight = (pagesWithIt: number, pages: number) => Math.log((pages + 1) / (pagesWithIt + 0.5));

export interface ProfileMatch {
	/** The page's index in the cue data… */
	index: number;
	/** …and the page. */
	page: CuePage;
	/** The summed weight of the query's features the profile has, each by field, in units of `enough` (1: a match). */
	score: number;
}

/**
 * The profiles that share pairs with `text` (a folded query, or its features already taken), best first; the `stressed` features —
 * those of the situations the query names (frozen, 被骗) — count SITUATION_STRESS times.
 */
export function matchProfiles(text: string | readonly string[], index: ProfileIndex, stressed: ReadonlySet<string> = new Set()): ProfileMatch[] {
	const scores = new Map<number, number>();
	for (const gram of typeof text === 'string' ? index.features(text) : new Set(text)) {
		const pages = index.grams.get(gram);
		if (!pages) continue;
		const weight = gramWeight(pages.size, index.pages) * (stressed.has(gram) ? SITUATION_STRESS : 1);
		if (weight <= 0) continue;
		for (const [page, field] of pages) scores.set(page, (scores.get(page) ?? 0) + weight * field);
	}
	return [...scores]
		.map(([i, score]) => ({ index: i, page: index.profiled[i] as CuePage, score: score / index.enough }))
		.sort((a, b) => b.score - a.score || a.index - b.index);
}
