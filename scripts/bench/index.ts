/**
 * npm run bench -- [--sizes 40,400,4000] [--variant ours|plain|both] [--rounds 3] [--keep] [--cpu-prof]
 *                   [--no-search] [--timeout-min 30]
 *
 * Build and search benchmark (prints numbers; it is not a test). For each size it generates
 * synthetic Chinese articles (scripts/bench/content.ts), builds our site and a plain Starlight
 * site with the same pages under .tmp/bench-<variant>-<size>/ (scripts/bench/build.ts), measures
 * the build and the output, runs the fixed queries through the real pagefind.js in headless
 * Chromium (scripts/bench/search.ts), reads what a first visit stores for offline use and what
 * saving everything adds (scripts/bench/offline.ts), and prints Markdown tables: ours vs plain
 * with the ratio, per-page growth between sizes, the offline figures, and build phases. Results
 * also go to .tmp/bench-results.json.
 * `--cpu-prof` builds with `node --cpu-prof` and prints where the CPU time goes.
 * The build folders are deleted afterwards unless `--keep` is given; a build running longer than
 * `--timeout-min` minutes is stopped and reported as failed.
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { generateSite, QUERIES } from './content.ts';
import { layOutSite, measureBuild, phaseTimes, readReport, type BuildMeasure, type DistMeasure, type Phase, type Variant } from './build.ts';
import { choiceOption, cli, intListOption, intOption } from '../lib/cli.ts';
import { ROOT } from '../lib/paths.ts';
import { summarizeProfiles, type ProfileSummary } from './profile.ts';
import { measureSearch, type SearchMeasure } from './search.ts';
import { FIRST_VISIT_BUDGET_GZIP, measureOffline, type OfflineMeasure } from './offline.ts';

// ---------------------------------------------------------------------------------------------
// Arguments

const VARIANTS = ['ours', 'plain', 'both'] as const;

function parseOptions(argv?: readonly string[]) {
	return cli(
		{
			usage: 'npm run bench -- [--sizes 40,400,4000] [--variant ours|plain|both] [--rounds 3] [--keep] [--cpu-prof] [--no-search] [--timeout-min 30]',
			help: [
				'--sizes        page counts to generate and build, comma-separated, each ≥ 10 (default 40,400,4000)',
				'--variant      which site to build: ours, plain (stock Starlight) or both (default both)',
				'--rounds       fresh browser pages per search measurement (default 3)',
				'--keep         keep the build folders under .tmp/',
				'--cpu-prof     build under node --cpu-prof and print where the CPU time goes',
				'--no-search    skip the search measurements',
				'--timeout-min  stop a build that runs longer than this many minutes (default 30)',
			],
			options: {
				sizes: { type: 'string' },
				variant: { type: 'string' },
				rounds: { type: 'string' },
				keep: { type: 'boolean' },
				'cpu-prof': { type: 'boolean' },
				'no-search': { type: 'boolean' },
				'timeout-min': { type: 'string' },
			},
		},
		({ values }) => {
			const variant = choiceOption('variant', values.variant, VARIANTS, 'both');
			return {
				sizes: intListOption('sizes', values.sizes, [40, 400, 4000], 10),
				variants: (variant === 'both' ? ['ours', 'plain'] : [variant]) satisfies Variant[],
				rounds: intOption('rounds', values.rounds, 3),
				keep: values.keep ?? false,
				cpuProf: values['cpu-prof'] ?? false,
				skipSearch: values['no-search'] ?? false,
				timeoutMin: intOption('timeout-min', values['timeout-min'], 30),
			};
		},
		argv,
	);
}

// ---------------------------------------------------------------------------------------------

interface RunResult {
	variant: Variant;
	size: number;
	build: Omit<BuildMeasure, 'lines' | 'cpuSamples' | 'startEpoch'>;
	dist?: DistMeasure;
	search?: SearchMeasure;
	phases: Phase[];
	/** Our service worker's precache, from the build report: files, KiB, KiB gzip. */
	precache?: { files: number; kib: number; gzipKib: number };
	/** The query normaliser's data, from the build report: words and KiB gzip. */
	normalizer?: { words: number; gzipKib: number };
	/** What a first visit stores for offline use and what saving everything adds (ours only). */
	offline?: OfflineMeasure;
	profile?: ProfileSummary;
	/** 1-minute load average just before the build (the machine may be shared). */
	loadBefore?: number;
	error?: string;
}

const log = (...a: unknown[]) => console.error('[bench]', ...a);

