/**
 * npm run eval:search [-- [--plain | --raw] [query files…]]
 * Evaluates search on the built site (run `npm run build` first; this builds nothing).
 * Default query files: tests/search/queries.{dev,extra,robust}.json.
 * `--plain` measures Pagefind without our query handling, for comparison; `--raw` keeps the site's
 * ranking but skips the normaliser.
 */
import { existsSync } from 'node:fs';
import { cli, UsageError } from './lib/cli.ts';
import { evaluateSearch, formatSummary, loadQueries, type EvalMode } from './lib/search-eval.ts';

const DEFAULT_FILES = ['tests/search/queries.dev.json', 'tests/search/queries.extra.json', 'tests/search/queries.robust.json'];

const { mode, files } = cli(
	{
		usage: 'npm run eval:search -- [--plain | --raw] [queries.json …]',
		help: [
			"--plain   bare Pagefind with its default ranking, without the site's query handling (the baseline)",
			"--raw     the site's ranking, but the query as typed (no normaliser, no fallback)",
			`files     query sets (default: ${DEFAULT_FILES.join(', ')})`,
		],
		options: { plain: { type: 'boolean' }, raw: { type: 'boolean' } },
		allowPositionals: true,
	},
	({ values, positionals }) => {
		const missing = positionals.filter((f) => !existsSync(f));
		if (missing.length > 0) throw new UsageError(`no such query file: ${missing.join(', ')}`);
		if (values.plain && values.raw) throw new UsageError('--plain and --raw exclude each other');
		const mode: EvalMode = values.plain ? 'plain' : values.raw ? 'raw' : 'help';
		return { mode, files: positionals.length > 0 ? positionals : DEFAULT_FILES };
	},
);

for (const file of files) {
	const summary = await evaluateSearch(loadQueries(file), mode);
	console.log(formatSummary(`${file} [${mode}]`, summary));
}
