/**
 * Markdown (Sätteri) hast plugin: links to other sites in articles get
 * `rel="noopener noreferrer"`, so the opened site can neither script this tab nor learn which
 * help page the reader came from.
 */
import type { HastPluginEntry } from 'satteri';
import { isExternalHref } from '../lib/content/links';

export const externalLinksPlugin: HastPluginEntry = () => ({
	name: 'wallet-help-external-links',
	element: [
		{
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', 'noopener noreferrer');
			},
		},
	],
});
