/**
 * Search in front of Pagefind, shared by the search dialog and `npm run eval:search`.
 *
 * Pagefind requires every query word that exists somewhere in the index to exist in a result, and
 * silently drops words that exist nowhere. Readers type sentences full of filler (怎么办, 一直, 我的)
 * and colloquial synonyms (付不了, 封号, 没到账) that other pages happen to contain, which turns good
 * queries into zero results. So a query runs as several variants — cleaned, with reader words
 * mapped to the words the articles use, and word by word — and the results are merged.
 */
import { RESULTS_SHOWN, type PagefindHit, type PagefindLike, type SearchOptions } from './pagefind';

export type { PageData, PagefindLike } from './pagefind';

/** Phrases that carry no meaning for finding a page; removed wherever they occur. */
const FILLER_PHRASES = [
	'怎么办呢', '怎么办', '怎么回事', '怎么弄', '怎么样', '怎么', '怎样', '如何', '为什么', '为啥', '什么原因',
	'是什么', '什么', '请问', '求助', '求解', '急急急', '一直', '总是', '老是', '突然', '在哪里', '在哪儿', '在哪', '哪里', '哪儿',
];

/** Single words removed only when they stand alone as a word (了 in 了解 stays). */
const FILLER_WORDS = new Set(['我', '我的', '我们', '你们', '自己', '这个', '那个', '一下', '可以', '应该', '已经', '还是', '帮忙', '帮我',
	'吗', '呢', '啊', '吧', '呀', '了', '的', '得', '么', '急', '哪种', '哪个']);

/**
 * Reader phrasing → the words our articles use. Each entry is tried as an alternative variant,
 * never forced, so a wrong guess costs nothing but a weaker extra query.
 */
export const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
	[/付不了钱|付不了款|付不了|付不出去?|付款不了|付款不成功|付款失败|支付不了|支付不成功|付钱失败|扫码付不了|付不成/, '支付失败'],
	[/付款|付钱|买单|结账/, '支付'],
	[/登不上|登不进去?|登陆不了|登陆不上|登录不上|登录不了|进不去账号|上不去|打不开账户/, '无法登录'],
	[/老是退出|自动退出|被踢下线|被挤下线|总掉线|掉线了/, '掉线'],
	[/封号|被封|账号冻结|账户冻结|冻住|冻结了/, '冻结'],
	[/锁住|被锁|锁了/, '锁定'],
	[/账号/, '账户'],
	[/没到账|未到账|不到账|没收到钱|没收到|钱没到|没有到|到不了|还没到/, '到账'],
	[/余额不对|余额少了|余额不显示|余额显示错/, '余额'],
	[/验证码收不到|收不到验证码|验证码不来|短信不来|收不到短信|没有验证码|验证码没来|短信码/, '验证码'],
	[/退钱|钱退回|要回钱|退货退款/, '退款'],
	[/提不出|取不出|提现不了|取现|提钱|提到银行卡/, '提现'],
	[/充不进去?|充不上|充值不了|充钱|充进去/, '充值'],
	[/被盗|盗号|被黑|被人登录|陌生设备|不明扣款|异地登录/, '被盗'],
	[/人工客服|客服热线|打电话|电话号码|热线电话/, '电话客服'],
	[/零钱/, '余额'],
	[/换卡|换绑|解除绑定|删除银行卡/, '解绑'],
	[/绑不上|绑卡失败|绑不了卡|加不了卡|添加银行卡失败/, '绑定失败'],
	[/骗子|诈骗|假客服|陌生链接/, '钓鱼'],
	[/升级|新版本/, '更新'],
	[/两步验证|二次验证|双因素/, '双重验证'],
	[/投诉|找领导|转主管/, '升级投诉'],
	[/网不好|没信号|信号差|断网|网络差/, '网络'],
	[/留言|联系我们/, '官网'],
	[/门店|营业厅|线下|当面/, '服务网点'],
	[/截屏|截图|录屏/, '截图'],
];

