/**
 * Search in front of Pagefind, shared by the search dialog, `npm run eval:search` and the
 * benchmark. The query is normalised first (src/lib/search/normalize.ts); then one Pagefind search
 * in the common case, and a second one only when the first finds too little.
 *
 * Why a second search at all: Pagefind requires every query word that exists somewhere in the
 * index to be in a result, so one word that the right page happens not to use can empty the
 * answer. The fallback searches the query's most telling word alone.
 */
import type { AskedMatch } from './asked';
import type { CueMatch, CuePage } from './cues';
import { foldSaying, WALLET_WEIGHT } from './format';
import { categoryLabel } from '../content/categories';
import type { NormalizedQuery, WeightedTerm } from './normalize';
import type { PageData, PagefindHit, PagefindLike, SearchOptions } from './pagefind';

export type { PageData, PagefindLike } from './pagefind';

/** Fewer hits than this from the whole query, and the fallback runs too. */
export const FALLBACK_BELOW = 8;

export interface SearchOutcome {
	/** Every hit, best first: the whole query's, then the fallback's new ones. */
	hits: PagefindHit[];
	/** Pagefind searches run (1 or 2). */
	searches: number;
	/** True when a newer search made this one pointless and it stopped early. */
	stale: boolean;
}

/** The hits of `first` followed by those of `second` it lacks. */
export function appendNew(first: readonly PagefindHit[], second: readonly PagefindHit[]): PagefindHit[] {
	const seen = new Set(first.map((h) => h.id));
	return [...first, ...second.filter((h) => !seen.has(h.id))];
}

/**
 * Runs `normalized` through Pagefind. `literal: true` searches the reader's own words only (after
 * "search exactly what I typed"). `isStale` is asked between steps: once a newer keystroke has
 * started a search, this one stops without running its fallback.
 */
export async function helpSearch(
	pagefind: PagefindLike,
	normalized: NormalizedQuery,
	options: SearchOptions & { literal?: boolean; isStale?: () => boolean } = {},
): Promise<SearchOutcome> {
	const { literal = false, isStale = () => false, ...searchOptions } = options;
	const query = literal ? normalized.literal : normalized.query;
	if (!query) return { hits: [], searches: 0, stale: false };
	const first = (await pagefind.search(query, searchOptions))?.results ?? [];
	if (isStale()) return { hits: [...first], searches: 1, stale: true };
	const fallback = literal ? '' : normalized.fallback;
	if (first.length >= FALLBACK_BELOW || !fallback || fallback === query) return { hits: [...first], searches: 1, stale: false };
	const second = (await pagefind.search(fallback, searchOptions))?.results.map(once) ?? [];
	return { hits: appendNew(first, second), searches: 2, stale: isStale() };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** A phrase of three or more characters that Pagefind's query splitting (the browser's word segmenter) breaks apart. */
const isPhrase = (term: string) => [...term].length >= 3 && [...segmenter.segment(term)].filter((s) => s.isWordLike).length > 1;

/**
 * How many of the query's phrases a result's own keywords or title hold whole (Pagefind meta).
 * Pagefind splits a phrase such as 交易失败 into words, so the page that lists the whole phrase as
 * a keyword would otherwise rank like any page that uses both words somewhere.
 */
export function keywordMatch(page: Pick<PageData, 'meta'>, terms: readonly string[]): number {
	const keywords = new Set((page.meta['keywords'] ?? '').split(' / ').map(foldSaying));
	const title = foldSaying(page.meta['title'] ?? '');
	const phrases = terms.filter((term) => isPhrase(term) && (keywords.has(term) || title.includes(term))).length;
	// A title that holds every term of a query of several terms is about exactly that.
	const wholeTitle = terms.length > 1 && terms.every((term) => title.includes(term)) ? 1 : 0;
	return phrases + wholeTitle;
}

/** How much a term found in each part of a page counts: title and keywords name what the page is about. */
export const FIELD_WEIGHT = { title: 1, summary: 0.8, heading: 0.8, body: 0.3 } as const;

export interface Evidence {
	/** The weighted share of the query's meaning the page covers (0–1). */
	coverage: number;
	/** The weight of the terms it covers, each by where it stands (title 1 … body 0.3). */
	score: number;
	/** For each meaningful term (same order), where the page has it: FIELD_WEIGHT's value, or 0. */
	found: number[];
}

