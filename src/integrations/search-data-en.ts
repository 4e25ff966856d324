/**
 * The English search path's data (`/search/english.json`): the English pages' words with how many
 * pages use each, and the editors' content/search/english.yaml. Read from the article sources, so
 * it does not depend on the Chinese normaliser's step.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './content-check';
import { slugOfFile } from '../lib/content/pages';
import { localeOfSlug } from '../lib/i18n/locale';
import { ENGLISH_DATA_PATH, ENGLISH_VOCABULARY_FILE } from '../lib/search/english-data';
import { buildEnglishData } from '../lib/search/english-build';

/** An article's searchable text: frontmatter values and body, without imports and tags. */
const pageText = (source: string) => source.replace(/^import .*$/gm, ' ').replace(/<[^>]*>/g, ' ').replace(/\(\/[^)]*\)/g, ' ');

export default function englishSearchData(): AstroIntegration {
	let root = '';
	return {
		name: 'wallet-help:search-data-en',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				// Checked before the build, like the Chinese vocabulary.
				buildEnglishData([], readFileSync(join(root, ENGLISH_VOCABULARY_FILE), 'utf8'));
			},
			'astro:build:done': ({ dir, logger }) => {
				const texts = readArticles(root, join(root, 'content/docs'))
					.filter((a) => localeOfSlug(slugOfFile(a.file)) === 'en' && !/^pagefind: false$/m.test(a.text))
					.map((a) => pageText(a.text));
				const data = buildEnglishData(texts, readFileSync(join(root, ENGLISH_VOCABULARY_FILE), 'utf8'));
				const file = join(fileURLToPath(dir), ENGLISH_DATA_PATH);
				mkdirSync(dirname(file), { recursive: true });
				const json = JSON.stringify(data);
				writeFileSync(file, json);
				logger.info(`English search data: ${Object.keys(data.df).length} words from ${data.pages} pages, ${(json.length / 1024).toFixed(1)} KiB`);
			},
		},
	};
}