/** Splits Chinese and mixed text into words the way Pagefind's browser code does. */
export function segmentWords(text: string): string[] {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const isCjk = (text: string) => /[\u3400-\u9fff]/.test(text);

/** Joins words back into a query: no space between Chinese words, a space elsewhere. */
function joinWords(words: readonly string[]): string {
	return words.reduce((out, w) => (out && !(isCjk(out.at(-1) ?? '') && isCjk(w[0] ?? '')) ? `${out} ${w}` : out + w), '');
}

/** Lower-cases Latin letters, drops punctuation and removes filler phrases and words. */
export function normalizeQuery(query: string): string {
	let q = query.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ');
	for (const phrase of FILLER_PHRASES) q = q.split(phrase).join(' ');
	const chunks = q.split(/\s+/).map((chunk) => joinWords(segmentWords(chunk).filter((w) => !FILLER_WORDS.has(w))));
	return joinWords(chunks.filter(Boolean));
}

/**
 * The browser's segmenter splits words it does not know (微信, 客服) into single characters;
 * runs of single Chinese characters are joined back so they can be searched as one word.
 */
export function mergeSingleCharacters(words: readonly string[]): string[] {
	const out: string[] = [];
	let run = '';
	for (const w of words) {
		if (w.length === 1 && isCjk(w)) {
			run += w;
			continue;
		}
		if (run) out.push(run);
		run = '';
		out.push(w);
	}
	if (run) out.push(run);
	return out;
}

/** Weight of the word-by-word variants (the others weigh more). */
export const WORD_WEIGHT = 0.35;

export interface QueryVariant {
	query: string;
	/** How much results of this variant count in the merge. */
	weight: number;
}

/** The queries to run for what the reader typed, most faithful first, without duplicates. */
export function queryVariants(raw: string): QueryVariant[] {
	const cleaned = normalizeQuery(raw);
	const variants: QueryVariant[] = [];
	const add = (query: string, weight: number) => {
		const q = query.replace(/\s+/g, ' ').trim();
		if (q && !variants.some((v) => v.query === q)) variants.push({ query: q, weight });
	};
	if (!cleaned) return [];
	add(cleaned, 1);
	// Reader words replaced by article words, all at once.
	let mapped = cleaned;
	for (const [pattern, word] of SYNONYMS) mapped = mapped.replace(new RegExp(pattern.source, 'g'), ` ${word} `);
	add(mapped, 0.9);
	// Each article word a synonym points to, on its own: strong evidence of the topic.
	for (const [pattern, word] of SYNONYMS) if (pattern.test(cleaned)) add(word, 0.6);
	// Word by word, so one word that appears on other pages cannot sink the query.
	const words = mergeSingleCharacters(segmentWords(mapped)).filter((w) => w.length > 1 || /[a-z0-9]/i.test(w));
	if (words.length > 1) for (const w of words) add(w, WORD_WEIGHT);
	return variants;
}

export type RankedHit = PagefindHit;

/** Merges the results of several variants: a page's score is the weighted sum of its normalised scores. */
export function mergeResults(
	runs: ReadonlyArray<{ weight: number; results: readonly PagefindHit[] }>,
): RankedHit[] {
	const merged = new Map<string, RankedHit>();
	for (const { weight, results } of runs) {
		results.forEach((r) => {
			const gain = weight * r.score;
			const hit = merged.get(r.id);
			if (hit) hit.score = Math.max(hit.score, gain) + 0.25 * Math.min(hit.score, gain);
			else merged.set(r.id, { id: r.id, score: gain, data: r.data });
		});
	}
	return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** Below a screenful of hits from the whole-query variants, the word-by-word fallbacks run too. */
export const FALLBACK_BELOW = RESULTS_SHOWN;

/**
 * Runs the variants of `raw` through Pagefind and merges the results, best first. The word-by-word
 * variants match most of a large index and cost the most, so they run only when the whole-query
 * variants found fewer than FALLBACK_BELOW pages.
 */
export async function helpSearch(
	pagefind: PagefindLike,
	raw: string,
	options: SearchOptions = {},
): Promise<RankedHit[]> {
	const variants = queryVariants(raw);
	const run = (list: QueryVariant[]) =>
		Promise.all(list.map(async (v) => ({ weight: v.weight, results: (await pagefind.search(v.query, options))?.results ?? [] })));
	const whole = variants.filter((v) => v.weight > WORD_WEIGHT);
	const first = await run(whole);
	const found = new Set(first.flatMap((r) => r.results.map((x) => x.id)));
	if (found.size >= FALLBACK_BELOW) return mergeResults(first);
	return mergeResults([...first, ...(await run(variants.filter((v) => v.weight <= WORD_WEIGHT)))]);
}
