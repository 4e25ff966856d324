/**
 * The English search path (pages under /en/, whose Pagefind index is the English one): no
 * traditional characters, pinyin or input-method slips to undo, so the normaliser's Chinese steps
 * are skipped and only what a visitor adds around the problem is removed — case, punctuation,
 * chatter such as "how do I" and words every page has. Pagefind stems English words itself.
 */
import type { NormalizedQuery } from './normalize';

/** Words that never tell one problem from another. */
const STOPWORDS = new Set(
	(
		'a an the and or but if then so to of in on at by for from with about into as is are was were be been being am ' +
		'do does did doing done have has had i me my mine we our you your he she it its they them their this that these those ' +
		'what which who whom why how when where can could should would will shall may might must please help hi hello thanks thank ' +
		'there here just still not no yes get got getting keep keeps kept any some also very really now again'
	).split(' '),
);

/** A term's weight for the fallback search: longer words tell more. */
const weight = (term: string) => term.length;

/** What an English query searches: content words in order, the most telling one as fallback. */
export function normalizeEnglish(raw: string): NormalizedQuery {
	const literal = raw
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const words = literal ? literal.split(' ') : [];
	const terms = words.filter((w) => !STOPWORDS.has(w));
	// A query of nothing but chatter ("how do i") keeps its own words.
	const kept = terms.length > 0 ? terms : words;
	const query = [...new Set(kept)].join(' ');
	const fallback = kept.length > 1 ? [...kept].sort((a, b) => weight(b) - weight(a))[0] ?? '' : '';
	return { query, terms: query ? query.split(' ') : [], fallback, literal, changed: query !== literal };
}

/** Whether a query is written in Latin letters only (a visitor typing English on a Chinese page). */
export const isLatinQuery = (raw: string): boolean => /[a-z]{2}/i.test(raw) && !/[\u3400-\u9fff]/u.test(raw);
