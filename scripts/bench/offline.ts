/**
 * `npm run bench` offline figures, read from a finished build: what a first visit stores (the
 * service worker's precache list in `sw.js`, with the files' sizes) and what “保存整个帮助中心”
 * adds (`offline-manifest.json`). The first-visit download is the precache plus `sw.js` itself,
 * gzip level 9 as a compressing host sends it; storage is the bytes kept in Cache Storage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseManifest } from '../../src/lib/offline/manifest.ts';
import { isSearchIndexFile, workerConfig } from '../../src/lib/offline/precache.ts';

export interface OfflineMeasure {
	/** Files the first visit stores, and how many of them are HTML pages. */
	files: number;
	htmlPages: number;
	/** Bytes the first visit downloads for offline use (precache + sw.js), gzip. */
	downloadGzip: number;
	/** Bytes the first visit keeps in Cache Storage. */
	storageBytes: number;
	/** Whether the search index is part of the first visit (≤ 512 KiB gzip). */
	searchIndexPrecached: boolean;
	/** What saving everything adds: pages, download (gzip) and storage. */
	saveAll?: { pages: number; gzip: number; bytes: number };
}

/** The first-visit budget at any size (the issue's “≤ 1.5 MiB gzip at 4,000 pages”). */
export const FIRST_VISIT_BUDGET_GZIP = 1.5 * 1024 * 1024;

const gzip = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** `undefined` for a build without our service worker (plain Starlight). */
export function measureOffline(dist: string): OfflineMeasure | undefined {
	const swFile = join(dist, 'sw.js');
	if (!existsSync(swFile)) return undefined;
	const sw = readFileSync(swFile);
	const config = workerConfig(sw.toString('utf8'));
	if (!config) return undefined;
	let downloadGzip = gzip(sw);
	let storageBytes = 0;
	for (const { url } of config.precache) {
		const data = readFileSync(join(dist, url));
		downloadGzip += gzip(data);
		storageBytes += data.length;
	}
	const manifestFile = join(dist, 'offline-manifest.json');
	const manifest = existsSync(manifestFile) ? parseManifest(JSON.parse(readFileSync(manifestFile, 'utf8'))) : undefined;
	return {
		files: config.precache.length,
		htmlPages: config.precache.filter((e) => e.url.endsWith('.html')).length,
		downloadGzip,
		storageBytes,
		searchIndexPrecached: config.precache.some((e) => isSearchIndexFile(e.url)),
		...(manifest ? { saveAll: { pages: manifest.total.pages, gzip: manifest.total.gzip, bytes: manifest.total.bytes } } : {}),
	};
}
