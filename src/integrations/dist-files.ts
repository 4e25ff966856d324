/**
 * The build output held in memory by the post-build pipeline (src/integrations/pipeline.ts), and
 * what a step of it looks like.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The build output in memory: `/`-separated `dist`-relative path → bytes. */
export class DistFiles {
	readonly #files: Map<string, Buffer>;
	readonly #changed = new Set<string>();
	readonly #deleted = new Set<string>();

	constructor(files: Iterable<readonly [string, Buffer]> = []) {
		this.#files = new Map([...files].map(([path, data]) => [path.replace(/\\/g, '/'), data]));
	}

	/** Every file, sorted. */
	list(): string[] {
		return [...this.#files.keys()].sort();
	}

	has(path: string): boolean {
		return this.#files.has(path);
	}

	bytes(path: string): Buffer {
		const data = this.#files.get(path);
		if (!data) throw new Error(`${path}: not in the build`);
		return data;
	}

	text(path: string): string {
		return this.bytes(path).toString('utf8');
	}

	/** Replaces or adds a file (nothing is written until `writeDist`). */
	write(path: string, data: string | Buffer): void {
		const bytes = typeof data === 'string' ? Buffer.from(data) : data;
		if (this.#files.get(path)?.equals(bytes)) return;
		this.#files.set(path, bytes);
		this.#changed.add(path);
	}

	/** Removes a file (it is deleted from disk by `writeDist`). */
	delete(path: string): void {
		if (!this.#files.delete(path)) return;
		this.#changed.delete(path);
		this.#deleted.add(path);
	}

	/** Files removed since the read. */
	deleted(): string[] {
		return [...this.#deleted].sort();
	}

	/** Files replaced or added since the read. */
	changed(): string[] {
		return [...this.#changed].sort();
	}
}

/** Reads every file under `dir`. */
export function readDist(dir: string): DistFiles {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => {
			const full = join(d.parentPath, d.name);
			return [full.slice(dir.length).replace(/^[\\/]+/, ''), readFileSync(full)] as const;
		});
	return new DistFiles(entries);
}

/** Writes the files that changed and removes the deleted ones (and folders they leave empty); returns how many were written. */
export function writeDist(dir: string, files: DistFiles): number {
	for (const path of files.deleted()) {
		rmSync(join(dir, path), { force: true });
		for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) {
			const full = join(dir, folder);
			if (readdirSync(full).length > 0) break;
			rmdirSync(full);
		}
	}
	const changed = files.changed();
	for (const path of changed) {
		const full = join(dir, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, files.bytes(path));
	}
	return changed.length;
}

export interface StepContext {
	/** The project root (absolute). */
	root: string;
	/** The site's public origin, when configured. */
	site: URL | undefined;
	/** Astro's `base`, always ending in `/`. */
	base: string;
}

/** What a step reports: a line for the build log and numbers for the report. */
export interface StepResult {
	summary: string;
	stats: Record<string, number | string | boolean>;
	warnings?: string[];
}

export interface Step {
	name: string;
	run(files: DistFiles, context: StepContext): StepResult | Promise<StepResult>;
}
