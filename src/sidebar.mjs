// @ts-check
/**
 * The sidebar: one group per section of the site map
 * (../shared/design/information-architecture.md), each generated from its folder
 * so a new article appears without editing this file.
 */
import { CATEGORY_LABELS, SECTIONS } from './lib/categories.ts';

/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = SECTIONS.map(({ directory, category }) => ({
	label: CATEGORY_LABELS[category],
	items: [{ autogenerate: { directory } }],
}));
