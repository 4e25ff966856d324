/**
 * The editors' labelled reader questions (content/search/questions/*.json), checked before the
 * build: each file against the schema, each expected page against the site's pages. A mistake
 * stops the build naming the file, the question and the field. Pure.
 */
import type { ContentProblem } from '../content/check';
import { pathOfSlug } from '../content/pages';
import { questionsSchema } from '../../schemas/search';
import { MIN_EXAMPLES, trainAsked, type AskedModel } from './asked';
import type { NormalizedQuery } from './normalize';

/** A checked question: its text and the slugs of the pages that answer it (none: the site has no page for it). */
export interface LabelledQuestion {
	q: string;
	expect: string[];
}

export interface CheckedQuestions {
	/** The questions typed on the Chinese pages, and those typed on the English edition's (files named queries.en-*.json). */
	zh: LabelledQuestion[];
	en: LabelledQuestion[];
	problems: ContentProblem[];
}

/** A file of English questions: its name starts with `queries.en-` (its pages are the English edition's). */
export const isEnglishFile = (file: string) => /(?:^|\/)queries\.en-[^/]*\.json$/.test(file);

/** Checks `files` (path from the project root, text) against the schema and `slugs`, the site's pages. */
export function checkQuestions(files: ReadonlyArray<{ file: string; text: string }>, slugs: ReadonlySet<string>): CheckedQuestions {
	const out: CheckedQuestions = { zh: [], en: [], problems: [] };
	for (const { file, text } of files) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			out.problems.push({
				file,
				field: 'JSON',
				message: `不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
				fix: '形如 {"queries": [{"q": "提现失败", "expect": ["issues/withdrawal-failed"]}]}',
			});
			continue;
		}
		const parsed = questionsSchema.safeParse(json);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				out.problems.push({
					file,
					field: issue.path.join('.') || 'file',
					message: issue.message,
					fix: '每个问题写 q（读者的原话）和 expect（回答它的页面 slug 列表；没有页面就写 []）。',
				});
			continue;
		}
		const english = isEnglishFile(file);
		parsed.data.queries.forEach((question, i) => {
			question.expect.forEach((slug, k) => {
				if (!slugs.has(slug))
					out.problems.push({ file, field: `queries.${i}.expect.${k}`, message: `没有这个页面：${slug}`, fix: '写站内页面的 slug，例如 "issues/refund"。' });
			});
			(english ? out.en : out.zh).push({ q: question.q, expect: question.expect });
		});
	}
	return out;
}

/**
 * The model learnt from `questions`, each read by `normalizer` as a query is (so both meet in the same
 * features), its pages as URLs under `base`; none when there are no questions.
 */
export function learnQuestions(
	questions: readonly LabelledQuestion[],
	normalizer: { normalize(raw: string): Pick<NormalizedQuery, 'features'> },
	base: string,
	minExamples = MIN_EXAMPLES,
): AskedModel | undefined {
	if (questions.length === 0) return undefined;
	const root = base.replace(/\/$/, '');
	return trainAsked(
		questions.map((q) => ({ features: normalizer.normalize(q.q).features ?? [], pages: q.expect.map((slug) => `${root}${pathOfSlug(slug)}`) })),
		minExamples,
	);
}
