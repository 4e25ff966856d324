/**
 * A saved page's record: what is written into the headers of its cached response, and read back
 * (from untrusted storage) to list saved pages, refresh them and keep their assets.
 */
import { CACHES, SAVED_HEADERS, SITE_TITLE } from './names';

export interface SavedPage {
	path: string;
	/** The page's title as the reader knows it (from `<title>`, without the site name). */
	title: string;
	hash: string;
	bytes: number;
	/** `/_astro/` files the page needs. */
	assets: string[];
	savedAt: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references HTML text may contain (`&amp;`, `&#39;`, `&#x4e2d;`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

/** The page title from its HTML: `<title>申请退款与退款进度 | 钱包帮助中心</title>` → `申请退款与退款进度`. */
export function pageTitle(html: string): string {
	const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
	const title = decodeEntities(raw).replace(/\s+/g, ' ').trim();
	const suffix = ` | ${SITE_TITLE}`;
	return title.endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length) : title;
}

/** The headers recorded with a saved page (all ASCII). */
export function savedPageHeaders(page: Omit<SavedPage, 'path'>): Record<string, string> {
	return {
		[SAVED_HEADERS.title]: encodeURIComponent(page.title.slice(0, 200)),
		[SAVED_HEADERS.hash]: page.hash,
		[SAVED_HEADERS.bytes]: String(page.bytes),
		[SAVED_HEADERS.assets]: page.assets.join(' '),
		[SAVED_HEADERS.savedAt]: String(page.savedAt),
	};
}

/** Reads a saved page's record back; `undefined` for anything that was not written by us. */
export function readSavedPage(path: string, headers: Pick<Headers, 'get'>): SavedPage | undefined {
	const hash = headers.get(SAVED_HEADERS.hash) ?? '';
	// A site path only: `//host/` would be another site once used as a link.
	if (!/^[0-9a-f]{16}$/.test(hash) || !path.startsWith('/') || path.startsWith('//')) return undefined;
	let title: string;
	try {
		title = decodeURIComponent(headers.get(SAVED_HEADERS.title) ?? '');
	} catch {
		title = '';
	}
	const bytes = Number(headers.get(SAVED_HEADERS.bytes));
	const savedAt = Number(headers.get(SAVED_HEADERS.savedAt));
	const assets = (headers.get(SAVED_HEADERS.assets) ?? '').split(' ').filter((a) => /^\/_astro\/[\w.~-]+$/.test(a));
	return {
		path,
		title: title || path,
		hash,
		bytes: Number.isFinite(bytes) && bytes >= 0 ? bytes : 0,
		assets,
		savedAt: Number.isFinite(savedAt) ? savedAt : 0,
	};
}

/** How many pages are saved (as read or by “保存整个帮助中心”). */
export async function savedCount(caches: CacheStorage): Promise<number> {
	if (!(await caches.has(CACHES.pages))) return 0;
	return (await (await caches.open(CACHES.pages)).keys()).length;
}

/** Every saved page's record (pages saved as read and by “保存整个帮助中心”). */
export async function listSaved(deps: { caches: CacheStorage }): Promise<SavedPage[]> {
	if (!(await deps.caches.has(CACHES.pages))) return [];
	const cache = await deps.caches.open(CACHES.pages);
	const pages: SavedPage[] = [];
	for (const request of await cache.keys()) {
		const response = await cache.match(request);
		const page = response && readSavedPage(new URL(request.url).pathname, response.headers);
		if (page) pages.push(page);
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}