/** A page's text as evidence reads it, folded once: title and keywords, summary and headings, the rest. */
export interface PageText {
	title: string;
	summary: string;
	body: string;
}

export function pageText(page: Pick<PageData, 'meta' | 'content' | 'anchors'>): PageText {
	return {
		title: foldSaying(`${page.meta['title'] ?? ''} ${page.meta['keywords'] ?? ''}`),
		summary: foldSaying(`${page.meta['summary'] ?? ''} ${(page.anchors ?? []).map((a) => (/^h[1-6]$/.test(a.element ?? '') ? a.text : '')).join(' ')}`),
		body: foldSaying(page.content ?? ''),
	};
}

/**
 * How well `page` covers the query's meaningful terms: each term's weight (its rarity on the site)
 * times where the page has it — title or keywords, summary or a heading, or only its text.
 */
export function evidence(page: Pick<PageData, 'meta' | 'content' | 'anchors'> | PageText, meaning: readonly WeightedTerm[]): Evidence {
	const { title, summary, body } = 'body' in page ? page : pageText(page);
	let score = 0;
	let total = 0;
	const found: number[] = [];
	for (const { term, weight } of meaning) {
		total += weight;
		const where = title.includes(term) ? FIELD_WEIGHT.title : summary.includes(term) ? FIELD_WEIGHT.summary : body.includes(term) ? FIELD_WEIGHT.body : 0;
		found.push(where);
		score += weight * where;
	}
	return { score, coverage: total > 0 ? score / total : 0, found };
}

/**
 * When a page answers the query: it covers at least this share of the query's weighted meaning…
 * (a question about something the site never mentions shares only common words with its pages).
 */
export const MIN_COVERAGE = 0.25;

/**
 * Whether a page with evidence `e` answers: a question when the page covers MIN_COVERAGE of its
 * meaning; a story (its telling terms only) when the page names one of them in its title,
 * keywords, summary or a heading.
 */
export const answers = (e: Evidence, story = false) => (story ? e.found.some((f) => f >= FIELD_WEIGHT.heading) : e.coverage >= MIN_COVERAGE);

/**
 * Loads the data of the first `count` hits and puts the ones whose title and keywords name the
 * query's terms first, keeping Pagefind's order otherwise. A result that fails to load is left out.
 */
export async function loadResults(hits: readonly PagefindHit[], terms: readonly string[], count: number): Promise<PageData[]> {
	const loaded = await Promise.all(hits.slice(0, count).map((h) => h.data().catch(() => undefined)));
	return loaded
		.map((page, index) => ({ page, index, match: page ? keywordMatch(page, terms) : 0 }))
		.filter((r): r is { page: PageData; index: number; match: number } => r.page !== undefined)
		.sort((a, b) => b.match - a.match || a.index - b.index)
		.map((r) => r.page);
}

/**
 * A word missing from the normaliser's list (which keeps only the site's more common words) that a
 * found page does use is the site's word after all (it still weighs what an unknown word weighs).
 */
export function onSite(meaning: readonly WeightedTerm[], pages: ReadonlyArray<PageText>): WeightedTerm[] {
	const has = (t: PageText, term: string) => t.title.includes(term) || t.summary.includes(term) || t.body.includes(term);
	return meaning.map((m) => (m.site || !pages.some((t) => has(t, m.term)) ? m : { ...m, site: true }));
}

export interface Answer {
	/** The pages that answer the query, best first (none when nothing answers it). */
	pages: PageData[];
	/**
	 * Weak matches, best first: the other pages shown when the query is answered, or, when it is not,
	 * the closest WEAK_SHOWN — the dialog lists them apart, labelled as weak.
	 */
	weak: PageData[];
	/** Whether a page covers the query's meaningful terms well enough (see `answers`). */
	answered: boolean;
	/** The best page's evidence (for measuring). */
	best: Evidence;
	/** Every loaded page's evidence, in the order of `ranked`. */
	all: Evidence[];
	/** Every loaded page, best first, whether or not the query is answered. */
	ranked: PageData[];
	/**
	 * No article answers, but the query names a wallet and nothing the site refuses: `pages` is that
	 * wallet's page alone (where its official help is) — for several wallets, their overview — and the dialog says so.
	 */
	onlyWallet?: true;
	/** When no page answers: the subjects the query names that the site has no page for (the vocabulary's `outside`), for the dialog to say so. */
	outside: string[];
}

