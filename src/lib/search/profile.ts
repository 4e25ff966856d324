/**
 * Page profiles: a small model of what each article is about, built from the articles at build
 * time — title, keywords and reader cues (what the page is about), summary and telling headings
 * (what it says about it) — and compared with a query by character pairs (bigrams), each weighted
 * by how rare it is among the profiles. Pairs need no word segmentation: a spoken story
 * (拿我的手机玩游戏，一下子充了) shares 手机, 游戏 and 充了 with the page about children's
 * spending, though no cue is found whole in it. Pure.
 */
import type { CueData } from './cues';

/** How much a pair counts where a profile has it: its title, keywords and cues, or its summary and headings. */
export const PROFILE_FIELD = { about: 1, says: 0.5 } as const;

export interface ProfileIndex {
	/** Pair (or Latin word) → profile page index → field weight (PROFILE_FIELD). */
	grams: Map<string, Map<number, number>>;
	/** How many pages have a profile. */
	pages: number;
	/** Single filler characters: a pair of two says nothing (了吗, 我的). */
	stops: ReadonlySet<string>;
	/** A text without the vocabulary's filler words (怎么办, 一直), which titles use too (转错账怎么办). */
	strip(this: void, text: string): string;
}

/** What the profiles leave out of every text: filler characters (in pairs) and filler words. */
export interface ProfileChatter {
	stops?: ReadonlySet<string>;
	fillers?: readonly string[];
}

const CJK_RUN = /[\u3400-\u9fff]+/gu;
/** An editor's text as queries are compared: width and case folded, Wi-Fi as wifi. */
const fold = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/([a-z])-(?=[a-z])/g, '$1');
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

/** The index of the profiles in `data`: per page, its title, keywords and cues, and its summary and headings. */
export function profileIndex(data: CueData, { stops = new Set(), fillers = [] }: ProfileChatter = {}): ProfileIndex {
	const words = [...fillers].filter((f) => [...f].length > 1).sort((a, b) => b.length - a.length);
	const strip = (text: string) => words.reduce((t, f) => t.replaceAll(f, ' '), text);
	const grams = new Map<string, Map<number, number>>();
	const put = (gram: string, page: number, weight: number) => {
		const pages = grams.get(gram) ?? new Map<number, number>();
		if ((pages.get(page) ?? 0) < weight) pages.set(page, weight);
		grams.set(gram, pages);
	};
	data.pages.forEach((page, i) => {
		for (const g of features(strip(fold(`${page.summary ?? ''} ${page.headings ?? ''}`)), stops)) put(g, i, PROFILE_FIELD.says);
		for (const g of features(strip(fold(`${page.title} ${page.keywords ?? ''} ${page.cues.join(' ')}`)), stops)) put(g, i, PROFILE_FIELD.about);
	});
	return { grams, pages: data.pages.length, stops, strip };
}

/** A pair's weight: the rarer among the profiles, the more it tells (inverse document frequency). */
export const gramWeight = (pagesWithIt: number, pages: number) => Math.log((pages + 1) / (pagesWithIt + 0.5));

export interface ProfileMatch {
	/** The page's index in the cue data. */
	index: number;
	/** The summed weight of the query's pairs the profile has, each by field. */
	score: number;
}

/** The profiles that share pairs with `text` (a folded query), best first. */
export function matchProfiles(text: string, index: ProfileIndex): ProfileMatch[] {
	const scores = new Map<number, number>();
	for (const gram of features(index.strip(text), index.stops)) {
		const pages = index.grams.get(gram);
		if (!pages) continue;
		const weight = gramWeight(pages.size, index.pages);
		if (weight <= 0) continue;
		for (const [page, field] of pages) scores.set(page, (scores.get(page) ?? 0) + weight * field);
	}
	return [...scores].map(([i, score]) => ({ index: i, score })).sort((a, b) => b.score - a.score || a.index - b.index);
}
