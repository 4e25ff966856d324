/**
 * Markdown (Sätteri) hast plugin: in an article, the blocks of the `## 症状` section — what the
 * reader sees on screen, in the words they will type — get `data-pagefind-weight`, so a search for
 * an on-screen message ranks the problem that shows it above pages that merely mention it.
 */
import type { HastPluginEntry } from 'satteri';

export const SYMPTOM_HEADING = '症状';
export const SYMPTOM_WEIGHT = '2';

export const searchWeightsPlugin: HastPluginEntry = () => {
	let section = '';
	return {
		name: 'wallet-help-search-weights',
		before() {
			section = '';
		},
		element: [
			{
				filter: [],
				visit(node, ctx) {
					if (ctx.parent(node)?.type !== 'root') return;
					if (node.tagName === 'h2') section = ctx.textContent(node).trim();
					else if (section === SYMPTOM_HEADING) ctx.setProperty(node, 'data-pagefind-weight', SYMPTOM_WEIGHT);
				},
			},
		],
	};
};
