/**
 * Runs inside the browser page during a search evaluation (bundled by search-eval-core.ts):
 * loads the site's own pagefind.js and answers each query through `helpSearch`, or straight
 * through `pagefind.search` in `plain` mode.
 */
import { RANKING, helpSearch, type PagefindLike } from '../src/lib/search.ts';

type Pagefind = PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };

async function runEval(queries: string[], mode: 'help' | 'plain', ranking: object | null): Promise<string[][]> {
	const url = `${location.origin}/pagefind/pagefind.js`;
	const pagefind = (await import(url)) as Pagefind;
	if (mode === 'help') await pagefind.options({ ranking: ranking ?? RANKING });
	await pagefind.init();
	const out: string[][] = [];
	for (const q of queries) {
		const hits = mode === 'plain' ? ((await pagefind.search(q))?.results ?? []) : await helpSearch(pagefind, q);
		out.push(await Promise.all(hits.slice(0, 10).map(async (h) => (await h.data()).url)));
	}
	return out;
}

(globalThis as unknown as { runEval: typeof runEval }).runEval = runEval;
