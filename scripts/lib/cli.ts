/**
 * Command lines for the project's scripts: `node:util` parseArgs with `strict: true`, `--help`, and
 * a quick non-zero exit with the usage line on an unknown flag or a bad value — a typo must never
 * silently run the defaults (for the benchmark, that means hours).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface CliSpec<O extends ParseArgsOptionsConfig> {
	/** First line of the help text: `npm run bench -- [--sizes 40,400] …`. */
	usage: string;
	/** One line per option, printed under the usage by `--help`. */
	help?: readonly string[];
	options: O;
	allowPositionals?: boolean;
}

/** Thrown for a bad value; `cli()` callers use `fail()` instead of throwing it themselves. */
export class UsageError extends Error {}

/** Parses `argv` strictly. Throws UsageError on anything unknown or malformed. */
export function parseCli<O extends ParseArgsOptionsConfig>(spec: CliSpec<O>, argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
			strict: true,
			allowPositionals: spec.allowPositionals ?? false,
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

/** A whole number ≥ `min`, or a UsageError naming the flag. */
export function intOption(name: string, raw: string | undefined, fallback: number, min = 1): number {
	if (raw === undefined) return fallback;
	if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
	return Number(raw);
}

/** A comma-separated list of whole numbers, each ≥ `min`. */
export function intListOption(name: string, raw: string | undefined, fallback: readonly number[], min = 1): number[] {
	if (raw === undefined) return [...fallback];
	const parts = raw.split(',').map((s) => s.trim());
	if (parts.some((p) => !/^\d+$/.test(p) || Number(p) < min)) {
		throw new UsageError(`--${name} must be comma-separated whole numbers, each ≥ ${min}, got "${raw}"`);
	}
	return parts.map(Number);
}

/** One of `choices`, or a UsageError naming the flag. */
export function choiceOption<C extends string>(name: string, raw: string | undefined, choices: readonly C[], fallback: C): C {
	if (raw === undefined) return fallback;
	if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${raw}"`);
	return raw as C;
}

function usageText<O extends ParseArgsOptionsConfig>(spec: CliSpec<O>): string {
	return [`usage: ${spec.usage}`, ...(spec.help ?? []).map((line) => `  ${line}`)].join('\n');
}

/**
 * For a script's entry point: parses `process.argv`, runs `read` to turn the values into options,
 * prints the usage and exits 0 on `--help`, or prints the problem and the usage and exits 2.
 */
export function cli<O extends ParseArgsOptionsConfig, R>(
	spec: CliSpec<O>,
	read: (parsed: ReturnType<typeof parseCli<O>>) => R,
	argv: readonly string[] = process.argv.slice(2),
): R {
	try {
		const parsed = parseCli(spec, argv);
		if ((parsed.values as { help?: boolean }).help) {
			console.log(usageText(spec));
			process.exit(0);
		}
		return read(parsed);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`${error.message}\n${usageText(spec)}`);
		process.exit(2);
	}
}