/**
 * How much the reader cues count beside a page's evidence (0–1) and Pagefind's order: in a short
 * question a page a cue leads to comes before pages that only share the query's words. In a story
 * a whole cue is as often the reader's circumstances (转了 in 给孙女转了学费) as the situation; the
 * profiles, which hold the cues pair by pair beside the title and summary, weigh it there.
 */
export const CUE_WEIGHT = { story: 0, question: 1 } as const;

/** How many weak matches the dialog offers when no page answers the query. */
export const WEAK_SHOWN = 3;

/** A page a cue or its profile found that Pagefind did not: what the dialog shows of it, and its profile as its text. */
export function cuePageData(match: Pick<CueMatch, 'page'>): PageData {
	const { url, title, category, keywords, summary, headings } = match.page;
	const meta = { title, category, ...(keywords && { keywords }), ...(summary && { summary }) };
	return { url, meta, excerpt: '', ...(headings && { content: headings }) };
}

/**
 * Each path's ranking weights (the English one has its own index of 17 pages and its own profiles):
 * - `profile`: how much a profile match counts beside a page's evidence — its share of the best profile
 *   score times this; in a story, where Pagefind's words are few of the reader's, more than in a question;
 * - `prior`: how much Pagefind's order counts — 1/(1 + place) times this.
 */
// Chosen by a grid over story 1–2, question 0.3–0.6, prior 0.15–0.3 on blind sets A, D, F, H, J and
// blind-tune (Chinese: +12.7 top-1 points summed, top-3 unchanged). English stories weigh the profile
// 1.25 since its situation words count twice (src/lib/search/profile.ts): of 1, 1.25, 1.5, 2, 3 on the
// English blind sets C–O and visitor, 1.25 gained top-1 on five sets and lost none (2 would have cost top-3).
// English questions (up to four meaningful words) weigh it 1.25 too: of 0.3, 0.6, 1 and 1.25, the best.
export const RANKING = {
	zh: { profile: { story: 2, question: 0.3 }, prior: 0.2, asked: { story: 1, question: 1 } },
	en: { profile: { story: 1.25, question: 1.25 }, prior: 0.3, asked: { story: 1, question: 1 } },
} as const;
/** The learnt model's likeliest pages join the candidates when at least this likely (at most ASKED_PLACES of them). */
export const ASKED_CHANCE = 0.3;
export const ASKED_PLACES = 2;
/** When the model holds “no page on this site” at least this likely, the query is not answered (unless it names a problem the site answers). */
export const ASKED_NONE = 0.7;
/** Profile matches scoring at least this share of the best join the candidates (at most PROFILE_PLACES of them). */
export const PROFILE_SHARE = 0.6;
/**
 * A section's index page (/en/visitors/, /issues/: a page whose address leads others the query found)
 * ranks at this share of its score: it names every subject of its section, so that a question about
 * one matches it nearly as well as the page that answers it. Of 0.85, 0.7 and 0.5 on every blind set,
 * 0.7 gained top-1 on four English sets and one Chinese and lost nothing; 0.5 cost an English query.
 */
export const HUB_RANK = 0.7;
/**
 * A how-to page (NormalizedQuery.howTo: on the English path, a page of no problem whose title says nothing
 * went wrong — setting up Alipay, paying in China; not the contact page) ranks at this share of its score when the query says
 * something went wrong (cant, never, declined): “cant add my card to alipay” is the card problem's page, not
 * the set-up page that tells how to add one. Of 0.8, 0.7, 0.65, 0.6 and 0.5 on the English blind sets C–S,
 * safety and visitor, 0.7 gained top-1 on C (+3), E, K and O and S (+1 each) and lost none; lower cost M and Q.
 * The Chinese path's advice pages at 0.7 (删不了 → not 定期检查绑定的银行卡) gained one query and lost two.
 */
export const TROUBLE_RANK = 0.7;
/**
 * A wallet's page (PayPal, 微信支付) ranks at this share of its score when the query names another wallet
 * and not this one: “微信付钱的功能要怎么开通” is the WeChat Pay page's, not Apple Pay's (the profiles and
 * the learnt model compare without wallet names, so 开通 alone drew Apple Pay's). 0.5 left the learnt
 * model's Apple Pay above WeChat Pay for 微信付钱那个功能咋开通; 0.25 gained one more out of fold.
 */
