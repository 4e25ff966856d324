/**
 * npm run eval:search [-- [--plain] [query files…]]
 * Evaluates search on the built site (run `npm run build` first; this builds nothing).
 * Default query files: tests/search/queries.dev.json and tests/search/queries.extra.json.
 * `--plain` measures Pagefind without our query handling, for comparison.
 */
import { existsSync } from 'node:fs';
import { cli, UsageError } from './lib/cli.ts';
import { evaluateSearch, formatSummary, loadQueries } from './lib/search-eval.ts';

const DEFAULT_FILES = ['tests/search/queries.dev.json', 'tests/search/queries.extra.json'];

const { mode, files } = cli(
	{
		usage: 'npm run eval:search -- [--plain] [queries.json …]',
		help: ['--plain   bare Pagefind, without the site\'s query handling (the baseline)', `files     query sets (default: ${DEFAULT_FILES.join(', ')})`],
		options: { plain: { type: 'boolean' } },
		allowPositionals: true,
	},
	({ values, positionals }) => {
		const missing = positionals.filter((f) => !existsSync(f));
		if (missing.length > 0) throw new UsageError(`no such query file: ${missing.join(', ')}`);
		return { mode: values.plain ? ('plain' as const) : ('help' as const), files: positionals.length > 0 ? positionals : DEFAULT_FILES };
	},
);

for (const file of files) {
	const summary = await evaluateSearch(loadQueries(file), mode);
	console.log(formatSummary(`${file} [${mode}]`, summary));
}
