import { describe, expect, it } from 'vitest';
import { CACHE_RULES, IMMUTABLE, NO_CACHE, cacheControlFor, headersFile, nginxSnippet, securityHeaders } from '../../../src/lib/security/headers';

const hashes = ["'sha256-abc='"];

describe('headersFile (_headers for static hosts)', () => {
	const file = headersFile(hashes);
	it('sends the policy and the hardening headers to every path', () => {
		expect(file.startsWith('/*\n  Content-Security-Policy: ')).toBe(true);
		for (const [name, value] of Object.entries(securityHeaders(hashes))) expect(file).toContain(`  ${name}: ${value}\n`);
		expect(file).toContain("frame-ancestors 'none'");
		expect(file).toContain("'sha256-abc='");
	});
	it('caches hashed bundles forever and revalidates the unhashed files', () => {
		expect(file).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE}`);
		for (const path of [
			'/sw.js',
			'/manifest.webmanifest',
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-worker.js',
			'/pagefind/pagefind-entry.json',
			'/pagefind/wasm.*',
		]) {
			expect(file).toContain(`${path}\n  Cache-Control: ${NO_CACHE}`);
		}
	});
});

describe('cacheControlFor (what a host configured from the rules sends)', () => {
	it('caches hashed bundles forever, revalidates the unhashed files, pages and anything unlisted', () => {
		expect(cacheControlFor('/_astro/page.cNngjUgL.js')).toBe(IMMUTABLE);
		for (const path of ['/', '/issues/refund/', '/sw.js', '/pagefind/wasm.zh-cn.pagefind', '/pagefind/pagefind.js', '/pagefind/fragment/zh_1.pf_fragment'])
			expect(cacheControlFor(path), path).toBe(NO_CACHE);
	});
	it('reads `*` as a wildcard and every other character literally', () => {
		expect(cacheControlFor('/pagefind/wasmXzh')).toBe(NO_CACHE);
		expect(cacheControlFor('/x/_astro/a.js')).toBe(NO_CACHE);
		expect(cacheControlFor('/_astroX/a.js')).toBe(NO_CACHE);
	});
});

describe('nginxSnippet', () => {
	const conf = nginxSnippet(hashes);
	const locations = [...conf.matchAll(/^location ([^{]+) \{\n([\s\S]*?)^\}/gm)].map((m) => ({ head: (m[1] ?? '').trim(), body: m[2] ?? '' }));

	it('repeats every security header in every location (nginx does not inherit add_header)', () => {
		expect(locations.length).toBe(CACHE_RULES.length + 3);
		for (const { head, body } of locations) {
			for (const name of Object.keys(securityHeaders(hashes))) expect(body, head).toMatch(new RegExp(`add_header ${name} ".+" always;`));
		}
	});

	it('has the same cache rules as _headers, from the same list', () => {
		for (const rule of CACHE_RULES) {
			const location = locations.find((l) => l.head === rule.location);
			expect(location?.body).toContain(`add_header Cache-Control "${rule.cacheControl}" always;`);
		}
	});

	it('revalidates pages, falls back to the 404 page and hides the static-host file', () => {
		const root = locations.find((l) => l.head === '/');
		expect(root?.body).toContain(`add_header Cache-Control "${NO_CACHE}" always;`);
		expect(root?.body).toContain('try_files $uri $uri/ =404;');
		expect(locations.find((l) => l.head === '= /_headers')?.body).toContain('return 404;');
	});

	it('matches Pagefind’s unhashed files with its regular expression', () => {
		const rule = CACHE_RULES.find((r) => r.paths.includes('/pagefind/pagefind.js'));
		const pattern = new RegExp((rule?.location ?? '').replace(/^~ /, ''));
		for (const path of [
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-worker.js',
			'/pagefind/pagefind-entry.json',
			'/pagefind/wasm.unknown.pagefind',
			'/pagefind/wasm.zh-cn.pagefind',
		]) {
			expect(pattern.test(path), path).toBe(true);
		}
		for (const path of ['/pagefind/index/zh-cn_1a2b.pf_index', '/pagefind/pagefind.zh-cn_3c4d.pf_meta']) expect(pattern.test(path), path).toBe(false);
	});
});