export const OTHER_WALLET_RANK = 0.25;
const WALLET_PAGES = categoryLabel('wallet', 'zh');
/** A wallet name as pages and queries both say it: 微信支付, 微信钱包 and 微信 are one wallet; Apple Pay is applepay. */
export const walletKey = (name: string) =>
	name
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/(?:支付|钱包)$/, '');
/** A page's category and title, as a result's `meta` or the search data's page (CuePage) gives them. */
type PageLabel = { category?: string | undefined; title?: string | undefined };
/** The wallet (walletKey) whose page `page` is; none for other pages and the wallets' index. */
const walletOf = ({ category, title }: PageLabel): string | undefined =>
	category === WALLET_PAGES && title !== WALLET_PAGES ? walletKey(title ?? '') : undefined;
/** Whether `page` is the wallets' overview (钱包速查). */
const isWalletOverview = ({ category, title }: PageLabel): boolean => category === WALLET_PAGES && title === WALLET_PAGES;
/**
 * The learnt model's odds with the wallets' pages pooled on the one wallet `named` holds (walletKeys):
 * the model compares without wallet names, so its odds for a wallet's page are odds for “a wallet's
 * page” — 我刚学用支付宝…这东西能干啥 drew WeChat Pay's at 0.97 — and they belong to the wallet the query
 * names. Unchanged when it names none or several, or the search data does not describe its page.
 */
export function poolWalletOdds(asked: readonly AskedMatch[], named: ReadonlySet<string>, described: readonly CuePage[]): AskedMatch[] {
	const page = named.size === 1 ? described.find((p) => named.has(walletOf(p) ?? '')) : undefined;
	if (!page) return [...asked];
	const isWallet = (m: AskedMatch) => m.page !== undefined && walletOf(m.page) !== undefined;
	const chance = asked.filter(isWallet).reduce((sum, m) => sum + m.chance, 0);
	if (chance === 0) return [...asked];
	return [...asked.filter((m) => !isWallet(m)), { url: page.url, page, chance }].sort((a, b) => b.chance - a.chance);
}

/** Whether `page` is one wallet's page and `named` (walletKeys) does not hold its wallet. */
export const otherWallet = (page: PageData, named: ReadonlySet<string>): boolean => {
	const wallet = walletOf(page.meta);
	return named.size > 0 && wallet !== undefined && !named.has(wallet);
};
export const PROFILE_PLACES = 3;
/**
 * A query with words the site never uses (收益, 桌面, 养老保险) whose best profile match scores
 * below this (1: what its language calls a match, see src/lib/search/profile.ts) is about something
 * the site does not cover: its site words (余额, 微信) alone do not make an answer.
 */
export const MIN_PROFILE = 1;
/** A profile match this strong (twice a match) answers the query by itself, as a whole cue does: the words a page must cover may be the story's circumstances. */
export const STRONG_PROFILE = 2;

/** Whether a page passes the dialog's category filter (Pagefind applies it to its own hits). */
const passes = (page: PageData, filters: SearchOptions['filters']) =>
	Object.entries(filters ?? {}).every(([key, value]) => (Array.isArray(value) ? value : [value]).includes(page.meta[key] ?? ''));

/** What ranking and judging read of a normalised query (the rest is optional: a stand-in may give less). */
export type QueryToAnswer = Pick<NormalizedQuery, 'terms' | 'meaning' | 'story'> &
	Partial<Pick<NormalizedQuery, 'cued' | 'profiled' | 'outside' | 'named' | 'language' | 'howTo' | 'asked' | 'described'>>;

/** The meaning a page must cover to answer: a story's telling terms, a question's every term. */
export function meaningToCover(normalized: Pick<NormalizedQuery, 'terms' | 'meaning' | 'story'>, meaning: readonly WeightedTerm[]): WeightedTerm[] {
	return normalized.story ? meaning.filter((m) => normalized.terms.includes(m.term)) : [...meaning];
}

/**
 * The answer to a query: the first `count` hits loaded and ranked by rank fusion — how much of the
 * query's weighted meaning each covers, where (title and keywords first), plus a little of
 * Pagefind's order; none at all when no page covers enough of it: an honest “nothing found” rather
 * than unrelated pages.
 */
