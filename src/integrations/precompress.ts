/**
 * Last step of the build: a gzip copy beside every text file (`index.html.gz`, …), so a server
 * such as nginx (`gzip_static on`, deploy/nginx.conf) sends compressed bytes without compressing
 * on every request. Pagefind's index files are compressed already and are left alone.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** Text files worth compressing (at least this many bytes: tiny files gain nothing). */
export const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|txt|webmanifest)$/;
export const MIN_BYTES = 512;

/** Writes `<file>.gz` for every compressible file under `dir`; returns bytes before and after. */
export function precompress(dir: string): { files: number; raw: number; gzip: number } {
	const report = { files: 0, raw: 0, gzip: 0 };
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!COMPRESSIBLE.test(file)) continue;
		const data = readFileSync(join(dir, file));
		if (data.length < MIN_BYTES) continue;
		const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
		writeFileSync(join(dir, `${file}.gz`), gz);
		report.files++;
		report.raw += data.length;
		report.gzip += gz.length;
	}
	return report;
}

export default function precompressIntegration(): AstroIntegration {
	return {
		name: 'wallet-help:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { files, raw, gzip } = precompress(fileURLToPath(dir));
				logger.info(`gzip copies of ${files} files: ${(raw / 1024).toFixed(0)} KiB → ${(gzip / 1024).toFixed(0)} KiB`);
			},
		},
	};
}
