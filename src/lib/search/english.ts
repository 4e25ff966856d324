/**
 * The English search path (pages under /en/, whose Pagefind index is the English one): no
 * traditional characters, pinyin or input-method slips to undo, so the Chinese normaliser is
 * skipped. What a visitor adds around the problem is removed (case, punctuation, chatter such as
 * "how do I"), visitor phrases become the pages' words (content/search/english.yaml), typing slips
 * are corrected against the pages' own words, and a long question keeps its most telling words
 * (Pagefind wants every word of a query on a page). Pagefind stems English words itself.
 */
import type { NormalizedQuery } from './normalize';
import { ENGLISH_DATA_PATH, englishWords, isEnglishData, STOPWORDS, type EnglishSearchData } from './english-data';
import { askedIndex, isAskedModel, matchAsked } from './asked';
import { englishFeatures, matchProfiles, profileIndex, stem } from './profile';
import { findAnswer, type PageData } from './query';
import { namedSubjects } from './format';
import { categoryLabel } from '../content/categories';

/** Words that say something did not work (after englishWords: can't → cant). */
const NEGATIONS = new Set('cant cannot wont doesnt didnt isnt arent wasnt werent couldnt not no never unable nothing nobody'.split(' '));

/** The weight of a word no English page uses (as the Chinese path's FOREIGN_WEIGHT): it may be what the question is about (visa, taxi). */
export const UNKNOWN_WORD_WEIGHT = 4;

/**
 * What a query must share with an English page's profile (summed word weight) to be about its
 * situation: two of its rarer words, or one in its title or keywords beside a common one.
 */
export const ENGLISH_PROFILE_MATCH = 2.5;

/**
 * Shorter words are not corrected: one slip away from a four-letter page word lie too many real
 * words the pages never use (visa → via, food → good, bank → back).
 */
export const MIN_SLIP_LENGTH = 5;

/** The wallet names' words, which tell no situation apart. */
const WALLET_WORDS = ['alipay', 'wechat', 'paypal', 'weixin', 'zhifubao'];

/** Most words a query keeps: Pagefind wants all of them on one page. */
export const MAX_TERMS = 4;

/** Edit distance with transpositions (typing slips), stopping early past `max`. */
export function slipDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
			(d[i] as number[])[j] = v;
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
	}
	return d[a.length]?.[b.length] ?? max + 1;
}

const NO_DATA: EnglishSearchData = { v: 1, df: {}, pages: 0, keyTerms: [], synonyms: [] };

export interface EnglishNormalizer {
	normalize(raw: string): NormalizedQuery;
	/** Whether it has the pages' data (without it, it only strips chatter). */
	ready: boolean;
}

