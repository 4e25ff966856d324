/**
 * The offline manifest, written by the build as `/offline-manifest.json` and read by
 * “保存整个帮助中心” and by the service worker when it refreshes saved pages:
 *
 * `{ "v": 1, "build": "<id>", "pages": [{ "path": "/issues/refund/", "bytes": 51234, "gzip": 11876, "hash": "<16 hex>" }, …],
 *    "search": [{ "path": "/pagefind/…", "bytes": …, "gzip": … }, …],
 *    "total": { "pages": 36, "bytes": …, "gzip": … }, "shell": { "bytes": …, "gzip": … } }`
 *
 * `pages` lists every page except those the first visit already stores (home, offline page) and the
 * 404 page; `search` the search-index files the first visit does not store (empty while the index
 * is small enough to precache); `total` sums both, i.e. what saving everything downloads.
 */
// With its extension: Node runs this module directly in scripts/bench/offline.ts.
import { isRecord } from '../storage.ts';

export const MANIFEST_VERSION = 1;

export interface ManifestFile {
	path: string;
	/** Bytes as stored. */
	bytes: number;
	/** Bytes over the wire from a host that compresses with gzip. */
	gzip: number;
}

export interface ManifestPage extends ManifestFile {
	/** First 16 hex digits of the SHA-256 of the page's bytes (see `contentHash`). */
	hash: string;
}

export interface Size {
	bytes: number;
	gzip: number;
}

export interface OfflineManifest {
	v: typeof MANIFEST_VERSION;
	/** Identifies the deployment (also built into `sw.js`). */
	build: string;
	pages: ManifestPage[];
	search: ManifestFile[];
	total: Size & { pages: number };
	/** What the first visit stores (the service worker's precache). */
	shell: Size;
}

/** Sums a list of files. */
export function sizeOf(files: readonly ManifestFile[]): Size {
	return files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
}

/** Assembles the manifest; pages and search files sorted by path. */
export function buildManifest(build: string, pages: readonly ManifestPage[], search: readonly ManifestFile[], shell: Size): OfflineManifest {
	const byPath = <T extends ManifestFile>(a: T, b: T) => a.path.localeCompare(b.path);
	const sortedPages = [...pages].sort(byPath);
	const sortedSearch = [...search].sort(byPath);
	const all = sizeOf([...sortedPages, ...sortedSearch]);
	return { v: MANIFEST_VERSION, build, pages: sortedPages, search: sortedSearch, total: { pages: sortedPages.length, ...all }, shell };
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isSitePath = (x: unknown): x is string => typeof x === 'string' && x.startsWith('/') && !x.startsWith('//');

function parseFile(x: unknown): ManifestFile | undefined {
	if (!isRecord(x) || !isSitePath(x['path']) || !isCount(x['bytes']) || !isCount(x['gzip'])) return undefined;
	return { path: x['path'], bytes: x['bytes'], gzip: x['gzip'] };
}

function parseSize(x: unknown): Size | undefined {
	return isRecord(x) && isCount(x['bytes']) && isCount(x['gzip']) ? { bytes: x['bytes'], gzip: x['gzip'] } : undefined;
}

/**
 * Parses a fetched manifest from `unknown`: anything of another version or shape is `undefined`;
 * single malformed entries are dropped. Paths must stay on this site (`/…`, not `//host/…`).
 */
export function parseManifest(data: unknown): OfflineManifest | undefined {
	if (!isRecord(data) || data['v'] !== MANIFEST_VERSION || typeof data['build'] !== 'string') return undefined;
	if (!Array.isArray(data['pages']) || !Array.isArray(data['search'])) return undefined;
	const shell = parseSize(data['shell']);
	if (!shell) return undefined;
	const pages: ManifestPage[] = [];
	for (const p of data['pages'] as unknown[]) {
		const file = parseFile(p);
		const hash = isRecord(p) ? p['hash'] : undefined;
		if (file && typeof hash === 'string' && /^[0-9a-f]{16}$/.test(hash)) pages.push({ ...file, hash });
	}
	const search = (data['search'] as unknown[]).map(parseFile).filter((f): f is ManifestFile => f !== undefined);
	return buildManifest(data['build'], pages, search, shell);
}

/** Hex digits of a SHA-256 digest kept as a page's content hash. */
export function hashHex(digest: ArrayBuffer | Uint8Array): string {
	return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The content hash of a page's bytes, as in the manifest (Web Crypto in browsers and in Node). */
export async function contentHash(subtle: SubtleCrypto, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
	return hashHex(await subtle.digest('SHA-256', bytes));
}
