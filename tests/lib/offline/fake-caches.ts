/**
 * A Map-backed Cache Storage with the parts the offline code uses (open, has, delete, keys;
 * match with `ignoreSearch`, put, delete, keys), and a fetch over a table of files.
 */
export const ORIGIN = 'https://help.example';

class FakeCache {
	readonly entries = new Map<string, { body: ArrayBuffer; status: number; headers: [string, string][] }>();

	async match(request: RequestInfo | URL, options: { ignoreSearch?: boolean } = {}): Promise<Response | undefined> {
		const url = new URL(request instanceof Request ? request.url : String(request), ORIGIN);
		for (const [key, entry] of this.entries) {
			const k = new URL(key);
			const same = options.ignoreSearch ? k.origin + k.pathname === url.origin + url.pathname : k.href === url.href;
			if (same) return new Response(entry.body.slice(0), { status: entry.status, headers: entry.headers });
		}
		return undefined;
	}

	async put(request: RequestInfo | URL, response: Response): Promise<void> {
		const url = new URL(request instanceof Request ? request.url : String(request), ORIGIN).href;
		this.entries.set(url, { body: await response.arrayBuffer(), status: response.status, headers: [...response.headers] });
	}

	async delete(request: RequestInfo | URL): Promise<boolean> {
		return this.entries.delete(new URL(request instanceof Request ? request.url : String(request), ORIGIN).href);
	}

	async keys(): Promise<Request[]> {
		return [...this.entries.keys()].map((url) => new Request(url));
	}
}

export class FakeCacheStorage {
	readonly caches = new Map<string, FakeCache>();

	async open(name: string): Promise<FakeCache> {
		let cache = this.caches.get(name);
		if (!cache) {
			cache = new FakeCache();
			this.caches.set(name, cache);
		}
		return cache;
	}

	async has(name: string): Promise<boolean> {
		return this.caches.has(name);
	}

	async delete(name: string): Promise<boolean> {
		return this.caches.delete(name);
	}

	async keys(): Promise<string[]> {
		return [...this.caches.keys()];
	}

	/** Paths stored in one cache (test helper). */
	paths(name: string): string[] {
		return [...(this.caches.get(name)?.entries.keys() ?? [])].map((u) => new URL(u).pathname).sort();
	}

	asCacheStorage(): CacheStorage {
		return this as unknown as CacheStorage;
	}
}

export interface FakeSite {
	/** Path → body (string) or status code. */
	files: Record<string, string | number>;
	/** Paths requested, in order. */
	requested: string[];
	/** When true, every request fails like a dead network. */
	offline: boolean;
	fetch: (input: string, init?: RequestInit) => Promise<Response>;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css',
	js: 'text/javascript',
	json: 'application/json',
	png: 'image/png',
	svg: 'image/svg+xml',
	woff2: 'font/woff2',
};

export function fakeSite(files: Record<string, string | number>): FakeSite {
	const site: FakeSite = {
		files,
		requested: [],
		offline: false,
		fetch: async (input, init) => {
			if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
			const path = new URL(input, ORIGIN).pathname;
			site.requested.push(path);
			if (site.offline) throw new TypeError('Failed to fetch');
			const file = site.files[path];
			if (file === undefined) return new Response('not found', { status: 404, headers: { 'content-type': TYPES['html'] ?? '' } });
			if (typeof file === 'number') return new Response('', { status: file });
			const ext = path.endsWith('/') ? 'html' : (path.split('.').pop() ?? '');
			return new Response(file, { status: 200, headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
		},
	};
	return site;
}

/** A page as Astro builds it: a title, a stylesheet and a module script. */
export function htmlPage(title: string, assets: { css?: string; js?: string } = {}): string {
	const css = assets.css ? `<link rel="stylesheet" href="${assets.css}">` : '';
	const js = assets.js ? `<script type="module" src="${assets.js}"></script>` : '';
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title} | 钱包帮助中心</title>${css}${js}</head><body><h1>${title}</h1></body></html>`;
}
