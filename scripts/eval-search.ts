/**
 * npm run eval:search [-- [--plain] [query files…]]
 * Evaluates search on the built site (run `npm run build` first; this builds nothing).
 * Default query files: tests/search/queries.dev.json and tests/search/queries.extra.json.
 * `--plain` measures Pagefind without our query handling, for comparison.
 */
import { existsSync } from 'node:fs';
import { evaluateSearch, formatSummary, loadQueries } from './search-eval-core.ts';

const args = process.argv.slice(2);
const mode = args.includes('--plain') ? 'plain' : 'help';
const files = args.filter((a) => !a.startsWith('--'));
const targets = files.length > 0 ? files : ['tests/search/queries.dev.json', 'tests/search/queries.extra.json'].filter((f) => existsSync(f));

for (const file of targets) {
	const summary = await evaluateSearch(loadQueries(file), mode);
	console.log(formatSummary(`${file} [${mode}]`, summary));
}
