/**
 * Runs inside the browser page during a search evaluation (bundled by scripts/lib/search-eval.ts):
 * loads the site's own pagefind.js the way the search dialog does and answers each query through
 * `helpSearch`, or straight through `pagefind.search` in `plain` mode.
 */
import { helpSearch } from '../../src/lib/search/query.ts';
import { loadPagefind } from '../../src/lib/search/pagefind.ts';

async function runEval(queries: string[], mode: 'help' | 'plain', ranking: object | null): Promise<string[][]> {
	const pagefind = await loadPagefind(location.origin, { plain: mode === 'plain', ranking });
	const out: string[][] = [];
	for (const q of queries) {
		const hits = mode === 'plain' ? ((await pagefind.search(q))?.results ?? []) : await helpSearch(pagefind, q);
		out.push(await Promise.all(hits.slice(0, 10).map(async (h) => (await h.data()).url)));
	}
	return out;
}

(globalThis as unknown as { runEval: typeof runEval }).runEval = runEval;
