/**
 * The phone numbers editors maintain in content/contacts/phones.yaml: the only place a number on
 * the site is written. Loaded as the `phones` collection (file() loader) and checked before the
 * build by src/lib/contacts/phones.ts, which names the file, the entry and the field of a mistake.
 */
import { z } from 'astro/zod';

/** Where the numbers live, relative to the project root (error messages name it). */
export const PHONES_FILE = 'content/contacts/phones.yaml';

/** One line of text, required. */
const text = (what: string) =>
	z
		.string({ message: `${what}必须是一段文字` })
		.trim()
		.min(1, { message: `${what}不能是空的` })
		.refine((s) => !/[\r\n]/.test(s), { message: `${what}必须是一行` });

export const phoneEntrySchema = z
	.object({
		/** Stable id used in MDX: `<Phone id="police" />`. Lower-case kebab-case. Required. */
		id: z.string({ message: 'id 必须是一段文字' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id 只能用小写英文、数字和连字符，例如 "anti-fraud"' }),
		/** Chinese name of the line ("报警电话"). Required. */
		name: text('name '),
		/** English name, for the English edition. Default: `name`. */
		name_en: text('name_en ').optional(),
		/** The number as the publisher prints it: `95188`, `400-666-8800`, `+1-888-221-1161`. Required. */
		number: z
			.string({ message: "number 必须加引号写成文字，例如 number: '95188'" })
			.regex(/^\+?[0-9]+(?:[- ][0-9]+)*$/, { message: 'number 只能写数字，可以用 - 或空格分段、以 + 开头，例如 95188、400-666-8800' }),
		/** Service hours exactly as the publisher states them. Default: none (pages say “以官方公布为准”). */
		hours: text('hours ').optional(),
		hours_en: text('hours_en ').optional(),
		/** One sentence on who the line is for. Default: none. */
		note: text('note ').optional(),
		note_en: text('note_en ').optional(),
		/** Who publishes the number and where. Required. */
		source: text('source '),
		/** The publisher's page. Default: none. */
		source_url: z.url({ message: 'source_url 必须是完整网址，例如 https://www.12315.cn/' }).optional(),
		/** When the entry was compiled from public material (YYYY-MM-DD). Required. */
		reviewed: z.coerce
			.date({ message: 'reviewed 必须是日期，格式 YYYY-MM-DD' })
			.refine((d) => d.getTime() <= Date.now() + 86_400_000, { message: 'reviewed 不能晚于今天（日期写错了吗？）' }),
	})
	.strict();

export type PhoneEntry = z.infer<typeof phoneEntrySchema>;