/** Builds the English normaliser over the pages' words (none: only chatter is removed). */
export function createEnglishNormalizer(data: EnglishSearchData = NO_DATA): EnglishNormalizer {
	const known = Object.keys(data.df).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
	const corrected = new Map<string, string>();
	/** A word the pages do not use → the page word one or two slips away (the most used), else itself. */
	const correct = (word: string): string => {
		if (data.pages === 0 || data.df[word] || word.length < MIN_SLIP_LENGTH || /\d/.test(word)) return word;
		const cached = corrected.get(word);
		if (cached !== undefined) return cached;
		const max = word.length >= 9 ? 2 : 1;
		let best: { word: string; distance: number; df: number } | undefined;
		for (const candidate of known) {
			// A slip keeps the first letter: saying is not paying, jacket is not packet.
			if (candidate[0] !== word[0]) continue;
			const distance = slipDistance(word, candidate, max);
			if (distance > max) continue;
			const df = data.df[candidate] ?? 0;
			if (!best || distance < best.distance || (distance === best.distance && df > best.df)) best = { word: candidate, distance, df };
		}
		const out = best?.word ?? word;
		corrected.set(word, out);
		return out;
	};
	const keyRank = new Map(data.keyTerms.map((t, i) => [t, i]));
	const places = new Set(data.places ?? []);
	/** Chatter: function words, and the places a visitor names (where it happened, not what). */
	const chatter = (word: string) => STOPWORDS.has(word) || places.has(word);
	const situations = new Set((data.situations ?? []).map(stem));
	const visitorWords = new Set((data.visitors ?? []).map(stem));
	/** Whether words say something went wrong: a situation, or a negation. */
	const troubled = (said: readonly string[]) => said.some((w) => NEGATIONS.has(w) || situations.has(stem(w)));
	// How-to pages: neither a problem's page nor one whose title says something went wrong (Your foreign card is declined).
	// Not the contact page: where a reader goes when something went wrong.
	const fixes = new Set([categoryLabel('issue', 'en'), categoryLabel('channel', 'en')]);
	const howTo = (data.profiles?.pages ?? []).filter((p) => !fixes.has(p.category) && !troubled(englishWords(p.title))).map((p) => p.url);
	/** Visitor phrases → the pages' words (lower-case words separated by spaces in, the same out). */
	const rewrite = (lowerWords: string): string => {
		let text = ` ${lowerWords} `;
		for (const [say, means] of data.synonyms) text = text.split(` ${say} `).join(` ${means} `);
		return text.trim();
	};
	// Profiles compare without the wallet names: every problem happens in every wallet.
	const words = englishFeatures(new Set([...STOPWORDS, ...WALLET_WORDS, ...places]));
	const compare = (text: string) => words(rewrite(englishWords(text).join(' ')));
	const profiles = data.profiles ? profileIndex(data.profiles, compare, ENGLISH_PROFILE_MATCH) : undefined;
	const asked = isAskedModel(data.asked) ? askedIndex(data.asked, data.profiles?.pages) : undefined;
	/** Higher is more telling: editors' key terms first, then words few pages use. */
	const telling = (term: string): number => {
		const key = keyRank.get(term);
		if (key !== undefined) return 1000 - key;
		const df = data.df[term] ?? 0;
		return df === 0 ? -1 : Math.log((data.pages + 1) / df);
	};

	return {
		ready: data.pages > 0,
		normalize(raw: string): NormalizedQuery {
			const literal = englishWords(raw).join(' ');
			// Visitor phrases read twice: as typed, and again with typing slips corrected (i loose my phone → lose my phone → lost phone).
			const typed = rewrite(literal);
			const text = rewrite((typed ? typed.split(' ') : []).map((w) => (chatter(w) ? w : correct(w))).join(' '));
			const words = text ? text.split(/\s+/) : [];
			let terms = [...new Set(words.filter((w) => !chatter(w)))];
			// A query of nothing but chatter ("how do i") keeps its own words.
			if (terms.length === 0) terms = [...new Set(words)];
			/** Every meaningful word, before the ones no page uses are dropped: what a page must cover to answer. */
			const said = terms.filter((t) => t.length >= 3 && !/^\d+$/.test(t));
			// Words no page uses cannot help; Pagefind would ignore them anyway.
			if (data.pages > 0 && terms.some((t) => data.df[t])) terms = terms.filter((t) => data.df[t]);
			if (terms.length > MAX_TERMS) {
				const keep = new Set([...terms].sort((a, b) => telling(b) - telling(a)).slice(0, MAX_TERMS - 1));
				terms = terms.filter((t) => keep.has(t));
			}
			const query = terms.join(' ');
			const fallback = terms.length > 1 ? ([...terms].sort((a, b) => telling(b) - telling(a) || b.length - a.length)[0] ?? '') : '';
			// Each word weighs its rarity on the English pages; a word no page uses weighs what the Chinese path's do.
			const meaning = said.map((term) =>
				data.df[term]
					? { term, weight: 1 + Math.min(Math.max(telling(term), 0), 4), site: true }
					: { term, weight: data.pages > 0 ? UNKNOWN_WORD_WEIGHT : 0, site: false },
			);
			// Situation stems count double where the query has them: a feature is matched only where it is.
			const features = [...compare(said.join(' '))];
			const profiled = profiles ? matchProfiles(features, profiles, situations) : undefined;
			return {
				query,
				terms,
				fallback,
				literal,
				changed: query !== literal,
				meaning: meaning.filter((m) => m.weight > 0),
				// A story says more than Pagefind can be given; a question of up to MAX_TERMS words that mean something
				// ("why can't I link my Revolut card to WeChat") must be covered whole, as the Chinese path's questions.
				story: said.length > MAX_TERMS,
				// A problem the pages answer, named in the editors' words (also what a phrase became: cheated → scammed).
				named: said.some((t) => situations.has(stem(t))),
				...(words.some((w) => visitorWords.has(stem(w))) && { visitor: true }),
				...(troubled(words) && howTo.length > 0 && { howTo }),
				cued: [],
				language: 'en',
				outside: namedSubjects(literal, data.outside ?? []),
				...(profiled && { profiled }),
				features,
				...(asked && { asked: matchAsked(features, asked) }),
			};
		},
	};
}

/**
 * The English path's normaliser with its data (`/search/english.json` under `base`), as English
 * pages load it; without the data (offline, not saved) it still strips chatter.
 */
