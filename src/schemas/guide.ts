import { z } from 'astro/zod';

import { slugSchema } from './article';

/** A question id: it becomes part of the page address (`/start/money/`), so lower-case kebab-case. */
export const questionIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	message: '问题 id 只能用小写英文、数字和连字符，例如 "money" 或 "not-arrived"（它会出现在网址里）',
});

/** `issues/refund` or `issues/refund#自查步骤`: a page slug, optionally with a heading anchor. */
export const pageTargetSchema = z.string().refine(
	(value) => {
		const [slug = '', anchor, ...rest] = value.split('#');
		return rest.length === 0 && slugSchema.safeParse(slug).success && (anchor === undefined || /^[^\s#/]+$/.test(anchor));
	},
	{ message: '必须是页面 slug，可以带小标题锚点，例如 "issues/refund" 或 "issues/refund#自查步骤"（无首尾斜杠）' },
);

/** One short line of reader-facing text. */
const line = (min: number, max: number, what: string) =>
	z
		.string()
		.trim()
		.min(min, { message: `${what}太短：至少 ${min} 个字` })
		.max(max, { message: `${what}太长：不超过 ${max} 个字` })
		.refine((s) => !/[\r\n]/.test(s), { message: `${what}必须是一行` });

/** One answer: what the reader taps, and where it leads (exactly one of `next` and `page`). */
export const guideAnswerSchema = z
	.object({
		/** What the reader taps, in the reader's words ("钱的问题"). Required. */
		label: line(2, 30, '答案文字'),
		/** A smaller second line under the label ("付款、转账、退款、余额"). Default: none. */
		hint: line(2, 40, '答案说明').optional(),
		/** The id of the next question. Write this or `page`, not both. */
		next: questionIdSchema.optional(),
		/** The page this answer leads to: a slug, optionally with `#anchor`. Write this or `next`, not both. */
		page: pageTargetSchema.optional(),
	})
	.strict()
	.refine((a) => (a.next === undefined) !== (a.page === undefined), {
		message: '每个答案写 next（下一个问题的 id）或 page（页面 slug）中的一个，不能都写，也不能都不写',
	});

/**
 * One question of the 问题向导 (content/guide/tree.yaml), shown as its own page under `/start/`.
 * The question with id `start` is the first one. Structure (targets exist, no cycles, 2–9 answers,
 * depth) is checked at build time by src/lib/guide/validate.ts.
 */
export const guideQuestionSchema = z
	.object({
		/** Stable id, part of the address. `start` is the first question; `other` is reserved. Required. */
		id: questionIdSchema,
		/** The question, shown as the page's heading ("遇到了什么问题？"). Required. */
		question: line(2, 30, '问题'),
		/** One calm line under the question; also the page description. Default: a general hint. */
		hint: line(8, 60, '提示').optional(),
		/** Things to do right now, before answering (the urgent branch). Default: none. */
		steps: z
			.array(line(4, 60, '步骤'))
			.min(1)
			.max(5, { message: '先做的事最多写 5 条' })
			.optional(),
		/** The answers, in the order shown. The build checks there are 2–9. Required. */
		answers: z.array(guideAnswerSchema).min(1, { message: '至少写两个答案' }),
	})
	.strict();
