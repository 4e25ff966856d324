/**
 * `npm run bench` helpers: lays out a throw-away site under `.tmp/bench-<variant>-<size>/` (our
 * site, copied by scripts/lib/site-copy.ts, or a plain Starlight site), builds it with Astro
 * and measures wall time, CPU time, peak memory of the whole process tree, and the output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

import { toPlain } from './content.ts';
import { REPORT_FILE, type BuildReport } from '../../src/integrations/pipeline.ts';

import { ROOT } from '../lib/paths.ts';
import { copySite, writeArticles } from '../lib/site-copy.ts';

export type Variant = 'ours' | 'plain';

/**
 * Plain Starlight: title and a zh-CN root locale, and our post-build pipeline with no steps, so
 * that its build writes the same report (hook times, dist sizes) as ours.
 */
const PLAIN_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import postBuild from ${JSON.stringify(join(ROOT, 'src/integrations/pipeline.ts'))};

export default defineConfig({
	integrations: [
		starlight({
			title: '钱包帮助中心',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
		}),
		postBuild({ steps: [], offlinePage: false }),
	],
});
`;

/** Starlight's docs schema with no extension: our extra frontmatter fields are stripped (zod object). */
const PLAIN_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

export function siteDir(variant: Variant, size: number): string {
	return join(ROOT, '.tmp', `bench-${variant}-${size}`);
}

/** Writes the site for `variant` with `files` (path under content/docs → MDX) and returns its folder. */
export function layOutSite(variant: Variant, size: number, files: ReadonlyMap<string, string>): string {
	const dir = siteDir(variant, size);
	if (variant === 'ours') {
		copySite(dir, files);
		return dir;
	}
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(join(dir, 'astro.config.mjs'), PLAIN_CONFIG);
	writeFileSync(join(dir, 'src/content.config.ts'), PLAIN_CONTENT_CONFIG);
	writeArticles(
		join(dir, 'src/content/docs'),
		[...files].map(([path, text]) => [path, toPlain(text)] as const),
	);
	return dir;
}

export interface LogLine {
	/** Milliseconds since the build started. */
	t: number;
	text: string;
}

export interface BuildMeasure {
	ok: boolean;
	status: number | null;
	/** Stopped by the timeout. */
	timedOut: boolean;
	wallMs: number;
	/** user + sys CPU seconds of the process tree (from /usr/bin/time), or NaN. */
	cpuS: number;
	/** Peak of the summed RSS of every process in the build's tree, sampled every `sampleMs`. */
	peakTreeRssKiB: number;
	/** Largest single-process peak RSS (VmHWM / getrusage maxrss). */
	peakProcRssKiB: number;
	/** The build's output, for the log file and a failure's message. */
	lines: LogLine[];
	/** Epoch milliseconds at which the build process was started (the report's hook times are epoch too). */
	startEpoch: number;
	/** CPU seconds used by the build's process tree so far, sampled over time (for per-phase CPU). */
	cpuSamples: Array<{ t: number; cpuS: number }>;
}

interface ProcInfo {
	rssKiB: number;
	hwmKiB: number;
	/** CPU seconds of the process and its reaped children (utime + stime + cutime + cstime). */
	cpuS: number;
}

/** Clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/** pid → parent pid and CPU seconds, from /proc/<pid>/stat (fields after the parenthesised name). */
function readStat(pid: number): { ppid: number; cpuS: number } | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// f[0] is field 3 (state): ppid = field 4, utime..cstime = fields 14..17
		const n = (field: number) => Number(f[field - 3] ?? 0);
		return { ppid: n(4), cpuS: (n(14) + n(15) + n(16) + n(17)) / TICKS };
	} catch {
		return undefined; // gone
	}
}

function readMemory(pid: number): { rssKiB: number; hwmKiB: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const num = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
		return { rssKiB: num('VmRSS'), hwmKiB: num('VmHWM') };
	} catch {
		return { rssKiB: 0, hwmKiB: 0 };
	}
}

/** Every live process whose ancestry leads to `root` (including it). */
function processTree(root: number): Map<number, ProcInfo> {
	const parents = new Map<number, { ppid: number; cpuS: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const info = readStat(Number(name));
		if (info) parents.set(Number(name), info);
	}
	const children = new Map<number, number[]>();
	for (const [pid, info] of parents) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
	const tree = new Map<number, ProcInfo>();
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop() as number;
		const info = parents.get(pid);
		if (info) tree.set(pid, { cpuS: info.cpuS, ...readMemory(pid) });
		stack.push(...(children.get(pid) ?? []));
	}
	return tree;
}

const TIME = '/usr/bin/time';

/** Runs `astro build --root dir` (optionally with extra node flags) and measures it. */
export function measureBuild(dir: string, opts: { nodeFlags?: string[]; sampleMs?: number; timeoutMs?: number } = {}): Promise<BuildMeasure> {
	const sampleMs = opts.sampleMs ?? 100;
	const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
	const nodeArgs = [...(opts.nodeFlags ?? []), astro, 'build', '--root', dir];
	const timeFile = join(dir, '.bench-time');
	const useTime = existsSync(TIME);
	const [cmd, args] = useTime ? [TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
	const start = performance.now();
	const startEpoch = Date.now();
	const child = spawn(cmd, args, {
		cwd: dir,
		// Synthetic articles need not follow the house rules (skeleton, keywords…): those only warn.
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', WALLET_HELP_EDITORIAL: 'warn', WALLET_HELP_LINKS: 'articles' },
		stdio: ['ignore', 'pipe', 'pipe'],
		// Own process group, so a timeout stops the build and everything it started (by group id).
		detached: true,
	});
	const lines: LogLine[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (text) => {
			lines.push({ t: performance.now() - start, text: stripVTControlCharacters(text) });
		});
	}
	let peakTree = 0;
	let peakProc = 0;
	const cpuSamples: Array<{ t: number; cpuS: number }> = [];
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		let cpu = 0;
		for (const info of processTree(child.pid).values()) {
			sum += info.rssKiB;
			cpu += info.cpuS;
			peakProc = Math.max(peakProc, info.hwmKiB);
		}
		peakTree = Math.max(peakTree, sum);
		// Reaped children move into their parent's cutime, so the total only ever grows.
		cpuSamples.push({ t: performance.now() - start, cpuS: Math.max(cpu, cpuSamples.at(-1)?.cpuS ?? 0) });
	};
	const timer = setInterval(sample, sampleMs);
	let timedOut = false;
	const killer = setTimeout(
		() => {
			timedOut = true;
			if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
		},
		opts.timeoutMs ?? 30 * 60_000,
	);
	return new Promise((ok, fail) => {
		child.on('error', fail);
		child.on('close', (status) => {
			clearInterval(timer);
			clearTimeout(killer);
			const wallMs = performance.now() - start;
			let cpuS = Number.NaN;
			if (useTime && existsSync(timeFile)) {
				// GNU time may prefix "Command exited with non-zero status N".
				const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
				const [maxrss, user, sys] = last.split(/\s+/).map(Number);
				if (Number.isFinite(maxrss)) peakProc = Math.max(peakProc, maxrss as number);
				cpuS = (user ?? Number.NaN) + (sys ?? Number.NaN);
				rmSync(timeFile, { force: true });
			}
			lines.sort((a, b) => a.t - b.t);
			// /usr/bin/time misses children the build never reaps (Pagefind's backend may outlive
			// node); sampling misses the last ~100 ms. Take the larger.
			const sampled = cpuSamples.at(-1)?.cpuS ?? 0;
			cpuS = Number.isFinite(cpuS) ? Math.max(cpuS, sampled) : sampled;
			cpuSamples.push({ t: wallMs, cpuS });
			ok({ ok: status === 0, status, timedOut, wallMs, cpuS, peakTreeRssKiB: peakTree, peakProcRssKiB: peakProc, lines, startEpoch, cpuSamples });
		});
	});
}

/** The build report our post-build pipeline writes (src/integrations/pipeline.ts), or `undefined`. */
export function readReport(dir: string): BuildReport | undefined {
	const file = join(dir, REPORT_FILE);
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
}

export type DistMeasure = BuildReport['dist'];

export interface Phase {
	phase: string;
	/** Wall time. */
	ms: number;
	/** CPU seconds of the build's process tree during the phase (sampled; unaffected by other load). */
	cpuS: number;
}

/** CPU seconds used by time `t` (linear between samples). */
function cpuAt(samples: ReadonlyArray<{ t: number; cpuS: number }>, t: number): number {
	let prev = { t: 0, cpuS: 0 };
	for (const s of samples) {
		if (s.t >= t) return prev.cpuS + ((s.cpuS - prev.cpuS) * (t - prev.t)) / Math.max(s.t - prev.t, 1e-9);
		prev = s;
	}
	return prev.cpuS;
}

/**
 * Phases of the build from the report: the times Astro reached its hooks, then the pipeline's
 * read of dist/, each of its steps and its write; the rest up to process exit is "exit".
 */
export function phaseTimes(report: BuildReport, build: Pick<BuildMeasure, 'startEpoch' | 'wallMs' | 'cpuSamples'>): Phase[] {
	const { hooks } = report;
	const ends: Array<[string, number | undefined]> = [
		['node + Astro start', hooks.configSetup],
		['content sync, types', hooks.buildStart],
		['vite bundles, render pages', hooks.buildGenerated],
		['pagefind, sitemap', hooks.buildDone],
	];
	let t = hooks.buildDone;
	const add = (phase: string, ms: number) => {
		if (t === undefined) return;
		t += ms;
		ends.push([phase, t]);
	};
	add('read dist/', report.io.readMs);
	for (const step of report.steps) add(step.name, step.ms);
	add('write dist/', report.io.writeMs);
	const out: Phase[] = [];
	let last = 0;
	const cpu = (a: number, b: number) => cpuAt(build.cpuSamples, b) - cpuAt(build.cpuSamples, a);
	for (const [phase, epoch] of ends) {
		if (epoch === undefined) continue;
		const at = epoch - build.startEpoch;
		out.push({ phase, ms: at - last, cpuS: cpu(last, at) });
		last = at;
	}
	out.push({ phase: 'exit', ms: build.wallMs - last, cpuS: cpu(last, build.wallMs) });
	return out;
}