async function runOne(variant: Variant, size: number, files: ReadonlyMap<string, string>, opts: ReturnType<typeof parseOptions>): Promise<RunResult> {
	const dir = layOutSite(variant, size, files);
	const profDir = join(dir, '.cpu-prof');
	const loadBefore = loadavg()[0] ?? Number.NaN;
	log(`${variant} ${size}: building ${dir} (load average ${loadBefore.toFixed(2)})`);
	const build = await measureBuild(dir, {
		timeoutMs: opts.timeoutMin * 60_000,
		...(opts.cpuProf ? { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] } : {}),
	});
	const { lines, cpuSamples: _samples, startEpoch: _start, ...buildNumbers } = build;
	const result: RunResult = { variant, size, build: buildNumbers, phases: [], loadBefore };
	// Numbers come from the report the post-build pipeline writes, never from the log.
	const report = build.ok ? readReport(dir) : undefined;
	if (report) {
		result.phases = phaseTimes(report, build);
		result.dist = report.dist;
		const stats = (name: string) => report.steps.find((s) => s.name === name)?.stats ?? {};
		const sw = stats('service-worker');
		if (typeof sw['precacheFiles'] === 'number') {
			result.precache = { files: sw['precacheFiles'], kib: Number(sw['precacheBytes']) / 1024, gzipKib: Number(sw['precacheGzip']) / 1024 };
		}
		const norm = stats('search-data');
		if (typeof norm['words'] === 'number') result.normalizer = { words: norm['words'], gzipKib: Number(norm['gzip']) / 1024 };
	}
	// The build's log with arrival times: kept with the folder (--keep), or next to it on failure.
	const logText = lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)} ${l.text}`).join('\n');
	writeFileSync(join(dir, 'bench-build.log'), logText);
	if (!build.ok) {
		writeFileSync(join(ROOT, '.tmp', `bench-${variant}-${size}.log`), logText);
		result.error = `${build.timedOut ? `build stopped after ${opts.timeoutMin} min` : `build failed (status ${build.status})`}; log: .tmp/bench-${variant}-${size}.log`;
		log(result.error);
		log(
			lines
				.slice(-30)
				.map((l) => l.text)
				.join('\n'),
		);
		if (!opts.keep) rmSync(dir, { recursive: true, force: true });
		return result;
	}
	log(`${variant} ${size}: built in ${(build.wallMs / 1000).toFixed(1)} s`);
	const dist = join(dir, 'dist');
	if (!report) {
		result.error = `no build report in ${dir}/.astro/build-report.json`;
		log(result.error);
		return result;
	}
	const offline = measureOffline(dist);
	if (offline) result.offline = offline;
	if (opts.cpuProf) result.profile = summarizeProfiles(profDir);
	if (!opts.skipSearch) {
		log(`${variant} ${size}: searching`);
		result.search = await measureSearch(dist, variant, QUERIES, opts.rounds);
	}
	if (!opts.keep) rmSync(dir, { recursive: true, force: true });
	return result;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const f = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const MiB = 1024 * 1024;

interface Metric {
	name: string;
	get: (r: RunResult) => number | undefined;
	digits?: number;
}

const METRICS: Metric[] = [
	{ name: 'pages (HTML files)', get: (r) => r.dist?.htmlPages, digits: 0 },
	{ name: 'build wall time (s)', get: (r) => r.build.wallMs / 1000 },
	{ name: 'build CPU time, user+sys (s)', get: (r) => r.build.cpuS },
	{ name: 'pages per second', get: (r) => (r.dist ? r.dist.htmlPages / (r.build.wallMs / 1000) : undefined) },
	{ name: 'peak RSS, process tree (MiB)', get: (r) => r.build.peakTreeRssKiB / 1024, digits: 0 },
	{ name: 'peak RSS, largest process (MiB)', get: (r) => r.build.peakProcRssKiB / 1024, digits: 0 },
	{ name: 'dist size, without gzip copies (MiB)', get: (r) => (r.dist ? r.dist.bytes / MiB : undefined), digits: 2 },
	{ name: 'HTML per page (KiB)', get: (r) => (r.dist ? r.dist.htmlBytes / r.dist.htmlPages / 1024 : undefined) },
	{ name: 'Pagefind folder (KiB)', get: (r) => (r.dist ? r.dist.pagefindBytes / 1024 : undefined), digits: 0 },
	{ name: 'Pagefind files', get: (r) => r.dist?.pagefindFiles, digits: 0 },
	{ name: 'first query download (KiB)', get: (r) => (r.search ? r.search.firstQuery.bytes / 1024 : undefined) },
	{ name: 'first query requests', get: (r) => r.search?.firstQuery.requests, digits: 0 },
	{ name: 'search init (ms, median)', get: (r) => r.search?.initMsMedian },
	{ name: 'first query in a fresh page (ms, median)', get: (r) => r.search?.firstQueryMsMedian },
	{ name: 'search latency median (ms)', get: (r) => r.search?.medianMs },
	{ name: 'search latency p95 (ms)', get: (r) => r.search?.p95Ms },
	{ name: 'Pagefind searches per query (mean)', get: (r) => r.search?.searchesPerQuery, digits: 2 },
	{ name: 'query normaliser data, gzip (KiB)', get: (r) => r.normalizer?.gzipKib },
	{ name: 'query normaliser words', get: (r) => r.normalizer?.words, digits: 0 },
	{ name: 'queries with no result (of 20)', get: (r) => r.search?.zeroResults, digits: 0 },
	{ name: 'load average before build (1 min)', get: (r) => r.loadBefore, digits: 2 },
	{ name: 'first visit: files stored for offline use', get: (r) => r.offline?.files, digits: 0 },
	{ name: 'first visit: HTML pages stored', get: (r) => r.offline?.htmlPages, digits: 0 },
	{ name: 'first visit: offline download, gzip (KiB)', get: (r) => (r.offline ? r.offline.downloadGzip / 1024 : undefined), digits: 0 },
	{ name: 'first visit: Cache Storage (KiB)', get: (r) => (r.offline ? r.offline.storageBytes / 1024 : undefined), digits: 0 },
	{ name: 'first visit: search index included (1 = yes)', get: (r) => (r.offline ? Number(r.offline.searchIndexPrecached) : undefined), digits: 0 },
	{ name: 'save everything: download, gzip (MiB)', get: (r) => (r.offline?.saveAll ? r.offline.saveAll.gzip / MiB : undefined), digits: 2 },
	{ name: 'save everything: storage (MiB)', get: (r) => (r.offline?.saveAll ? r.offline.saveAll.bytes / MiB : undefined), digits: 2 },
];

function comparisonTable(size: number, results: readonly RunResult[]): string {
	const ours = results.find((r) => r.variant === 'ours' && r.size === size);
	const plain = results.find((r) => r.variant === 'plain' && r.size === size);
	const rows = [`### ${size} pages`, '', '| metric | ours | plain | ours/plain |', '| --- | ---: | ---: | ---: |'];
	for (const m of METRICS) {
		const a = ours ? m.get(ours) : undefined;
		const b = plain ? m.get(plain) : undefined;
		if (a === undefined && b === undefined) continue;
		const ratio = a !== undefined && b !== undefined && b !== 0 ? f(a / b, 2) : '–';
		rows.push(`| ${m.name} | ${f(a, m.digits)} | ${f(b, m.digits)} | ${ratio} |`);
	}
	if (ours?.search) rows.push('', `First query (ours) by kind, KiB: ${kinds(ours.search)}`);
	if (plain?.search) rows.push(`First query (plain) by kind, KiB: ${kinds(plain.search)}`);
	for (const r of [ours, plain]) if (r?.error) rows.push(`**${r.variant}: ${r.error}**`);
	return rows.join('\n');
}

