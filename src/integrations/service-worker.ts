/**
 * Offline support: after the build (and after Starlight's Pagefind indexing, so list this
 * integration last), generate `sw.js` from the real output with workbox-build. It precaches every
 * page, the CSS/JS/icons and the whole search index with content revisions, so a return visit
 * downloads only what changed and every page and search work with no network.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { precacheEntries } from '../lib/offline/precache';

/** What goes into the precache, relative to the build folder. */
export const PRECACHE_GLOBS = [
	'**/*.html',
	'_astro/**/*.{js,css,woff2,svg,png,webp}',
	'*.{svg,png,ico,webmanifest}',
	'icons/*.png',
	'pagefind/pagefind.js',
	'pagefind/pagefind-worker.js',
	'pagefind/pagefind-entry.json',
	'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
];

/** Never precached: Pagefind's own UIs (this site has its own search dialog) and the sitemaps. */
export const PRECACHE_IGNORE = ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'sitemap-*.xml', 'sw.js'];

/** Largest file precached; a page over it would silently not work offline, so the build fails. */
export const MAX_PRECACHE_FILE = 5 * 1024 * 1024;

export interface PrecacheReport {
	count: number;
	/** Bytes as stored. */
	size: number;
	/** Bytes a reader downloads from a host that compresses with gzip. */
	gzipSize: number;
	warnings: string[];
}

/** Writes `<dir>/sw.js` for the build in `dir`. Exported so tests can build a "new deployment". */
export async function buildServiceWorker(dir: string): Promise<PrecacheReport> {
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		globPatterns: PRECACHE_GLOBS,
		globIgnores: PRECACHE_IGNORE,
		swDest: `${dir.replace(/\/$/, '')}/sw.js`,
		mode: 'production',
		sourcemap: false,
		inlineWorkboxRuntime: true,
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		/** The page asks the reader before switching versions (“有新版本，点击刷新”). */
		skipWaiting: false,
		/** `/issues/refund/` is served from the precached `issues/refund/index.html`. */
		directoryIndex: 'index.html',
		/** Pagefind adds `?ts=` to its entry file; pages take `?problem=`. Same file either way. */
		ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^problem$/],
		/** Astro's `_astro/` files carry a content hash in their names already. */
		dontCacheBustURLsMatching: /^_astro\//,
		maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE,
		runtimeCaching: [
			{
				// A page that is not precached (an unknown address): try the network, and offline
				// show the friendly 404 page with links to the common problems.
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: '/404.html' } },
			},
		],
	});
	const tooLarge = warnings.filter((w) => /will not be precached|exceeds|maximumFileSizeToCacheInBytes/i.test(w));
	if (tooLarge.length > 0) throw new Error(`Pages would not work offline:\n${tooLarge.join('\n')}`);
	const urls = precacheEntries(readFileSync(join(dir, 'sw.js'), 'utf8')).keys();
	// Level 1 is fast and within a few percent of what a host's gzip sends.
	const gzipSize = [...urls].reduce((sum, url) => sum + gzipSync(readFileSync(join(dir, url)), { level: 1 }).length, 0);
	return { count, size, gzipSize, warnings };
}

export default function serviceWorker(): AstroIntegration {
	return {
		name: 'wallet-help:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const report = await buildServiceWorker(fileURLToPath(dir));
				for (const warning of report.warnings) logger.warn(warning);
				const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
				logger.info(`precache: ${report.count} files, ${kib(report.size)} (${kib(report.gzipSize)} gzip)`);
			},
		},
	};
}
