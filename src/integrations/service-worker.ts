/**
 * Offline support, as a build step (list it last: it reads the finished pages, after Starlight's
 * Pagefind index and the CSP step):
 * - adds the offline page (`/offline/`, src/routes/offline.astro), shown for a page that is not
 *   saved when there is no network;
 * - writes `offline-manifest.json`: every page with its size and content hash (“保存整个帮助中心”
 *   and the refresh after an update read it), and fills the save button's size into the pages;
 * - bundles src/worker/service-worker.ts into `sw.js` with this deployment's precache list: the
 *   shell (home and offline pages, CSS/JS/fonts/icons), the search runtime, and the search index
 *   while it is at most 512 KiB gzip. Pages are saved as they are read, or all at once on request.
 */
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { fillSizeSlots, hasSizeSlots, slotTexts } from '../lib/offline/labels';
import { buildManifest, hashHex, sizeOf, type ManifestFile, type ManifestPage, type OfflineManifest } from '../lib/offline/manifest';
import { MANIFEST_PATH, servedPath } from '../lib/offline/names';
import { configLine, isSearchIndexFile, MAX_PRECACHED_INDEX_GZIP, precacheGlobs, SHELL_PAGES, type PrecacheEntry } from '../lib/offline/precache';

/** Never precached: Pagefind's own UIs (this site has its own search dialog), sitemaps, the worker. */
export const PRECACHE_IGNORE = ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'sitemap-*.xml', 'sw.js'];

/** Largest file precached; a shell file over it would silently not work offline, so the build fails. */
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
	warnings: string[];
}

// Level 1 is fast and within a few percent of what a host's gzip sends.
const gzipLength = (data: Buffer) => gzipSync(data, { level: 1 }).length;
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest();

function measure(dir: string, file: string): ManifestFile & { data: Buffer } {
	const data = readFileSync(join(dir, file));
	return { path: servedPath(file), bytes: data.length, gzip: gzipLength(data), data };
}

function measurePage(dir: string, file: string): ManifestPage {
	const { data, ...size } = measure(dir, file);
	return { ...size, hash: hashHex(sha(data)) };
}

/** The precache list (workbox-build computes the revisions); fails if a shell file is too large. */
async function precacheList(dir: string, indexGzip: number): Promise<{ precache: PrecacheEntry[]; warnings: string[] }> {
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: dir,
		globPatterns: precacheGlobs(indexGzip),
		globIgnores: PRECACHE_IGNORE,
		/** Astro's `_astro/` files carry a content hash in their names already. */
		dontCacheBustURLsMatching: /^_astro\//,
		maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE,
	});
	const tooLarge = warnings.filter((w) => /will not be precached|exceeds|maximumFileSizeToCacheInBytes/i.test(w));
	if (tooLarge.length > 0) throw new Error(`The offline shell would be incomplete:\n${tooLarge.join('\n')}`);
	const precache = (manifestEntries ?? [])
		.map((e) => (typeof e === 'string' ? { url: e, revision: null } : { url: e.url, revision: e.revision ?? null }))
		.sort((a, b) => a.url.localeCompare(b.url));
	return { precache, warnings };
}

/** Writes `<dir>/sw.js` and `<dir>/offline-manifest.json` for the build in `dir`. Exported so tests can build a "new deployment". */
export async function buildServiceWorker(dir: string): Promise<PrecacheReport> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/'));
	const pageFiles = files.filter((f) => /(?:^|\/)index\.html$/.test(f) && !SHELL_PAGES.includes(f));

	// Sizes of the shell and index files, each read and compressed once (again only if patched below).
	const sizes = new Map<string, ManifestFile>();
	const sizeOfFile = (file: string): ManifestFile => {
		let size = sizes.get(file);
		if (!size) {
			const { data: _data, ...measured } = measure(dir, file);
			sizes.set(file, (size = measured));
		}
		return size;
	};

	// The search index joins the first visit only while it is small.
	const indexFiles = files.filter(isSearchIndexFile).map(sizeOfFile);
	const indexSize = sizeOf(indexFiles);
	const searchIndexPrecached = indexSize.gzip <= MAX_PRECACHED_INDEX_GZIP;
	const runtimeSearch = searchIndexPrecached ? [] : indexFiles;

	// Fill the save button's sizes (download; storage with the shell) into the pages that show it,
	// then measure every page and the shell as served.
	let pages = pageFiles.map((f) => measurePage(dir, f));
	const before = await precacheList(dir, indexSize.gzip);
	const texts = slotTexts(buildManifest('', pages, runtimeSearch, sizeOf(before.precache.map((e) => sizeOfFile(e.url)))));
	const patched = new Set<string>();
	for (const f of files.filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(dir, f), 'utf8');
		if (!hasSizeSlots(html)) continue;
		writeFileSync(join(dir, f), fillSizeSlots(html, texts));
		patched.add(f);
		sizes.delete(f);
	}
	pages = pageFiles.map((f, i) => (patched.has(f) ? measurePage(dir, f) : (pages[i] as ManifestPage)));
	const { precache, warnings } = await precacheList(dir, indexSize.gzip);
	const shell = sizeOf(precache.map((e) => sizeOfFile(e.url)));

	// The deployment's id changes with any page or shell file: saved pages are then refreshed.
	const build = sha(JSON.stringify([precache, pages.map((p) => [p.path, p.hash])]))
		.toString('hex')
		.slice(0, 12);
	const manifest = buildManifest(build, pages, runtimeSearch, shell);
	writeFileSync(join(dir, MANIFEST_PATH.slice(1)), `${JSON.stringify(manifest)}\n`);

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
	writeFileSync(join(dir, 'sw.js'), configLine({ build, precache }) + code);

	return {
		count: precache.length,
		size: shell.bytes,
		gzipSize: shell.gzip,
		htmlPages: precache.filter((e) => e.url.endsWith('.html')).length,
		searchIndexPrecached,
		manifest,
		warnings,
	};
}

export default function serviceWorker(): AstroIntegration {
	return {
		name: 'wallet-help:service-worker',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/offline', entrypoint: new URL('../routes/offline.astro', import.meta.url), prerender: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const report = await buildServiceWorker(fileURLToPath(dir));
				for (const warning of report.warnings) logger.warn(warning);
				const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
				const { total } = report.manifest;
				logger.info(
					`precache: ${report.count} files, ${kib(report.size)} (${kib(report.gzipSize)} gzip), ${report.htmlPages} HTML pages, search index ${report.searchIndexPrecached ? 'included' : 'saved on request'}`,
				);
				logger.info(`save everything: ${total.pages} more pages, ${kib(total.bytes)} (${kib(total.gzip)} gzip)`);
			},
		},
	};
}