const kinds = (s: SearchMeasure) =>
	Object.entries(s.firstQuery.byKind)
		.sort((a, b) => b[1] - a[1])
		.map(([k, v]) => `${k} ${f(v / 1024)}`)
		.join(', ');

/**
 * Per-page growth: marginal cost per added page between consecutive sizes. With linear cost
 * the marginal ms/page stays flat; a rising marginal cost means super-linear growth.
 */
function growthTable(variant: Variant, results: readonly RunResult[]): string {
	const runs = results.filter((r) => r.variant === variant && r.dist).sort((a, b) => a.size - b.size);
	if (runs.length === 0) return '';
	const rows = [
		`### Growth: ${variant}`,
		'',
		'| pages | wall s | ms/page | marginal ms/page | peak tree MiB | marginal KiB RSS/page | HTML KiB/page | Pagefind KiB/page | search p95 ms |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	runs.forEach((r, i) => {
		const prev = runs[i - 1];
		const pages = r.dist?.htmlPages ?? r.size;
		const prevPages = prev?.dist?.htmlPages ?? 0;
		const marginalMs = prev ? (r.build.wallMs - prev.build.wallMs) / (pages - prevPages) : undefined;
		const marginalRss = prev ? (r.build.peakTreeRssKiB - prev.build.peakTreeRssKiB) / (pages - prevPages) : undefined;
		rows.push(
			`| ${pages} | ${f(r.build.wallMs / 1000)} | ${f(r.build.wallMs / pages)} | ${f(marginalMs)} | ${f(r.build.peakTreeRssKiB / 1024, 0)} | ${f(marginalRss)} | ${f((r.dist?.htmlBytes ?? 0) / pages / 1024)} | ${f((r.dist?.pagefindBytes ?? 0) / pages / 1024, 2)} | ${f(r.search?.p95Ms)} |`,
		);
	});
	return rows.join('\n');
}

