/**
 * Last step of the post-build pipeline (src/integrations/pipeline.ts): a gzip copy beside every
 * text file (`index.html.gz`, …), so a server such as nginx (`gzip_static on`, deploy/nginx.conf)
 * sends compressed bytes without compressing on every request. Pagefind's index files are
 * compressed already and are left alone.
 */
import { constants, gzipSync } from 'node:zlib';
import type { DistFiles, Step } from './dist-files';

/** Text files worth compressing (at least this many bytes: tiny files gain nothing). */
export const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|txt|webmanifest)$/;
export const MIN_BYTES = 512;

/** Adds `<file>.gz` for every compressible file of the build; returns bytes before and after. */
export function precompress(files: DistFiles): { files: number; raw: number; gzip: number } {
	const report = { files: 0, raw: 0, gzip: 0 };
	for (const file of files.list()) {
		if (!COMPRESSIBLE.test(file)) continue;
		const data = files.bytes(file);
		if (data.length < MIN_BYTES) continue;
		const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
		files.write(`${file}.gz`, gz);
		report.files++;
		report.raw += data.length;
		report.gzip += gz.length;
	}
	return report;
}

/** Step 4 of the post-build pipeline. */
export const precompressStep: Step = {
	name: 'precompress',
	run(files) {
		const { files: count, raw, gzip } = precompress(files);
		return { summary: `gzip copies of ${count} files: ${(raw / 1024).toFixed(0)} KiB → ${(gzip / 1024).toFixed(0)} KiB`, stats: { files: count, raw, gzip } };
	},
};
