/**
 * Offline support, step 3 of the post-build pipeline (src/integrations/pipeline.ts: it reads the
 * finished pages, after Starlight's Pagefind index and the CSP step; the pipeline also adds the
 * offline page `/offline/`, src/routes/offline.astro, shown for a page that is not saved when
 * there is no network):
 * - writes `offline-manifest.json`: every page with its size and content hash (“保存整个帮助中心”
 *   and the refresh after an update read it), and fills the save button's size into the pages;
 * - bundles src/worker/service-worker.ts into `sw.js` with this deployment's precache list: the
 *   shell (home and offline pages, CSS/JS/fonts/icons), the search runtime, and the search index
 *   while it is at most 512 KiB gzip (src/lib/offline/precache.ts decides which files), each
 *   with a content revision. Pages are saved as they are read, or all at once on request.
 */
import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fillSizeSlots, hasSizeSlots, slotTexts } from '../lib/offline/labels';
import { localeOfPath } from '../lib/i18n/locale';
import { uiFor } from '../lib/i18n/ui';
import { buildManifest, hashHex, sizeOf, type ManifestFile, type ManifestPage, type OfflineManifest } from '../lib/offline/manifest';
import { MANIFEST_PATH, servedPath, underBase } from '../lib/offline/names';
import { configLine, isPrecached, isSearchIndexFile, SHELL_PAGES, type PrecacheEntry } from '../lib/offline/precache';
import { readDist, writeDist, type DistFiles, type Step } from './dist-files';

/** Largest file precached; a shell file over it would make the worker's install slow or fail, so the build fails. */
export const MAX_PRECACHE_FILE = 5 * 1024 * 1024;

const WORKER_SOURCE = fileURLToPath(new URL('../worker/service-worker.ts', import.meta.url));

export interface PrecacheReport {
	count: number;
	/** Bytes as stored. */
	size: number;
	/** Bytes a reader downloads from a host that compresses with gzip. */
	gzipSize: number;
	/** HTML pages among them. */
	htmlPages: number;
	/** Whether the search index is part of the first visit. */
	searchIndexPrecached: boolean;
	manifest: OfflineManifest;
}

// Level 1 is fast and within a few percent of what a host's gzip sends.
const gzipLength = (data: Buffer) => gzipSync(data, { level: 1 }).length;
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest();

/**
 * The precache list: every file the first visit stores, with the MD5 of its bytes as revision
 * (`null` for Astro's `_astro/` files, whose names carry a content hash already). Sorted by path.
 */
export function precacheList(files: DistFiles, indexGzip: number): PrecacheEntry[] {
	const chosen = files.list().filter((f) => isPrecached(f, indexGzip));
	const tooLarge = chosen.filter((f) => files.bytes(f).length > MAX_PRECACHE_FILE);
	if (tooLarge.length > 0) {
		throw new Error(
			`The offline shell would be incomplete: ${tooLarge.join(', ')} ${tooLarge.length === 1 ? 'is' : 'are'} over ${MAX_PRECACHE_FILE / 1024 / 1024} MiB.`,
		);
	}
	return chosen.map((url) => ({ url, revision: url.startsWith('_astro/') ? null : createHash('md5').update(files.bytes(url)).digest('hex') }));
}