function phaseTable(results: readonly RunResult[]): string {
	const runs = results.filter((r) => r.dist).sort((a, b) => a.variant.localeCompare(b.variant) || a.size - b.size);
	if (runs.length === 0) return '';
	const names = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.phase)))];
	const rows = [
		'### Build phases: wall s / CPU s (CPU ms per page)',
		'',
		"Wall time suffers from other load on the machine; CPU time of the build's own process tree does not.",
		'',
		`| phase | ${runs.map((r) => `${r.variant} ${r.size}`).join(' | ')} |`,
		`| --- | ${runs.map(() => '---:').join(' | ')} |`,
	];
	for (const name of names) {
		rows.push(
			`| ${name} | ${runs
				.map((r) => {
					const p = r.phases.find((x) => x.phase === name);
					return p ? `${f(p.ms / 1000, 2)} / ${f(p.cpuS, 2)} (${f((p.cpuS * 1000) / (r.dist?.htmlPages ?? r.size), 1)})` : '–';
				})
				.join(' | ')} |`,
		);
	}
	return rows.join('\n');
}

function profileTables(results: readonly RunResult[]): string {
	const out: string[] = [];
	for (const r of results) {
		if (!r.profile) continue;
		const p = r.profile;
		out.push(`### CPU profile: ${r.variant} ${r.size} (${f(p.totalMs / 1000)} s sampled, main thread + workers)`, '');
		out.push('| package | self s | | function (self) | s |', '| --- | ---: | --- | --- | ---: |');
		for (let i = 0; i < Math.max(p.byPackage.length, p.byFunction.length); i++) {
			const a = p.byPackage[i];
			const b = p.byFunction[i];
			out.push(`| ${a?.name ?? ''} | ${a ? f(a.ms / 1000, 2) : ''} | | \`${b?.name ?? ''}\` | ${b ? f(b.ms / 1000, 2) : ''} |`);
		}
		if (p.watched.length) {
			out.push('', `Watched functions, inclusive time on the stack (s): ${p.watched.map((c) => `${c.name} ${f(c.ms / 1000, 2)}`).join(', ')}`);
		}
		out.push('');
	}
	return out.join('\n');
}

/** One line per size: the first visit's offline download against its budget. */
function offlineTable(results: readonly RunResult[]): string {
	const runs = results.filter((r) => r.offline).sort((a, b) => a.size - b.size);
	if (runs.length === 0) return '';
	const rows = [
		'### Offline: first visit (precache + sw.js) and “save everything”',
		'',
		`| pages | files | HTML | download gzip KiB | storage KiB | search index | within ${f(FIRST_VISIT_BUDGET_GZIP / MiB, 1)} MiB gzip | save everything gzip MiB / storage MiB |`,
		'| ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |',
	];
	for (const r of runs) {
		const o = r.offline as OfflineMeasure;
		rows.push(
			`| ${r.dist?.htmlPages ?? r.size} | ${o.files} | ${o.htmlPages} | ${f(o.downloadGzip / 1024, 0)} | ${f(o.storageBytes / 1024, 0)} | ${o.searchIndexPrecached ? 'precached' : 'on request'} | ${o.downloadGzip <= FIRST_VISIT_BUDGET_GZIP ? 'yes' : '**no**'} | ${o.saveAll ? `${f(o.saveAll.gzip / MiB, 2)} / ${f(o.saveAll.bytes / MiB, 2)}` : '–'} |`,
		);
	}
	return rows.join('\n');
}

