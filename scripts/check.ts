/**
 * `npm test`'s checks before Vitest, on both cores: ESLint (single-threaded, the slowest) beside
 * the type check, the formatter and the site build, each lane in order. Each command's output is
 * printed whole when it ends, with its time; the first failure of a lane stops that lane, and the
 * script fails naming every command that failed.
 *
 * Usage: node scripts/check.ts  (run through npm, so node_modules/.bin is on PATH)
 */
import { spawn } from 'node:child_process';

type Command = readonly [string, ...string[]];

/** First, alone: ESLint and tsc both read the types it writes to .astro/. */
const SYNC: Command = ['astro', 'sync'];
const LANES: readonly (readonly Command[])[] = [
	[['eslint', '.']],
	[
		['tsc', '--noEmit'],
		['prettier', '--check', '.'],
		['astro', 'build'],
	],
];

interface Outcome {
	command: string;
	ok: boolean;
	seconds: number;
}

function run([bin, ...args]: Command): Promise<Outcome> {
	const command = [bin, ...args].join(' ');
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		const finish = (ok: boolean, note = '') => {
			const seconds = (performance.now() - started) / 1000;
			process.stdout.write(`\n▶ ${command} — ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s\n${Buffer.concat(output).toString()}${note}`);
			resolve({ command, ok, seconds });
		};
		child.on('error', (error) => finish(false, `${error.message}\n`));
		child.on('close', (code) => finish(code === 0));
	});
}

async function lane(commands: readonly Command[]): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const command of commands) {
		const outcome = await run(command);
		outcomes.push(outcome);
		if (!outcome.ok) break;
	}
	return outcomes;
}

const started = performance.now();
const outcomes = [await run(SYNC)];
if (outcomes[0]?.ok) outcomes.push(...(await Promise.all(LANES.map(lane))).flat());
const failed = outcomes.filter((o) => !o.ok);
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nChecks: ${outcomes.map((o) => `${o.command} ${o.seconds.toFixed(1)} s`).join(', ')}; ${total} s in all.`);
if (failed.length > 0) {
	console.error(`Failed: ${failed.map((o) => o.command).join(', ')}`);
	process.exitCode = 1;
}
