/**
 * Runs inside the browser page during a search evaluation (bundled by scripts/lib/search-eval.ts):
 * loads the site's own pagefind.js and normaliser data the way the search dialog does and answers
 * each query through `helpSearch`, or straight through `pagefind.search` in `plain` mode.
 */
import { helpSearch, loadResults } from '../../src/lib/search/query.ts';
import { RESULTS_SHOWN, loadNormalizer, loadPagefind } from '../../src/lib/search/pagefind.ts';

async function runEval(queries: string[], mode: 'help' | 'plain' | 'raw', ranking: object | null): Promise<string[][]> {
	const pagefind = await loadPagefind(location.origin, { plain: mode === 'plain', ranking });
	const normalizer = await loadNormalizer(location.origin);
	const out: string[][] = [];
	for (const q of queries) {
		if (mode === 'help') {
			const normalized = normalizer.normalize(q);
			const { hits } = await helpSearch(pagefind, normalized);
			out.push((await loadResults(hits, normalized.terms, RESULTS_SHOWN)).map((p) => p.url));
		} else {
			const hits = (await pagefind.search(q))?.results ?? [];
			out.push(await Promise.all(hits.slice(0, 10).map(async (h) => (await h.data()).url)));
		}
	}
	return out;
}

(globalThis as unknown as { runEval: typeof runEval }).runEval = runEval;