export async function findAnswer(hits: readonly PagefindHit[], normalized: QueryToAnswer, count: number, filters?: SearchOptions['filters']): Promise<Answer> {
	const found = await loadResults(hits, normalized.terms, count);
	// Pages the reader cues lead to join those Pagefind found (with what the dialog shows of them).
	const cued = (normalized.cued ?? []).filter((m) => passes(cuePageData(m), filters));
	const cueScore = new Map(cued.map((m) => [m.page.url, m.score]));
	const urls = new Set(found.map((p) => p.url));
	const profiled = (normalized.profiled ?? []).filter((m) => passes(cuePageData(m), filters));
	const topProfile = profiled[0]?.score ?? 0;
	const profileShare = new Map(profiled.map((m) => [m.page.url, topProfile > 0 ? m.score / topProfile : 0]));
	const loaded = [...found, ...cued.filter((m) => !urls.has(m.page.url)).map(cuePageData)];
	for (const m of profiled.slice(0, PROFILE_PLACES)) {
		if ((profileShare.get(m.page.url) ?? 0) < PROFILE_SHARE || loaded.some((p) => p.url === m.page.url)) continue;
		loaded.push(cuePageData(m));
	}
	// The wallets the query names (a wallet name weighs WALLET_WEIGHT).
	const wallets = new Set(normalized.meaning.filter((m) => m.site && m.weight === WALLET_WEIGHT).map((m) => walletKey(m.term)));
	const asked = poolWalletOdds(normalized.asked ?? [], wallets, normalized.described ?? []);
	const askedChance = new Map(asked.flatMap((m) => (m.url === null ? [] : [[m.url, m.chance] as const])));
	for (const { chance, page } of asked.slice(0, ASKED_PLACES)) {
		if (chance < ASKED_CHANCE || !page || loaded.some((p) => p.url === page.url) || !passes(cuePageData({ page }), filters)) continue;
		loaded.push(cuePageData({ page }));
	}
	const texts = loaded.map(pageText);
	const kind = normalized.story ? 'story' : 'question';
	const weights = RANKING[normalized.language ?? 'zh'];
	// An emergency (a scam, a stolen phone) that a cue found, or that the query names and its best profile
	// match is, is not weighed against what other readers asked: 医保卡被冻结 in a caller's script is a scam,
	// however often 冻结 came with the frozen-account page.
	const emergency = cued.some((m) => m.page.urgent) || (normalized.named === true && profiled[0]?.page.urgent === true);
	const learnt = emergency ? 0 : weights.asked[kind];
	const meaning = onSite(normalized.meaning, texts);
	const cover = meaningToCover(normalized, meaning);
	const howTo = new Set(normalized.howTo ?? []);
	// Section index pages among the candidates: a path ending in / that leads another candidate's (not the
	// wallets' overview when the query names several wallets: it compares them).
	const hub = (p: PageData) =>
		p.url.endsWith('/') && loaded.some((o) => o.url !== p.url && o.url.startsWith(p.url)) && !(wallets.size > 1 && isWalletOverview(p.meta));
	const hubs = new Set(loaded.filter(hub).map((p) => p.url));
	const judged = loaded
		.map((page, index) => {
			const all = evidence(texts[index] as PageText, meaning);
			const prior = index < found.length ? weights.prior / (1 + index) : 0;
			return {
				page,
				all,
				e: evidence(texts[index] as PageText, cover),
				rank:
					(CUE_WEIGHT[kind] * (cueScore.get(page.url) ?? 0) +
						weights.profile[kind] * (profileShare.get(page.url) ?? 0) +
						learnt * (askedChance.get(page.url) ?? 0) +
						all.coverage +
						prior) *
					(hubs.has(page.url) ? HUB_RANK : 1) *
					(howTo.has(page.url) ? TROUBLE_RANK : 1) *
					(otherWallet(page, wallets) ? OTHER_WALLET_RANK : 1),
			};
		})
		.sort((a, b) => b.rank - a.rank);
	const best = judged.reduce<Evidence>((b, j) => (j.e.coverage > b.coverage ? j.e : b), { score: 0, coverage: 0, found: [] });
	const placed = topProfile >= MIN_PROFILE;
	const named = normalized.named === true;
	// A question or story with one word the site never uses, whose other words a page names in its title,
	// keywords, summary or a heading (投诉了没人搭理, 手机让人顺走了): the stray word is the reader's own.
	const strays = meaning.filter((m) => !m.site).length;
	const namesTheRest = (j: (typeof judged)[number]) =>
		meaning.every((m, i) => !m.site || m.weight <= WALLET_WEIGHT || (j.all.found[i] ?? 0) >= FIELD_WEIGHT.heading);
	const oneStray = strays === 1 && meaning.some((m) => m.site && m.weight > WALLET_WEIGHT) && judged.some(namesTheRest);
	// Words the site never uses, no profile match, no problem named in the editors' words (situations, or
	// what a reader saying became: 摸走 → 被偷) and more than one stray word: about something else (no
	// profile data: no such judgement). A whole cue in such a query (多久到账 in 个税退税多久到账) does not make it an answer either.
	const situated = normalized.profiled === undefined || placed || named || oneStray || meaning.every((m) => m.site);
	// A subject the site has no page for (理财收益, a train ticket) is answered only when the query is also
	// about one the site answers: it names a problem (被骗 — or through a saying, 摸走 → 被偷), or it is
	// a story whose whole cue places it on an emergency page (群解散了 after 买基金: a scam; 手机落在出租车上).
	// Not a whole cue of another page (要准备哪些材料 in a story about 医保 claims), nor a profile match
	// however strong: the situation pairs it stresses make everyday stories match (养老金 at the bank
	// counter matched the service-centre page at 4.8); with neither, no answerable or safety query of any
	// blind set was refused, and H, N and R each gave one more honest answer than with a threshold of 2.5.
	const outside = normalized.outside ?? [];
	const beyondOutside = outside.length === 0 || named || (normalized.story && cued.some((m) => m.page.urgent));
	// Otherwise, a query its profiles place in a situation (a match, though not a strong one), or that names
	// a problem the site answers (老掉线烦死个人), is answered by a page that names one of its words where a
	// story's would have to: its other words may be the reader's own (几耐, 存着, 烦死个人).
	const top = normalized.asked?.[0];
	const learntNone = top !== undefined && top.url === null && top.chance >= ASKED_NONE && !named && !emergency;
	const answered =
		!learntNone &&
		beyondOutside &&
		((situated && cued.length > 0) ||
			topProfile >= STRONG_PROFILE ||
			// A query that names a problem (卡住, 被骗) and whose profiles place it is answered — its profiled pages
			// among the candidates — though no page names its words where a story's would have to (转的钱卡住了不到:
			// the cue is 转账卡住).
			(named && placed) ||
			// Nothing weighable (lone characters only: 卡, 退): no ground to refuse, Pagefind's pages stand.
			(situated && (cover.length === 0 ? judged.length > 0 : judged.some((j) => answers(j.e, normalized.story || placed || named)))));
	// A question that names one wallet and nothing the site answers otherwise (PayPal 到底怎么用, 微信付款老出毛病)
	// is answered by that wallet's page alone: where its official help and support are.
	// A question naming several (支付宝微信paypal都有啥区别) is answered by the wallets' overview. The page is
	// among the candidates, or the search data describes it (a story whose words found other pages).
	const walletPage = (page: PageData) => (wallets.size === 1 ? wallets.has(walletOf(page.meta) ?? '') : isWalletOverview(page.meta));
	const ownWallet =
		answered || learntNone || !beyondOutside || wallets.size === 0
			? undefined
			: (judged.find((j) => walletPage(j.page)) ?? describedPage(normalized.described ?? [], walletPage, meaning, filters));
	const order = ownWallet ? [ownWallet, ...judged.filter((j) => j !== ownWallet)] : judged;
	const ranked = order.map((j) => j.page);
	// A page answers by itself when it covers the query (or, a question's, its cue names it), or its
	// profile comes close to the best match: the others are weak matches, shown apart and labelled.
	const strong = (j: (typeof judged)[number], place: number) =>
		place === 0 ||
		cover.length === 0 ||
		answers(j.e, normalized.story) ||
		(!normalized.story && cueScore.has(j.page.url)) ||
		(placed && (profileShare.get(j.page.url) ?? 0) >= PROFILE_SHARE);
	const shown = answered ? judged.slice(0, Math.max(count, 1)) : [];
	const pages = ownWallet ? [ownWallet.page] : shown.filter((j, place) => strong(j, place)).map((j) => j.page);
	const weak = ownWallet ? [] : (answered ? shown.filter((j, place) => !strong(j, place)) : judged.slice(0, WEAK_SHOWN)).map((j) => j.page);
	const given = answered || ownWallet !== undefined;
	return {
		pages,
		weak,
		answered: given,
		...(ownWallet && { onlyWallet: true as const }),
		best,
		all: order.map((j) => j.all),
		ranked,
		outside: given ? [] : outside,
	};
}

