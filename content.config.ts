/**
 * Content collections. Astro looks for this file in `srcDir`, which is the project root
 * here so that the articles can live in the top-level `content/docs/` (see astro.config.mjs).
 * The schemas are in src/schemas/: article.ts for the pages, guide.ts for the 问题向导's tree,
 * phones.ts for the phone numbers.
 */
import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { articleFields } from './src/schemas/article';
import { guideQuestionSchema } from './src/schemas/guide';
import { TREE_FILE, TREE_FILE_EN } from './src/lib/guide/tree';
import { PHONES_FILE, phoneEntrySchema } from './src/schemas/phones';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: articleFields(reference('docs')) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** The 问题向导's questions (one entry per question), checked as a whole by src/data/guide.ts. */
	guide: defineCollection({ loader: file(TREE_FILE), schema: guideQuestionSchema }),
	/** The English guide's questions (/en/start/), the same schema and checks. */
	// A copy of the site without an English guide (build tests, benchmark) has an empty collection, no error.
	guideEn: defineCollection({
		loader: existsSync(TREE_FILE_EN) ? file(TREE_FILE_EN) : { name: 'no-english-guide', load: async () => undefined },
		schema: guideQuestionSchema,
	}),
	/** Every phone number on the site (one entry per number), shown by <Phone id="…" />. */
	phones: defineCollection({ loader: file(PHONES_FILE), schema: phoneEntrySchema }),
};
