/**
 * Before Astro reads any content: checks every input an editor writes, once, and stops the build
 * with one readable block per problem — file, line, field, what is wrong, how to fix it — instead
 * of a warning that lets a broken page ship:
 * - the articles (src/lib/content/check.ts: frontmatter, slugs, folders, `related`, links, images)
 *   and the house rules (src/lib/content/editorial.ts: skeleton, keywords, cross-links,
 *   punctuation…). Those stop `astro build` too, and are warnings in `astro dev` so that a draft
 *   previews; `WALLET_HELP_EDITORIAL=warn` makes them warnings in a build (the build tests'
 *   and the benchmark's hand-made sites set it);
 * - the phone numbers (content/contacts/phones.yaml, src/lib/contacts/phones.ts): each entry's fields,
 *   and no number written into an article body outside `<Phone id="…" />`;
 * - the search vocabulary (src/lib/search/vocabulary.ts), against the articles' keywords and titles;
 * - the 问题向导's tree file (src/lib/guide/check.ts: YAML and repeated ids, which Astro's `file()`
 *   loader would only log, each question's schema, and the tree against the articles).
 * What passed is kept (`checkedInputs`) for the build steps that need it, which do not check again.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticles, formatProblems, type ArticleSource, type ContentProblem } from '../lib/content/check';
import { editorialProblems } from '../lib/content/editorial';
import { knownNumbers, parsePhoneBook } from '../lib/contacts/phones';
import { PHONES_FILE } from '../schemas/phones';
import { checkGuideTree } from '../lib/guide/check';
import { inspectTreeFile, type TreeFileState } from '../lib/guide/file';
import { START_PATH, TREE_FILE, TREE_FILE_EN } from '../lib/guide/tree';
import { buildEnglishData } from '../lib/search/english-build';
import { ENGLISH_VOCABULARY_FILE } from '../lib/search/english-data';
import { OFFLINE_PATH } from '../lib/offline/names';
import { articleWords } from '../lib/search/words';
import { checkVocabulary } from '../lib/search/vocabulary';
import { QUESTIONS_DIR, VOCABULARY_FILE, vocabularySchema, type Vocabulary } from '../schemas/search';
import { checkQuestions, type CheckedQuestions } from '../lib/search/questions';
import { slugOfFile } from '../lib/content/pages';

/** Pages other build steps make: the 问题向导 (src/integrations/guide.ts), in both languages. */
export const GENERATED_PAGES = [START_PATH, `/en${START_PATH}`];
/** What the build writes besides the articles (Pagefind, bundles, sitemap, service worker, injected pages). */
const BUILD_OUTPUTS = ['/pagefind/', '/_astro/', '/sitemap-index.xml', '/sitemap-0.xml', '/sw.js', '/robots.txt', ...GENERATED_PAGES, OFFLINE_PATH];

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

/** The articles under `docsDir` (files and folders starting with `_` are not pages), named from `root`. */
export function readArticles(root: string, docsDir: string): ArticleSource[] {
	return files(docsDir)
		.filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
		.map((f) => ({ file: relative(root, join(docsDir, f)), text: readFileSync(join(docsDir, f), 'utf8') }));
}

/** The project's inputs once they passed every check. */
export interface CheckedInputs {
	articles: ArticleSource[];
	vocabulary: Vocabulary;
	guide: TreeFileState;
	/** The English guide's tree (content/guide/tree.en.yaml; empty when the file is absent). */
	guideEn: TreeFileState;
	/** The English search words (content/search/english.yaml), as checked; '' when the file is absent. */
	englishVocabulary: string;
	/** The editors' labelled reader questions (content/search/questions/), Chinese and English. */
	questions: Pick<CheckedQuestions, 'zh' | 'en'>;
}

/** `warnings`: the house-rule problems when they only warn (else they are among the errors). */
export type ProjectCheck = { ok: true; inputs: CheckedInputs; warnings: string } | { ok: false; report: string };

/** How the house rules count: stop the build, or warn. */
export type EditorialMode = 'error' | 'warn';

