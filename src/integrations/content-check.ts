/**
 * Before Astro reads any content: runs the editor's checks (src/lib/content/check.ts) over every
 * article, the phone numbers file (content/contacts/phones.yaml) and the search vocabulary's (src/lib/search/vocabulary.ts), and stops the build with one readable block per problem — file, line, field, what is
 * wrong, how to fix it — instead of a warning that lets a broken page ship.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticles, formatProblems, type ArticleSource, type ContentProblem } from '../lib/content/check';
import { knownNumbers, parsePhoneBook } from '../lib/contacts/phones';
import { PHONES_FILE } from '../schemas/phones';
import { START_PATH } from '../lib/guide/tree';
import { OFFLINE_PATH } from '../lib/offline/names';
import { articleWords } from '../lib/search/words';
import { checkVocabulary } from '../lib/search/vocabulary';
import { VOCABULARY_FILE } from '../schemas/search';

/** What the build writes besides the articles (Pagefind, bundles, sitemap, service worker, injected pages). */
const BUILD_OUTPUTS = ['/pagefind/', '/_astro/', '/sitemap-index.xml', '/sitemap-0.xml', '/sw.js', '/robots.txt', START_PATH, OFFLINE_PATH];

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

/** The articles under `docsDir` (files and folders starting with `_` are not pages), named from `root`. */
export function readArticles(root: string, docsDir: string): ArticleSource[] {
	return files(docsDir)
		.filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
		.map((f) => ({ file: relative(root, join(docsDir, f)), text: readFileSync(join(docsDir, f), 'utf8') }));
}

/** Reads the articles and `public/` of a project and returns the formatted problems, or ''. */
export function checkProject(root: string, docsDir: string, publicDir: string): string {
	const sources = readArticles(root, docsDir);
	const publicFiles = new Set(files(publicDir).map((f) => `/${f}`));
	// The phone numbers first: the articles are checked for numbers written outside <Phone />.
	const phonesPath = join(root, PHONES_FILE);
	const book = parsePhoneBook(existsSync(phonesPath) ? readFileSync(phonesPath, 'utf8') : '[]');
	const phoneProblems: ContentProblem[] = book.problems.map((p) => ({ file: PHONES_FILE, ...p }));
	const problems = [...phoneProblems, ...checkArticles(sources, { publicFiles, routePrefixes: BUILD_OUTPUTS, knownNumbers: knownNumbers(book.entries.values()), phoneIds: new Set(book.entries.keys()) })];
	// The search vocabulary, against the articles' own keywords and titles.
	const vocabulary = join(root, VOCABULARY_FILE);
	if (problems.length === 0 && existsSync(vocabulary)) {
		const { titles, leads } = articleWords(sources);
		problems.push(...checkVocabulary(readFileSync(vocabulary, 'utf8'), new Set(titles.keys()), leads).problems);
	}
	return problems.length > 0 ? formatProblems(problems) : '';
}

export default function contentCheck(): AstroIntegration {
	return {
		name: 'wallet-help:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const report = checkProject(root, join(fileURLToPath(config.srcDir), 'content/docs'), fileURLToPath(config.publicDir));
				if (report) {
					const error = new AstroError(report, '改好上面列出的每一处，再运行 npm run build（或 npm test）。');
					// The reader needs the list above, not where in the build tool it was found.
					error.stack = '';
					throw error;
				}
				logger.debug('articles checked');
			},
		},
	};
}
