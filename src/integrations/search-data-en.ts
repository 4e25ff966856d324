/**
 * The English search path's data (`/search/english.json`): the English pages' words with how many
 * pages use each, and the editors' content/search/english.yaml (checked before the build by
 * content-check). Read from the article sources, so it does not depend on the Chinese step.
 */
import { gzipSync } from 'node:zlib';
import { checkedInputs } from './content-check';
import type { Step } from './dist-files';
import { slugOfFile } from '../lib/content/pages';
import { localeOfSlug } from '../lib/i18n/locale';
import { ENGLISH_DATA_PATH } from '../lib/search/english-data';
import { buildEnglishData } from '../lib/search/english-build';
import { createEnglishNormalizer } from '../lib/search/english';
import { learnQuestions } from '../lib/search/questions';
import { cueSources } from '../lib/search/words';

/** An article's searchable text: frontmatter values and body, without imports and tags. */
const pageText = (source: string) =>
	source
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\(\/[^)]*\)/g, ' ');

export const englishSearchDataStep: Step = {
	name: 'search-data-en',
	run(files, { root, base }) {
		const { articles, englishVocabulary, questions } = checkedInputs(root);
		const texts = articles.filter((a) => localeOfSlug(slugOfFile(a.file)) === 'en' && !/^pagefind: false$/m.test(a.text)).map((a) => pageText(a.text));
		const data = buildEnglishData(texts, englishVocabulary, cueSources(articles, base, 'en'));
		const asked = learnQuestions(questions.en, createEnglishNormalizer(data), base);
		if (asked) data.asked = asked;
		const json = JSON.stringify(data);
		files.write(ENGLISH_DATA_PATH.replace(/^\/+/, ''), json);
		const words = Object.keys(data.df).length;
		const gzip = gzipSync(json).length;
		return {
			summary: `English search data: ${words} words from ${data.pages} pages, ${data.profiles?.pages.length ?? 0} page profiles, ${questions.en.length} labelled questions, ${(gzip / 1024).toFixed(1)} KiB gzip`,
			stats: { words, pages: data.pages, bytes: json.length, gzip },
		};
	},
};