/** Reads and checks the articles, the vocabulary and the guide tree of a project. */
export function checkProjectInputs(root: string, docsDir: string, publicDir: string, editorial: EditorialMode = 'error'): ProjectCheck {
	const articles = readArticles(root, docsDir);
	const publicFiles = new Set(files(publicDir).map((f) => `/${f.replace(/\\/g, '/')}`));
	// The phone numbers first: the articles are checked for numbers written outside <Phone />.
	const phonesPath = join(root, PHONES_FILE);
	const book = parsePhoneBook(existsSync(phonesPath) ? readFileSync(phonesPath, 'utf8') : '[]');
	const problems: ContentProblem[] = [
		...book.problems.map((p) => ({ file: PHONES_FILE, ...p })),
		...checkArticles(articles, {
			publicFiles,
			routePrefixes: BUILD_OUTPUTS,
			knownNumbers: knownNumbers(book.entries.values()),
			phoneIds: new Set(book.entries.keys()),
		}),
	];
	const house = problems.length === 0 ? editorialProblems(articles) : [];
	if (editorial === 'error') problems.push(...house);

	// The search vocabulary, against the articles' own keywords and titles (once those are sound).
	const vocabularyFile = join(root, VOCABULARY_FILE);
	let vocabulary: Vocabulary = vocabularySchema.parse({});
	if (problems.length === 0 && existsSync(vocabularyFile)) {
		const { titles, leads } = articleWords(articles);
		const checked = checkVocabulary(readFileSync(vocabularyFile, 'utf8'), new Set(titles.keys()), leads);
		problems.push(...checked.problems);
		if (checked.vocabulary) vocabulary = checked.vocabulary;
	}

	const treeFile = join(root, TREE_FILE);
	let guide: TreeFileState = { kind: 'empty' };
	if (!existsSync(treeFile)) {
		problems.push({
			file: TREE_FILE,
			field: 'file',
			message: '文件不存在：问题向导的问题写在这个文件里。',
			fix: '恢复这个文件（见 README“问题向导”）；不要向导就写一个空列表 []。',
		});
	} else {
		const checkedTree = checkGuideTree(readFileSync(treeFile, 'utf8'), articles);
		guide = checkedTree.state;
		// Against the articles only once those are sound; a broken file is worth saying at once.
		if (problems.length === 0 || guide.kind === 'broken') problems.push(...checkedTree.problems);
	}
	// The English edition's guide tree and search words, when the site has them.
	const treeFileEn = join(root, TREE_FILE_EN);
	const guideEn: TreeFileState = existsSync(treeFileEn) ? inspectTreeFile(readFileSync(treeFileEn, 'utf8')) : { kind: 'empty' };
	if (guideEn.kind === 'broken') {
		problems.push({
			file: TREE_FILE_EN,
			line: 1,
			field: 'YAML',
			message: guideEn.message,
			fix: 'Compare with the Chinese tree (README “问题向导”) and fix the YAML.',
		});
	}
	const englishFile = join(root, ENGLISH_VOCABULARY_FILE);
	const englishVocabulary = existsSync(englishFile) ? readFileSync(englishFile, 'utf8') : '';
	try {
		buildEnglishData([], englishVocabulary);
	} catch (error) {
		problems.push({
			file: ENGLISH_VOCABULARY_FILE,
			field: 'file',
			message: error instanceof Error ? error.message : String(error),
			fix: 'keyTerms: a list of words; synonyms: entries of say (a list) and means.',
		});
	}
	// The labelled reader questions the search learns from, against the site's pages.
	// SEARCH_LEAVE_OUT=blind-x,en-blind-y leaves those batches out, to measure the search on questions it did not learn.
	const leftOut = (process.env['SEARCH_LEAVE_OUT'] ?? '').split(',').filter(Boolean);
	const questionFiles = files(join(root, QUESTIONS_DIR))
		.filter((f) => f.endsWith('.json') && !leftOut.some((name) => f === `queries.${name}.json`))
		.sort()
		.map((f) => ({ file: `${QUESTIONS_DIR}/${f}`, text: readFileSync(join(root, QUESTIONS_DIR, f), 'utf8') }));
	const pageSlugs = new Set([...articles.map((a) => slugOfFile(a.file)), ...GENERATED_PAGES.map((p) => p.replace(/^\/|\/$/g, ''))]);
	const { zh, en, problems: questionProblems } = checkQuestions(questionFiles, pageSlugs);
	problems.push(...questionProblems);
	if (problems.length > 0) return { ok: false, report: formatProblems(problems) };
	return {
		ok: true,
		inputs: { articles, vocabulary, guide, guideEn, englishVocabulary, questions: { zh, en } },
		warnings: editorial === 'warn' && house.length > 0 ? formatProblems(house, false) : '',
	};
}

/** Reads the articles and `public/` of a project and returns the formatted problems, or ''. */
export function checkProject(root: string, docsDir: string, publicDir: string): string {
	const result = checkProjectInputs(root, docsDir, publicDir);
	return result.ok ? '' : result.report;
}

/** Project root → its checked inputs, kept by the integration for this build's later steps. */
const checked = new Map<string, CheckedInputs>();

/** The inputs content-check passed for `root` (it runs first in every build). */
export function checkedInputs(root: string): CheckedInputs {
	const inputs = checked.get(root);
	if (!inputs) throw new Error(`content-check has not run for ${root}: list contentCheck() first in astro.config.mjs`);
	return inputs;
}

export default function contentCheck(): AstroIntegration {
	return {
		name: 'wallet-help:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const root = fileURLToPath(config.root);
				const editorial: EditorialMode = command === 'dev' || process.env['WALLET_HELP_EDITORIAL'] === 'warn' ? 'warn' : 'error';
				const result = checkProjectInputs(root, join(fileURLToPath(config.srcDir), 'content/docs'), fileURLToPath(config.publicDir), editorial);
				if (!result.ok) {
					const error = new AstroError(result.report, '改好上面列出的每一处，再运行 npm run build（或 npm test）。');
					// The reader needs the list above, not where in the build tool it was found.
					error.stack = '';
					throw error;
				}
				if (result.warnings) logger.warn(result.warnings);
				checked.set(root, result.inputs);
				logger.debug(`${result.inputs.articles.length} articles, the vocabulary and the guide tree checked`);
			},
		},
	};
}