/** A hit whose data loads once however often it is asked for (the second judging reuses the first's). */
function once(hit: PagefindHit): PagefindHit {
	let data: Promise<PageData> | undefined;
	return { ...hit, data: () => (data ??= hit.data()) };
}

/** The first page `wanted` as the search data describes it, judged as a candidate; none when the data has no such page. */
function describedPage(
	described: readonly CuePage[],
	wanted: (page: PageData) => boolean,
	meaning: readonly WeightedTerm[],
	filters: SearchOptions['filters'],
) {
	const page = described.map((p) => cuePageData({ page: p })).find((p) => wanted(p) && passes(p, filters));
	if (!page) return undefined;
	const all = evidence(pageText(page), meaning);
	return { page, all, e: all, rank: 0 };
}

/** Places the fallback's new hits get among the pages loaded when the whole query found plenty. */
export const FALLBACK_PLACES = 3;

export interface AnsweredSearch {
	answer: Answer;
	/** Pagefind searches run (1 or 2). */
	searches: number;
	/** How many pages Pagefind found in all. */
	found: number;
	/** True when a newer search made this one pointless and it stopped early. */
	stale: boolean;
}

/**
 * The site's search: the normalised query through Pagefind, its first `count` pages ranked and
 * judged (findAnswer). A second search, of the query's most telling term, runs only when the first
 * found fewer than FALLBACK_BELOW pages: its new pages join the judged ones. (Running it also when
 * the best pages do not name that term found one more blind query, but a second search of a
 * common word made p95 at 4,000 pages 3.4× plain Pagefind.)
 */