export function loadEnglishNormalizer(base: string): Promise<EnglishNormalizer> {
	return fetch(`${base.replace(/\/$/, '')}${ENGLISH_DATA_PATH}`)
		.then((r) => (r.ok ? (r.json() as Promise<unknown>) : undefined))
		.catch(() => undefined)
		.then((data) => createEnglishNormalizer(isEnglishData(data) ? data : undefined));
}

/** Plain English normalising (no site data): chatter and punctuation removed. */
export const normalizeEnglish = (raw: string): NormalizedQuery => createEnglishNormalizer().normalize(raw);

/** Whether a query is written in Latin letters only (a visitor typing English on a Chinese page). */
export const isLatinQuery = (raw: string): boolean => /[a-z]{2}/i.test(raw) && !/[\u3400-\u9fff]/u.test(raw);

/** Fewest words of two letters or more in Latin letters that make a query mixed with Chinese an English one too. */
const MIXED_ENGLISH_WORDS = 2;

/**
 * The part of a query the English path reads: all of it when it is in Latin letters only; when it mixes
 * Chinese and Latin letters ("passport face scan keeps failing 支付宝"), its Latin-letter part if that has
 * MIXED_ENGLISH_WORDS words or more (one word beside Chinese, "alipay 冻结了", is the Chinese reader's
 * keyword); otherwise none.
 */
export function englishPart(raw: string): { text: string; mostly: boolean } | undefined {
	if (isLatinQuery(raw)) return { text: raw, mostly: true };
	const folded = raw.normalize('NFKC');
	const chinese = folded.match(CHINESE)?.join('').length ?? 0;
	const latin = folded.replace(CHINESE, ' ').replace(/\s+/g, ' ').trim();
	const words = latin.match(/[a-z]{2,}/gi)?.length ?? 0;
	// Mostly English when its words outnumber the Chinese ones (two characters a word).
	return words >= MIXED_ENGLISH_WORDS ? { text: latin, mostly: words > chinese / 2 } : undefined;
}
/** Chinese characters and punctuation (after NFKC: full-width Latin letters are Latin). */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff]+/gu;

/** How many English pages a Chinese page offers beside its own answer. */
export const ENGLISH_PAGES_SHOWN = 3;

/** The English pages for a query typed on a Chinese page, and whether it reads as a visitor's. */
export interface EnglishPages {
	pages: PageData[];
	visitor: boolean;
}
/** No English pages (a query in Chinese or pinyin, an English page, a section filter). */
export const NO_ENGLISH_PAGES: EnglishPages = { pages: [], visitor: false };

/**
 * The English pages for a query typed on a Chinese page in Latin letters (a visitor typing English),
 * or for the English part of one mixing Chinese and English (englishPart): those the English pages'
 * profiles answer it with, by the English path's own rules (findAnswer on the profiles alone — no
 * second index, no Pagefind search). None for other queries, for pinyin (no English word matches) or
 * when nothing answers. `load` is asked for the English path only for a query with an English part,
 * so that its data is not fetched for the others.
 */
export async function englishPagesFor(raw: string, load: () => Promise<Pick<EnglishNormalizer, 'normalize'>>): Promise<EnglishPages> {
	const english = englishPart(raw);
	if (english === undefined) return NO_ENGLISH_PAGES;
	const normalized = (await load()).normalize(english.text);
	const answer = await findAnswer([], normalized, ENGLISH_PAGES_SHOWN);
	// A visitor's word in a query mostly in Chinese ("alipay 怎么绑 visa 卡") is a Chinese reader's card.
	return { pages: answer.pages, visitor: normalized.visitor === true && english.mostly };
}

/**
 * One result list for a query in Latin letters on a Chinese page: the Chinese answer first, then the best
 * English page that answers it (englishPagesFor), then the other Chinese pages, then the other English ones;
 * the English pages alone when no Chinese page answers. A reader who typed English keywords keeps the
 * Chinese answer on top; a visitor finds the English page they can read within the first two. A query that
 * reads as a visitor's (tourist, passport, a Visa card: `visitors` in content/search/english.yaml) gets its
 * English pages first. (English first whenever the best English page is a visitor's page cost top-1 on
 * three Chinese blind sets and the holdout and robustness sets, whose English keywords have Chinese answers.)
 */
export function withEnglish(chinese: readonly PageData[], english: EnglishPages): PageData[] {
	const [first, ...rest] = english.pages;
	if (!first || chinese.length === 0 || english.visitor) return [...english.pages, ...chinese];
	return [...chinese.slice(0, 1), first, ...chinese.slice(1), ...rest];
}
