import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, choiceOption, intListOption, intOption, parseCli } from '../../scripts/lib/cli';
import { ROOT } from '../../scripts/lib/paths';

const spec = { usage: 'x', options: { rounds: { type: 'string' }, keep: { type: 'boolean' } } } as const;

describe('parseCli', () => {
	it('reads known flags', () => {
		expect(parseCli(spec, ['--rounds', '2', '--keep']).values).toEqual({ rounds: '2', keep: true });
	});
	it.each([[['--size', '40']], [['--keep=yes']], [['stray']]])('rejects %j, naming what is wrong', (argv) => {
		expect(() => parseCli(spec, argv)).toThrow(UsageError);
	});
});

describe('option values', () => {
	it.each(['x', '0', '1.5', '-2', ''])('--rounds %j is refused', (raw) => {
		expect(() => intOption('rounds', raw, 3)).toThrow(/--rounds must be a whole number/);
	});
	it('takes a whole number, or the default when absent', () => {
		expect(intOption('rounds', '4', 3)).toBe(4);
		expect(intOption('rounds', undefined, 3)).toBe(3);
	});
	it('reads a list of sizes and refuses a bad one', () => {
		expect(intListOption('sizes', '40, 400', [1], 10)).toEqual([40, 400]);
		expect(() => intListOption('sizes', '40,x', [1], 10)).toThrow(/--sizes/);
		expect(() => intListOption('sizes', '5', [1], 10)).toThrow(/≥ 10/);
	});
	it('takes one of the choices only', () => {
		expect(choiceOption('variant', 'ours', ['ours', 'plain'], 'plain')).toBe('ours');
		expect(() => choiceOption('variant', 'mine', ['ours', 'plain'], 'plain')).toThrow(/--variant must be one of ours, plain/);
	});
});

describe('the scripts themselves', () => {
	const run = (script: string, ...args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

	it.each([
		['scripts/bench/index.ts', '--no-such-flag', /Unknown option '--no-such-flag'/],
		['scripts/bench/index.ts', '--rounds=x', /--rounds must be a whole number/],
		['scripts/eval-search.ts', '--bogus', /Unknown option '--bogus'/],
		['scripts/page-weight.ts', 'extra', /Unexpected argument 'extra'/],
	])('%s %s exits at once with status 2 and the usage', (script, arg, message) => {
		const result = run(script, arg);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).toMatch(/^usage: npm run /m);
	});

	it('prints the usage on --help', () => {
		const result = run('scripts/bench/index.ts', '--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^usage: npm run bench -- \[--sizes/);
	});
});
