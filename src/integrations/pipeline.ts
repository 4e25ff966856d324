/**
 * The post-build pipeline: one Astro integration that owns every step run over the finished
 * `dist/` (after Starlight's Pagefind index and the sitemap). `dist/` is read once into memory,
 * each step in `STEPS` (src/integrations/steps.ts, in that order) reads and changes the files there,
 * and whatever changed is written once at the end. The order is the list, not a comment:
 *
 * 1. `i18n-fallbacks`: Starlight's untranslated copies under /en/ are deleted;
 * 2. `links`: every internal link must lead to a page and, with `#…`, a heading that exist;
 * 3. `search-data`, `search-data-en`: the query normalisers' data, from the pages' text;
 * 4. `security`: refuses pages holding scripts the build did not emit, stamps the CSP on the rest,
 *    writes `_headers`, robots.txt and deploy/generated/site.conf;
 * 5. `service-worker`: the offline manifest and `sw.js` over the final pages;
 * 6. `precompress`: gzip copies of every final text file.
 *
 * Each step returns numbers; with the time each step took and the hook times of the build they
 * form the build report, written to `.astro/build-report.json` in the project (outside `dist/`,
 * never deployed). `npm run bench` reads that file.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDist, writeDist, type DistFiles, type Step, type StepContext, type StepResult } from './dist-files.ts';

export interface DistStats {
	files: number;
	bytes: number;
	htmlPages: number;
	htmlBytes: number;
	pagefindFiles: number;
	pagefindBytes: number;
	gzipFiles: number;
}

/** Sizes and counts of the build (gzip copies counted apart). */
export function distStats(files: DistFiles): DistStats {
	const stats: DistStats = { files: 0, bytes: 0, htmlPages: 0, htmlBytes: 0, pagefindFiles: 0, pagefindBytes: 0, gzipFiles: 0 };
	for (const path of files.list()) {
		const size = files.bytes(path).length;
		if (path.endsWith('.gz')) {
			stats.gzipFiles++;
			continue;
		}
		stats.files++;
		stats.bytes += size;
		if (path.endsWith('.html')) {
			stats.htmlPages++;
			stats.htmlBytes += size;
		}
		if (path.startsWith('pagefind/')) {
			stats.pagefindFiles++;
			stats.pagefindBytes += size;
		}
	}
	return stats;
}

export interface StepReport extends StepResult {
	name: string;
	ms: number;
}

/** The JSON written to `.astro/build-report.json`. */
export interface BuildReport {
	v: 1;
	/** Epoch milliseconds at which Astro reached each hook (missing when the step ran alone). */
	hooks: Partial<Record<'configSetup' | 'buildStart' | 'buildGenerated' | 'buildDone' | 'pipelineDone', number>>;
	/** Reading `dist/` and writing the changed files back. */
	io: { readMs: number; writeMs: number; written: number };
	steps: StepReport[];
	dist: DistStats;
}

export const REPORT_FILE = '.astro/build-report.json';

/** Runs `steps` in order over the build in `dir`: one read, one write of what changed. */
export async function runPipeline(dir: string, context: StepContext, steps: readonly Step[]): Promise<Omit<BuildReport, 'hooks'>> {
	let t = performance.now();
	const files = readDist(dir);
	const readMs = performance.now() - t;
	const reports: StepReport[] = [];
	for (const step of steps) {
		t = performance.now();
		const result = await step.run(files, context);
		reports.push({ name: step.name, ms: performance.now() - t, ...result });
	}
	t = performance.now();
	const written = writeDist(dir, files);
	return { v: 1, io: { readMs, writeMs: performance.now() - t, written }, steps: reports, dist: distStats(files) };
}

export interface PostBuildOptions {
	/** The steps to run, in order (the site's: `STEPS`); the benchmark's plain Starlight site runs none, for the report alone. */
	steps: readonly Step[];
	/** Add the `/offline/` page (default true; it belongs to the service worker step). */
	offlinePage?: boolean;
}

export default function postBuild({ steps, offlinePage = true }: PostBuildOptions): AstroIntegration {
	const hooks: BuildReport['hooks'] = {};
	let context: StepContext | undefined;
	return {
		name: 'wallet-help:post-build',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				hooks.configSetup = Date.now();
				if (!offlinePage) return;
				// The page shown offline for a page that is not saved (the service worker step precaches it).
				injectRoute({ pattern: '/offline', entrypoint: new URL('../routes/offline.astro', import.meta.url), prerender: true });
			},
			'astro:config:done': ({ config }) => {
				context = {
					root: fileURLToPath(config.root),
					site: config.site ? new URL(config.site) : undefined,
					base: config.base.endsWith('/') ? config.base : `${config.base}/`,
				};
			},
			'astro:build:start': () => {
				hooks.buildStart = Date.now();
			},
			'astro:build:generated': () => {
				hooks.buildGenerated = Date.now();
			},
			'astro:build:done': async ({ dir, logger }) => {
				hooks.buildDone = Date.now();
				if (!context) throw new Error('wallet-help:post-build: astro:config:done did not run');
				const result = await runPipeline(fileURLToPath(dir), context, steps);
				for (const step of result.steps) {
					for (const warning of step.warnings ?? []) logger.warn(`${step.name}: ${warning}`);
					logger.info(`${step.name}: ${step.summary} (${step.ms.toFixed(0)} ms)`);
				}
				hooks.pipelineDone = Date.now();
				const report: BuildReport = { ...result, hooks };
				const file = join(context.root, REPORT_FILE);
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, `${JSON.stringify(report, null, '\t')}\n`);
				logger.info(`${result.io.written} files written; report in ${REPORT_FILE}`);
			},
		},
	};
}
