/**
 * The 问题向导's tree file checked before the build, against the articles as written: its YAML
 * (Astro's `file()` loader would only log a syntax error, and keep the last of two questions with
 * one id), each question against the schema, then the whole tree (src/lib/guide/validate.ts:
 * targets exist, anchors exist, no cycles, every problem article reachable…). Anchors are the
 * headings' ids as the Markdown processor makes them (github-slugger over the heading text).
 */
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { guideQuestionSchema } from '../../schemas/guide';
import type { ArticleSource, ContentProblem } from '../content/check';
import { fieldName } from '../content/check';
import { splitFrontmatter, frontmatterData } from '../content/frontmatter';
import { slugOfFile } from '../content/pages';
import { problemIdOf } from '../content/problems';
import { inspectTreeFile, type TreeFileState } from './file';
import { TREE_FILE, type GuideQuestion, type SitePage } from './tree';
import { planGuide } from './validate';

/** A heading's text as the page shows it: Markdown emphasis, code and link syntax removed. */
const headingText = (raw: string) =>
	raw
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]/g, '')
		.trim();

/** The pages an answer can lead to, from the articles' files (ids, titles, heading anchors). */
export function sitePages(articles: readonly ArticleSource[]): SitePage[] {
	return articles.map(({ file, text }) => {
		const data = frontmatterData(text);
		const slugger = new GithubSlugger();
		const body = (splitFrontmatter(text)?.body ?? text).replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
		const id = typeof data['slug'] === 'string' ? data['slug'] : slugOfFile(file);
		return {
			id,
			title: typeof data['title'] === 'string' ? data['title'] : '',
			problem: problemIdOf(id) !== undefined,
			anchors: new Set([...body.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(headingText(m[1] ?? '')))),
		};
	});
}

/** 1-based line of the question with `id`, or 1. */
function questionLine(text: string, id: string): number {
	const index = text.search(new RegExp(`^\\s*-?\\s*id:\\s*['"]?${id.replace(/[^a-z0-9-]/g, '')}['"]?\\s*$`, 'm'));
	return index < 0 ? 1 : 1 + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

export interface GuideCheck {
	state: TreeFileState;
	problems: ContentProblem[];
}

/** Checks the tree file's text against the articles. */
export function checkGuideTree(text: string, articles: readonly ArticleSource[]): GuideCheck {
	const state = inspectTreeFile(text);
	const problem = (line: number, field: string, message: string, fix: string): ContentProblem => ({ file: TREE_FILE, line, field, message, fix });
	if (state.kind === 'broken') return { state, problems: [problem(1, 'YAML', state.message, '对照 README“问题向导”的例子修改。')] };
	if (state.kind === 'empty') return { state, problems: [] };

	const items = parseDocument(text).toJS() as unknown[];
	const questions: GuideQuestion[] = [];
	const problems: ContentProblem[] = [];
	items.forEach((item, index) => {
		const parsed = guideQuestionSchema.safeParse(item);
		const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : `第 ${index + 1} 个问题`;
		if (parsed.success) questions.push(parsed.data);
		else
			for (const issue of parsed.error.issues)
				problems.push(problem(questionLine(text, id), `${id} → ${fieldName(issue.path)}`, issue.message, '对照 README“问题向导”的字段说明修改。'));
	});
	if (problems.length > 0) return { state, problems };

	for (const issue of planGuide(questions, sitePages(articles)).issues) {
		problems.push(
			problem(
				questionLine(text, issue.node.split(' ')[0] ?? ''),
				issue.node,
				issue.message,
				'改正这个问题或答案；答案的 page 写文章的 slug（可以加 #小标题）。',
			),
		);
	}
	return { state, problems };
}
