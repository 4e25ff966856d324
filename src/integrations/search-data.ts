/**
 * After the build (step 1 of src/integrations/pipeline.ts): writes the query normaliser's data (`dist/search/normalize.json`, see
 * src/lib/search/data.ts) from the site's indexed text, the articles' titles, keywords, headings
 * and summaries, and content/search/vocabulary.yaml, all as content-check checked them before the build.
 * OpenCC's tables and pinyin-pro are used here, at build time only.
 */
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { pinyin } from 'pinyin-pro';
import { from as openccFrom, to as openccTo } from 'opencc-js/preset';
import { buildCues } from '../lib/search/cues';
import { learnQuestions } from '../lib/search/questions';
import { buildSearchData, type BuildTools, type SiteWords } from '../lib/search/data';
import { createNormalizer } from '../lib/search/normalize';
import { SEARCH_DATA_PATH } from '../lib/search/format';
import { compileSayings } from '../lib/search/vocabulary';
import { articleWords, cueSources } from '../lib/search/words';
import { checkedInputs } from './content-check';
import type { Step } from './dist-files';

/** The pairs of OpenCC dictionaries (strings "a b|c d"). */
function openccPairs(groups: ReadonlyArray<ReadonlyArray<unknown>> | undefined): Array<[string, string]> {
	return (groups ?? [])
		.flat()
		.filter((d): d is string => typeof d === 'string')
		.flatMap((d) => d.split('|'))
		.map((pair) => pair.split(' '))
		.filter((pair): pair is [string, string] => pair.length === 2);
}

const single = (text: string) => [...text].length === 1;

/** OpenCC's traditional → mainland simplified characters. */
const T2S_CHARACTERS = openccPairs(openccTo['cn']).filter(([a, b]) => single(a) && single(b));

/**
 * Phrases: OpenCC's traditional → simplified phrases, and Taiwan and Hong Kong wording → standard
 * traditional (登入 → 登錄), each then turned simplified character by character.
 */
function t2sPhrasePairs(): Array<[string, string]> {
	const chars = new Map(T2S_CHARACTERS);
	const simplify = (text: string) => [...text].map((c) => chars.get(c) ?? c).join('');
	const regional = [...openccPairs(openccFrom['twp']), ...openccPairs(openccFrom['hkp'])].filter(([a]) => !single(a));
	const phrases = openccPairs(openccTo['cn']).filter(([a]) => !single(a));
	return [...regional.map(([a, b]): [string, string] => [a, simplify(b.split(' ')[0] ?? b)]), ...phrases.map(([a, b]): [string, string] => [a, b])];
}

export const BUILD_TOOLS: BuildTools = {
	pinyinOf: (word) => pinyin(word, { toneType: 'none', type: 'array', v: true }),
	readingsOf: (char) => pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }),
	t2sPairs: T2S_CHARACTERS,
	t2sPhrasePairs: t2sPhrasePairs(),
};

/** The text inside each page's <main>: what Pagefind indexes. */
function mainText(html: string): string {
	let depth = 0;
	let text = '';
	const parser = new Parser({
		onopentag(name) {
			if (name === 'main' || depth > 0) depth++;
		},
		ontext(t) {
			if (depth > 0) text += t;
		},
		onclosetag() {
			if (depth > 0) depth--;
		},
	});
	parser.end(html);
	return text;
}

/** Step of the post-build pipeline: `search/normalize.json` from the Chinese pages and the checked inputs (English has its own: search-data-en.ts). */
export const searchDataStep: Step = {
	name: 'search-data',
	run(files, { root, base }) {
		const { articles, vocabulary, questions } = checkedInputs(root);
		const cues = cueSources(articles, base);
		const { phrases, titles } = articleWords(articles);
		const pageTexts = files
			.list()
			.filter((f) => f.endsWith('.html') && !f.startsWith('en/'))
			.map((f) => files.text(f))
			// What Pagefind indexes: not the home, 404, offline or guide pages (their English lines would count as site words).
			.filter((html) => html.includes('data-pagefind-body'))
			.map(mainText);
		const site: SiteWords = { phrases, text: pageTexts.join('\n'), pageTexts, cueText: cues.flatMap((c) => c.cues).join(' ') };
		const data = buildSearchData(site, compileSayings(vocabulary, titles), vocabulary, BUILD_TOOLS);
		// Cues folded exactly as queries are, by the normaliser this data makes.
		const important = new Set(data.words.split(' ').slice(0, data.important));
		const cueData = buildCues(cues, createNormalizer(data).fold, (word) => important.has(word));
		if (cueData.pages.length > 0) data.cues = cueData;
		// The readers' labelled questions, read by the normaliser this data makes, learnt last.
		const asked = learnQuestions(questions.zh, createNormalizer(data), base);
		if (asked) data.asked = asked;
		const json = JSON.stringify(data);
		files.write(SEARCH_DATA_PATH.replace(/^\//, ''), json);
		const words = data.words.split(' ').length;
		const gzip = gzipSync(json).length;
		const cueCount = cueData.pages.reduce((n, p) => n + p.cues.length, 0);
		return {
			summary: `search normaliser data: ${words} words (${data.important} important), ${cueCount} reader cues on ${cueData.pages.length} pages, ${questions.zh.length} labelled questions (${Object.keys(asked?.grams ?? {}).length} features learnt), ${[...data.t2s].length / 2} traditional characters, ${(gzip / 1024).toFixed(1)} KiB gzip`,
			stats: { words, important: data.important, cues: cueCount, traditional: [...data.t2s].length / 2, bytes: json.length, gzip },
		};
	},
};
