/**
 * Content collections. Astro looks for this file in `srcDir`, which is the project root
 * here so that the articles can live in the top-level `content/docs/` (see astro.config.mjs).
 * The schemas are in src/schemas/: article.ts for the pages, guide.ts for the 问题向导's tree.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { articleFields } from './src/schemas/article';
import { guideQuestionSchema } from './src/schemas/guide';
import { TREE_FILE } from './src/lib/guide/tree';
import { searchLabels } from './src/schemas/search';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: articleFields(reference('docs')) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: searchLabels }) }),
	/** The 问题向导's questions (one entry per question), checked as a whole by src/data/guide.ts. */
	guide: defineCollection({ loader: file(TREE_FILE), schema: guideQuestionSchema }),
};
