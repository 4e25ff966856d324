/**
 * The response headers the site needs, as data, rendered for two kinds of host so they cannot
 * drift: `_headers` (Netlify, Cloudflare Pages and other static hosts) and an nginx snippet
 * (included by deploy/nginx.conf). Both come from `headerRules()`.
 */
import { contentSecurityPolicy } from './csp.ts';

/** Sent with every response. */
export function securityHeaders(scriptHashes: Iterable<string>): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy(scriptHashes, { header: true }),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
		'X-Frame-Options': 'DENY',
	};
}

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface CacheRule {
	/** Reader-facing purpose, written into both outputs as a comment. */
	why: string;
	/** The paths in `_headers` syntax (`*` matches anything). */
	paths: readonly string[];
	/** The same paths as one nginx location. */
	location: string;
	cacheControl: string;
	/** MIME type nginx's mime.types lacks. */
	type?: string;
}

/** Files whose names do not change between deployments must be revalidated; hashed ones never. */
export const CACHE_RULES: readonly CacheRule[] = [
	{
		why: 'Astro’s bundles carry a content hash in their names',
		paths: ['/_astro/*'],
		location: '^~ /_astro/',
		cacheControl: IMMUTABLE,
	},
	{
		why: 'the service worker must be checked on every visit, or updates stall',
		paths: ['/sw.js'],
		location: '= /sw.js',
		cacheControl: NO_CACHE,
	},
	{
		why: 'the web app manifest',
		paths: ['/manifest.webmanifest'],
		location: '= /manifest.webmanifest',
		cacheControl: NO_CACHE,
		type: 'application/manifest+json',
	},
	{
		why: 'the query normaliser’s data, rebuilt with every deployment',
		paths: ['/search/normalize.json'],
		location: '= /search/normalize.json',
		cacheControl: NO_CACHE,
	},
	{
		why: 'Pagefind’s unhashed files: its loader, worker, entry and wasm',
		paths: ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.*'],
		location: '~ ^/pagefind/(?:pagefind\\.js|pagefind-worker\\.js|pagefind-entry\\.json|wasm\\.[a-z0-9-]+\\.pagefind)$',
		cacheControl: NO_CACHE,
	},
];

/** `_headers` path syntax to a test: `*` matches anything, everything else is literal. */
const pathPattern = (path: string): RegExp =>
	new RegExp(
		`^${path
			.split('*')
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
const RULE_PATTERNS = CACHE_RULES.map((rule) => ({ rule, patterns: rule.paths.map(pathPattern) }));

/**
 * The `Cache-Control` a host configured from these rules sends for a path (pages and everything
 * unlisted revalidate), so a local server can behave like the deployment.
 */
export function cacheControlFor(pathname: string): string {
	return RULE_PATTERNS.find(({ patterns }) => patterns.some((p) => p.test(pathname)))?.rule.cacheControl ?? NO_CACHE;
}

/** `_headers`: security headers on every path, then the cache rules. */
export function headersFile(scriptHashes: Iterable<string>): string {
	const lines = ['/*', ...Object.entries(securityHeaders(scriptHashes)).map(([k, v]) => `  ${k}: ${v}`)];
	for (const rule of CACHE_RULES) {
		lines.push(`# ${rule.why}`);
		for (const path of rule.paths) lines.push(path, `  Cache-Control: ${rule.cacheControl}`);
	}
	// HTML keeps the host's default (Netlify and Cloudflare Pages revalidate HTML on every request);
	// `_headers` cannot select "every page" without also selecting the hashed assets above.
	return `${lines.join('\n')}\n`;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * nginx server-level snippet. nginx drops a server's `add_header`s inside any location that adds
 * its own, so every location repeats the whole set; `always` sends them with 404s too.
 */
export function nginxSnippet(scriptHashes: Iterable<string>): string {
	const security = Object.entries(securityHeaders(scriptHashes)).map(([k, v]) => `add_header ${k} ${quote(v)} always;`);
	const block = (head: string, body: readonly string[]) => [`location ${head} {`, ...body.map((l) => `\t${l}`), '}'];
	const out = [
		'# Written by `npm run build` (src/lib/security/headers.ts); included by deploy/nginx.conf. Do not edit.',
		'',
		'# Pages: revalidated on every visit, so nobody is stuck on an old page; unknown paths get the 404 page.',
		...block('/', [...security, `add_header Cache-Control ${quote(NO_CACHE)} always;`, 'try_files $uri $uri/ =404;']),
		...block('= /404.html', [...security, `add_header Cache-Control ${quote(NO_CACHE)} always;`]),
		'# Files for static hosts and for this config: not part of the site.',
		...block('= /_headers', [...security, 'return 404;']),
	];
	for (const rule of CACHE_RULES) {
		out.push(`# ${rule.why}`);
		out.push(
			...block(rule.location, [
				...(rule.type ? [`types { } default_type ${rule.type};`] : []),
				...security,
				`add_header Cache-Control ${quote(rule.cacheControl)} always;`,
				'try_files $uri =404;',
			]),
		);
	}
	return `${out.join('\n')}\n`;
}
