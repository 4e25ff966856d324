/**
 * The search vocabulary editors maintain in content/search/vocabulary.yaml (see the comments
 * there). Checked before the build; a mistake stops it naming the file, the entry and the field.
 */
import { z } from 'astro/zod';
import { slugSchema } from './article';

/** A way readers say something. */
const saying = z.string({ message: '必须是一段文字' }).trim().min(1, { message: '说法不能是空的' });

/** What readers type: one saying or more. */
const says = z.array(saying).min(1, { message: '至少写一个说法' });

const mapping = z
	.object({
		say: says,
		/** The words the articles use instead (several words separated by spaces). */
		means: z.string({ message: '写上文章里用的词' }).trim().min(1, { message: '不能是空的' }),
	})
	.strict();

export const vocabularySchema = z
	.object({
		/** Reader words → article words. */
		synonyms: z.array(mapping).default([]),
		/**
		 * Regional wording (Cantonese, Taiwan) → Mandarin, rewritten in the text before it is cut
		 * into words (唔 → 不, 咗 → nothing): `means` may be empty.
		 */
		regional: z.array(z.object({ say: says, means: z.string({ message: '写上普通话的说法（可以是空的：删掉）' }).trim().default('') }).strict()).default([]),
		/** English words and phrases → article words. */
		english: z.array(mapping).default([]),
		/** Reader words → one page (searched by its title). */
		pages: z.array(z.object({ say: says, page: slugSchema }).strict()).default([]),
		/** Wallet names: kept in a long text, but after the problem words. */
		wallets: z.array(saying).default([]),
		/** In a long pasted text, the words kept, most important first. */
		keyTerms: z.array(saying).default([]),
		/**
		 * Words that name a problem the site answers (被骗, 被偷, 支付失败): a query naming one is never
		 * refused as being about something else, whatever else it says (理财 in an investment scam).
		 */
		situations: z.array(saying).default([]),
		/** Words that do not help find a page: removed. */
		fillers: z.array(saying).default([]),
		/**
		 * Subjects the site has no page for (理财收益, 公积金…): a query naming one and nothing the
		 * site answers gets an honest “not covered here”, with the subject's name (`topic`).
		 */
		outside: z.array(z.object({ topic: saying, say: says }).strict()).default([]),
	})
	.strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;

export const VOCABULARY_FILE = 'content/search/vocabulary.yaml';

/** Where editors keep labelled reader questions (one JSON file per batch), learnt by the search (src/lib/search/asked.ts). */
export const QUESTIONS_DIR = 'content/search/questions';

/** One batch of labelled reader questions: what a reader typed and the pages that answer it ([] when none does). */
export const questionsSchema = z
	.object({
		/** Where the batch came from (who wrote it, how). */
		about: z.string().optional(),
		queries: z.array(
			z
				.object({
					q: z.string({ message: '必须是读者输入的一段文字' }).trim().min(1, { message: '问题不能是空的' }),
					/** The pages that answer it (slugs); an empty list: the site has no page for it. */
					expect: z.array(slugSchema),
					/** What kind of question it is (spoken, typo, nopage…), for the measurements. */
					kind: z.string().optional(),
					category: z.string().optional(),
				})
				.strict(),
		),
	})
	.strict();
export type Questions = z.infer<typeof questionsSchema>;
