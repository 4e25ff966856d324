import { z } from 'astro/zod';

import { CATEGORIES } from '../lib/content/categories';
import { SUPPORT_TRAIT_NAMES, type SupportTrait } from '../lib/content/problems';

export { CATEGORIES, CATEGORY_LABELS, type Category } from '../lib/content/categories';

/**
 * Longest one-line summary, in characters: it must fit one line of a search result on a phone.
 * English words take more characters: English pages (`en/`) may use SUMMARY_MAX_EN; the content
 * check (src/lib/content/check.ts) holds Chinese pages to SUMMARY_MAX.
 */
export const SUMMARY_MAX = 60;
export const SUMMARY_MAX_EN = 160;
/** Longest `support.attachments` item: Chinese pages ATTACHMENT_MAX, English ATTACHMENT_MAX_EN. */
export const ATTACHMENT_MAX = 40;
export const ATTACHMENT_MAX_EN = 80;

/**
 * A stable page slug such as `issues/refund` or `contact`: lower-case kebab-case segments.
 * Slugs are a public interface (bookmarks, offline copies), see the site map.
 */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
	message: '必须是页面 slug，例如 "issues/refund"（小写英文、连字符、斜杠分隔，无首尾斜杠）',
});

/**
 * Builds the help-center fields added to Starlight's docs frontmatter.
 * `related` takes a checker for slugs so the content config can plug in Astro's `reference()`
 * (which fails the build on a slug with no page) while unit tests use a plain slug schema.
 */
export function articleFields<Related extends z.ZodType>(relatedItem: Related) {
	return z.object({
		/** Which section of the site map this page belongs to. Required. */
		category: z.enum(CATEGORIES),
		/** One line a reader can act on, shown in section listings and search results. Required. */
		summary: z
			.string()
			.trim()
			.min(8, { message: '摘要太短：写一句读者能照着做的话（至少 8 个字）' })
			.max(SUMMARY_MAX_EN, { message: `摘要太长：不超过 ${SUMMARY_MAX} 个字（英文页 ${SUMMARY_MAX_EN} 个字符），保持一行` })
			.refine((s) => !/[\r\n]/.test(s), { message: '摘要必须是一行' }),
		/** Words readers really type for this problem (colloquial synonyms). Indexed for search. Required, at least one. */
		keywords: z
			.array(z.string().trim().min(1, { message: '关键词不能为空字符串' }))
			.min(1, { message: '至少写一个读者会搜索的关键词' })
			.refine((list) => new Set(list).size === list.length, { message: '关键词重复：每个词只写一次' }),
		/**
		 * How readers tell this situation in their own words — fragments that survive inside a long
		 * spoken sentence (扣走了, 偷偷登, 俾人鎖咗, hacked): the search finds them anywhere in a query
		 * (after traditional → simplified) and leads to this page. Specific to this page; optional.
		 */
		cues: z
			.array(
				z
					.string()
					.trim()
					.min(2, { message: '线索词至少 2 个字' })
					.max(24, { message: '线索词太长：写读者会说的片段（不超过 24 个字符）' })
					.refine((s) => !/\d/.test(s), { message: '线索词里不写数字' }),
			)
			.refine((list) => new Set(list).size === list.length, { message: '线索词重复：每个只写一次' })
			.default([]),
		/** Slugs of related pages, each checked to exist. Default: none. */
		related: z.array(relatedItem).default([]),
		/**
		 * Problems a reader may take for this one (`issues/account-restricted` on `issues/account-locked`).
		 * The build checks that each exists, is linked from this page's text, and shares no keyword
		 * with it, so search and the reader can tell the two apart. Default: none.
		 */
		lookalikes: z.array(relatedItem).default([]),
		/**
		 * For problem articles (`issues/*`): what the support tools need to know about the problem.
		 * `traits` steer the channel picker (see SUPPORT_TRAITS in src/lib/content/problems.ts);
		 * `attachments` are extra things the report builder asks the reader to prepare.
		 * Default: no traits, no extra attachments (general advice).
		 */
		support: z
			.object({
				traits: z
					.array(z.enum(SUPPORT_TRAIT_NAMES as [SupportTrait, ...SupportTrait[]], { message: `只能是 ${SUPPORT_TRAIT_NAMES.join('、')} 之一` }))
					.default([]),
				attachments: z
					.array(
						z
							.string()
							.trim()
							.min(2, { message: '写清楚要准备的东西' })
							.max(ATTACHMENT_MAX_EN, { message: `不超过 ${ATTACHMENT_MAX} 个字（英文页 ${ATTACHMENT_MAX_EN} 个字符）` }),
					)
					.max(4, { message: '最多 4 项' })
					.default([]),
			})
			.strict()
			.default({ traits: [], attachments: [] }),
		/** The date an editor last checked this page's facts (YYYY-MM-DD). Required. */
		reviewed: z.coerce
			.date({ message: '必须是日期，格式 YYYY-MM-DD' })
			// YAML rolls an impossible date such as 2026-13-45 over into a later real one: a review
			// date in the future is therefore almost always a typo.
			.refine((d) => d.getTime() <= Date.now() + 86_400_000, { message: '审核日期不能晚于今天（日期写错了吗？）' }),
	});
}
