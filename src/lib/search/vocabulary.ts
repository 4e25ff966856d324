/**
 * The search vocabulary: content/search/vocabulary.yaml checked (a mistake names the file, the
 * entry and the field) and compiled into one table of reader sayings → replacements, which the
 * normaliser applies longest-match-first in a single pass. Pure; used before the build (checks)
 * and by the build step that writes the search data.
 */
import { isMap, isSeq, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { vocabularySchema, VOCABULARY_FILE, type Vocabulary } from '../../schemas/search';
import { fieldName, type ContentProblem } from '../content/check';
import { foldSaying } from './format';

export interface CheckedVocabulary {
	vocabulary: Vocabulary | undefined;
	problems: ContentProblem[];
}

/** 1-based line of a path such as `synonyms.3.say.2` in the YAML document. */
function lineOf(doc: Document, text: string, path: readonly PropertyKey[]): number {
	let node: unknown = doc.contents;
	for (const key of path) {
		// The deepest node that exists: a missing field is reported on its entry.
		const next = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : isSeq(node) ? node.items[Number(key)] : undefined;
		if (next === undefined || next === null) break;
		node = next;
	}
	const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? Number(node.range[0]) : 0;
	return 1 + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function issueMessage(issue: z.core.$ZodIssue): string {
	if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
	if (issue.code === 'unrecognized_keys') return `不认识的字段：${issue.keys.join('、')}（只能写 say 和 means，或 say 和 page）。`;
	if (issue.code === 'invalid_type') return `这里应该是${issue.expected === 'array' ? '一个列表 [甲, 乙]' : '一段文字'}。`;
	return issue.message;
}

/**
 * Parses and checks the vocabulary file: the schema, every saying written once — across all
 * sections, and not also an article's keyword or title (the article already leads there: one
 * vocabulary, not two) — English sayings in Latin letters, and `page:` entries naming a page that
 * exists. `pages`: the page slugs; `leads`: each article's file → its title and keywords.
 */
export function checkVocabulary(text: string, pages: ReadonlySet<string>, leads: ReadonlyMap<string, readonly string[]>): CheckedVocabulary {
	const file = VOCABULARY_FILE;
	const problems: ContentProblem[] = [];
	const doc = parseDocument(text, { prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			vocabulary: undefined,
			problems: doc.errors.map((e) => ({
				file,
				line: 1 + (e.linePos?.[0].line ?? 0),
				field: 'YAML',
				message: `YAML 写法有误：${e.message.split('\n')[0]}`,
				fix: '检查缩进、冒号后的空格，列表写成 [甲, 乙]。',
			})),
		};
	}
	const parsed = vocabularySchema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		return {
			vocabulary: undefined,
			problems: parsed.error.issues.map((issue) => ({
				file,
				line: lineOf(doc, text, issue.path),
				field: fieldName(issue.path),
				message: issueMessage(issue),
				fix: '照文件开头的说明改，例如 - say: [登不上, 登不进去]  换行  means: 无法登录',
			})),
		};
	}
	const vocabulary = parsed.data;
	const seen = new Map<string, string>();
	for (const [article, words] of leads) for (const w of words) if (!seen.has(foldSaying(w))) seen.set(foldSaying(w), `${article} 的 keywords 或标题`);
	const claim = (saying: string, path: Array<string | number>) => {
		const key = foldSaying(saying);
		const first = seen.get(key);
		if (first?.startsWith('content/docs/') && path[0] === 'fillers') {
			// A filler may be a word an article uses; it is removed from queries either way.
		} else if (first) {
			problems.push({
				file,
				line: lineOf(doc, text, path),
				field: fieldName(path),
				message: `“${saying}” 已经写在 ${first}：同一个说法只能有一种意思。`,
				fix: first.startsWith('content/docs/') ? '文章的 keywords 已经让搜索找到那篇文章：从搜索词表里删掉这个说法。' : '删掉其中一处，或者把两条合成一条。',
			});
		} else seen.set(key, fieldName(path));
	};
	for (const section of ['synonyms', 'regional', 'english', 'pages'] as const) {
		vocabulary[section].forEach((entry, i) =>
			entry.say.forEach((saying, j) => {
				claim(saying, [section, i, 'say', j]);
				if (section === 'english' && !/^[\x20-\x7e]+$/.test(saying)) {
					problems.push({
						file,
						line: lineOf(doc, text, [section, i, 'say', j]),
						field: fieldName([section, i, 'say', j]),
						message: `“${saying}” 不是英文。`,
						fix: '中文说法写进 synonyms。',
					});
				}
			}),
		);
	}
	vocabulary.fillers.forEach((saying, i) => claim(saying, ['fillers', i]));
	vocabulary.outside.forEach((entry, i) => entry.say.forEach((saying, j) => claim(saying, ['outside', i, 'say', j])));
	vocabulary.pages.forEach((entry, i) => {
		if (!pages.has(entry.page)) {
			problems.push({
				file,
				line: lineOf(doc, text, ['pages', i, 'page']),
				field: fieldName(['pages', i, 'page']),
				message: `没有 “${entry.page}” 这个页面。`,
				fix: '写已有页面的地址（文件路径去掉 content/docs/ 和 .mdx），例如 page: issues/refund',
			});
		}
	});
	return { vocabulary: problems.length === 0 ? vocabulary : undefined, problems };
}

export interface CompiledSayings {
	/** Saying (folded) → replacement; '' removes it. */
	sayings: Record<string, string>;
	/** Single-character fillers: removed only where they stand alone (了 goes, 了解 stays). */
	stops: string;
	/** Regional wording → Mandarin, rewritten in the text before it is cut into words ('' removes it). */
	regional: Record<string, string>;
	/** Sayings that name a subject the site does not cover → the subject's name. */
	outside: Record<string, string>;
}

/** One table for the normaliser. `pageTitles` gives the title a `page:` entry is searched by. */
export function compileSayings(vocabulary: Vocabulary, pageTitles: ReadonlyMap<string, string>): CompiledSayings {
	const sayings: Record<string, string> = {};
	let stops = '';
	const regional: Record<string, string> = {};
	const outside: Record<string, string> = {};
	for (const entry of vocabulary.outside) for (const saying of entry.say) outside[foldSaying(saying)] = entry.topic;
	for (const entry of vocabulary.regional) for (const saying of entry.say) regional[foldSaying(saying)] = foldSaying(entry.means);
	for (const entry of [...vocabulary.synonyms, ...vocabulary.english]) for (const saying of entry.say) sayings[foldSaying(saying)] = foldSaying(entry.means);
	for (const entry of vocabulary.pages) for (const saying of entry.say) sayings[foldSaying(saying)] = foldSaying(pageTitles.get(entry.page) ?? '');
	for (const saying of vocabulary.fillers) {
		const key = foldSaying(saying);
		if ([...key].length === 1) stops += key;
		else sayings[key] = '';
	}
	return { sayings, stops, regional, outside };
}