export async function searchAnswer(
	pagefind: PagefindLike,
	normalized: QueryToAnswer & Pick<NormalizedQuery, 'query' | 'fallback'>,
	count: number,
	options: SearchOptions & { isStale?: () => boolean } = {},
): Promise<AnsweredSearch> {
	const { isStale = () => false, ...searchOptions } = options;
	const empty: Answer = {
		pages: [],
		weak: [],
		answered: false,
		best: { score: 0, coverage: 0, found: [] },
		all: [],
		ranked: [],
		outside: normalized.outside ?? [],
	};
	if (!normalized.query) {
		// Only chatter left of the query's words, yet a cue found its situation.
		if (normalized.cued?.length) return { answer: await findAnswer([], normalized, count, searchOptions.filters), searches: 0, found: 0, stale: false };
		return { answer: empty, searches: 0, found: 0, stale: false };
	}
	const first = (await pagefind.search(normalized.query, searchOptions))?.results.map(once) ?? [];
	if (isStale()) return { answer: empty, searches: 1, found: first.length, stale: true };
	const answer = await findAnswer(first, normalized, count, searchOptions.filters);
	const { fallback } = normalized;
	// A cue already says where the reader belongs: no second search for more candidates.
	if (!fallback || fallback === normalized.query || first.length >= FALLBACK_BELOW || (normalized.cued?.length ?? 0) > 0 || isStale())
		return { answer, searches: 1, found: first.length, stale: isStale() };
	const second = (await pagefind.search(fallback, searchOptions))?.results.map(once) ?? [];
	if (isStale()) return { answer, searches: 2, found: first.length, stale: true };
	const seen = new Set(first.map((h) => h.id));
	const added = second.filter((h) => !seen.has(h.id));
	const keep = first.length < count ? first.length : count - FALLBACK_PLACES;
	const hits = [...first.slice(0, keep), ...added.slice(0, count - keep), ...first.slice(keep), ...added.slice(count - keep)];
	return { answer: await findAnswer(hits, normalized, count, searchOptions.filters), searches: 2, found: first.length + added.length, stale: isStale() };
}
