/**
 * Content collections. Astro looks for this file in `srcDir`, which is the project root
 * here so that the articles can live in the top-level `content/docs/` (see astro.config.mjs).
 * The schema itself is in src/schemas/article.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { articleFields } from './src/schemas/article';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: articleFields(reference('docs')) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
