/**
 * One official phone number of content/contacts/phones.yaml: the number, who publishes it and when
 * an editor last compiled it. `*_en` fields are shown on English pages.
 */
import { z } from 'astro/zod';

export const PHONES_FILE = 'content/contacts/phones.yaml';

export const phoneSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id: lower-case letters, digits and hyphens' }),
		name: z.string().trim().min(1),
		name_en: z.string().trim().min(1).optional(),
		number: z.string().regex(/^[0-9+][0-9 -]*[0-9]$/, { message: 'number: digits, spaces and hyphens only, as a quoted string' }),
		hours: z.string().trim().min(1).optional(),
		hours_en: z.string().trim().min(1).optional(),
		note: z.string().trim().min(1).optional(),
		note_en: z.string().trim().min(1).optional(),
		source: z.string().trim().min(2, { message: 'source: who publishes this number' }),
		source_url: z.url().optional(),
		reviewed: z.coerce.date(),
	})
	.strict();

export type PhoneEntry = z.infer<typeof phoneSchema>;

/** `tel:` link of a number. */
export const phoneHref = (number: string): string => `tel:${number.replace(/[^0-9+]/g, '')}`;