/** Writes `sw.js` and `offline-manifest.json` into the build held in `files`. */
export async function addServiceWorker(files: DistFiles, base = '/'): Promise<PrecacheReport> {
	const all = files.list().filter((f) => !f.endsWith('.gz'));
	const pageFiles = all.filter((f) => /(?:^|\/)index\.html$/.test(f) && !SHELL_PAGES.includes(f));

	// Sizes, each file compressed once (again only if patched below).
	const sizes = new Map<string, ManifestFile>();
	const sizeOfFile = (file: string): ManifestFile => {
		let size = sizes.get(file);
		if (!size) {
			const data = files.bytes(file);
			sizes.set(file, (size = { path: underBase(servedPath(file), base), bytes: data.length, gzip: gzipLength(data) }));
		}
		return size;
	};
	const measurePage = (file: string): ManifestPage => ({ ...sizeOfFile(file), hash: hashHex(sha(files.bytes(file))) });

	// The search index joins the first visit only while it is small.
	const indexFiles = all.filter(isSearchIndexFile).map(sizeOfFile);
	const indexSize = sizeOf(indexFiles);
	const searchIndexPrecached = isPrecached(all.find(isSearchIndexFile) ?? 'pagefind/x.pf_meta', indexSize.gzip);
	const runtimeSearch = searchIndexPrecached ? [] : indexFiles;

	// Fill the save button's sizes (download; storage with the shell) into the pages that show it,
	// then measure every page and the shell as served.
	const shellBefore = sizeOf(precacheList(files, indexSize.gzip).map((e) => sizeOfFile(e.url)));
	// Each page gets the sizes in its own language (“约 0.4 MB”, “about 0.4 MB”).
	const before = buildManifest('', pageFiles.map(measurePage), runtimeSearch, shellBefore);
	const texts = { zh: slotTexts(before, uiFor('zh').saveOffline), en: slotTexts(before, uiFor('en').saveOffline) };
	for (const f of all.filter((f) => f.endsWith('.html'))) {
		const html = files.text(f);
		if (!hasSizeSlots(html)) continue;
		files.write(f, fillSizeSlots(html, texts[localeOfPath(`/${f}`)]));
		sizes.delete(f);
	}
	const pages = pageFiles.map(measurePage);
	const precache = precacheList(files, indexSize.gzip);
	const shell = sizeOf(precache.map((e) => sizeOfFile(e.url)));

	// The deployment's id changes with any page or shell file: saved pages are then refreshed.
	const build = sha(JSON.stringify([precache, pages.map((p) => [p.path, p.hash])]))
		.toString('hex')
		.slice(0, 12);
	const manifest = buildManifest(build, pages, runtimeSearch, shell);
	files.write(MANIFEST_PATH.slice(1), `${JSON.stringify(manifest)}\n`);

	const bundle = await esbuild({
		entryPoints: [WORKER_SOURCE],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
	});
	const code = bundle.outputFiles[0]?.text ?? '';
	files.write('sw.js', configLine({ build, base, precache }) + code);

	return {
		count: precache.length,
		size: shell.bytes,
		gzipSize: shell.gzip,
		htmlPages: precache.filter((e) => e.url.endsWith('.html')).length,
		searchIndexPrecached,
		manifest,
	};
}

/** Rebuilds `sw.js` and the offline manifest of the build in `dir` (the tests' “new deployment”). */
export async function buildServiceWorker(dir: string, base = '/'): Promise<PrecacheReport> {
	const files = readDist(dir);
	const report = await addServiceWorker(files, base);
	writeDist(dir, files);
	return report;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Step 3 of the post-build pipeline. */
export const serviceWorkerStep: Step = {
	name: 'service-worker',
	async run(files, { base }) {
		const report = await addServiceWorker(files, base);
		const { total } = report.manifest;
		return {
			summary: `precache: ${report.count} files, ${kib(report.size)} (${kib(report.gzipSize)} gzip), ${report.htmlPages} HTML pages, search index ${report.searchIndexPrecached ? 'included' : 'saved on request'}; save everything: ${total.pages} more pages, ${kib(total.bytes)} (${kib(total.gzip)} gzip)`,
			stats: {
				precacheFiles: report.count,
				precacheBytes: report.size,
				precacheGzip: report.gzipSize,
				precacheHtmlPages: report.htmlPages,
				searchIndexPrecached: report.searchIndexPrecached,
				saveAllPages: total.pages,
				saveAllBytes: total.bytes,
				saveAllGzip: total.gzip,
			},
		};
	},
};