function findings(results: readonly RunResult[]): string[] {
	const notes: string[] = [];
	for (const r of results) {
		if (r.offline && r.offline.downloadGzip > FIRST_VISIT_BUDGET_GZIP)
			notes.push(`${r.variant} ${r.size}: a first visit downloads ${f(r.offline.downloadGzip / MiB, 2)} MiB gzip for offline use, over the 1.5 MiB budget.`);
	}
	for (const variant of ['ours', 'plain'] as const) {
		const runs = results.filter((r) => r.variant === variant && r.dist).sort((a, b) => a.size - b.size);
		for (let i = 2; i < runs.length; i++) {
			const a = runs[i - 2] as RunResult;
			const b = runs[i - 1] as RunResult;
			const c = runs[i] as RunResult;
			const m1 = (b.build.wallMs - a.build.wallMs) / (b.size - a.size);
			const m2 = (c.build.wallMs - b.build.wallMs) / (c.size - b.size);
			if (m2 > m1 * 1.3)
				notes.push(`${variant}: marginal build time per page rose from ${f(m1)} ms (${a.size}→${b.size}) to ${f(m2)} ms (${b.size}→${c.size}): super-linear.`);
			const h1 = (b.dist?.htmlBytes ?? 0) / b.size;
			const h2 = (c.dist?.htmlBytes ?? 0) / c.size;
			if (h2 > h1 * 1.3)
				notes.push(
					`${variant}: average HTML per page grew from ${f(h1 / 1024)} KiB (${b.size}) to ${f(h2 / 1024)} KiB (${c.size}): total HTML grows super-linearly.`,
				);
			const r1 = (b.build.peakTreeRssKiB - a.build.peakTreeRssKiB) / (b.size - a.size);
			const r2 = (c.build.peakTreeRssKiB - b.build.peakTreeRssKiB) / (c.size - b.size);
			if (r2 > r1 * 1.3 && r2 > 50) notes.push(`${variant}: marginal peak memory per page rose from ${f(r1)} KiB to ${f(r2)} KiB: super-linear.`);
		}
		for (let i = 1; i < runs.length; i++) {
			const b = runs[i - 1] as RunResult;
			const c = runs[i] as RunResult;
			for (const phase of c.phases) {
				const before = b.phases.find((p) => p.phase === phase.phase);
				if (!before || before.cpuS < 0.2) continue;
				const per1 = (before.cpuS * 1000) / b.size;
				const per2 = (phase.cpuS * 1000) / c.size;
				if (per2 > per1 * 1.5 && phase.cpuS > 2)
					notes.push(`${variant}: phase “${phase.phase}” CPU per page ${f(per1, 2)} → ${f(per2, 2)} ms (${b.size}→${c.size} pages).`);
			}
		}
	}
	return notes;
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const opts = parseOptions();
	mkdirSync(join(ROOT, '.tmp'), { recursive: true });
	const results: RunResult[] = [];
	const started = Date.now();
	for (const size of opts.sizes) {
		const files = generateSite(size);
		for (const variant of opts.variants) {
			try {
				results.push(await runOne(variant, size, files, opts));
			} catch (error) {
				log(`${variant} ${size}:`, error);
				results.push({
					variant,
					size,
					build: { ok: false, status: null, timedOut: false, wallMs: Number.NaN, cpuS: Number.NaN, peakTreeRssKiB: Number.NaN, peakProcRssKiB: Number.NaN },
					phases: [],
					error: String(error),
				});
			}
		}
	}
	const pkg = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	const environment = {
		date: new Date().toISOString(),
		cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
		node: process.version,
		astro: pkg('astro'),
		starlight: pkg('@astrojs/starlight'),
		pagefind: pkg('pagefind'),
		queries: QUERIES,
		options: opts,
		totalSeconds: (Date.now() - started) / 1000,
	};
	const notes = findings(results);
	writeFileSync(join(ROOT, '.tmp/bench-results.json'), JSON.stringify({ environment, results, findings: notes }, null, '\t') + '\n');

	const out = [
		`## Build and search benchmark (${environment.cpus}, Node ${environment.node}, Astro ${environment.astro}, Starlight ${environment.starlight}, Pagefind ${environment.pagefind})`,
		'',
		...opts.sizes.map((s) => comparisonTable(s, results) + '\n'),
		...opts.variants.map((v) => growthTable(v, results) + '\n'),
		offlineTable(results) + '\n',
		phaseTable(results),
		'',
		profileTables(results),
		notes.length ? `### Super-linear growth\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : '',
		`Results: .tmp/bench-results.json (${f(environment.totalSeconds, 0)} s in all)`,
	];
	console.log(out.join('\n'));
}

await main();
