/**
 * Content-Security-Policy for a static build. Starlight and Astro inline a few small scripts
 * (theme, sidebar state, tiny islands); instead of allowing every inline script, each page gets a
 * policy listing the SHA-256 of exactly the inline scripts it contains.
 */
import { createHash } from 'node:crypto';

/** The bodies of inline `<script>` elements (those without `src`), in document order. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)]
		.map((m) => m[1] ?? '')
		.filter((body) => body.trim() !== '');
}

/** A CSP source expression for a script body: `'sha256-…'`. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Scripts: own origin plus the listed hashes, and `'wasm-unsafe-eval'` because
 * Pagefind's search runs as WebAssembly. Styles keep `'unsafe-inline'`: Starlight sets `style=""`
 * attributes, which hashes cannot cover. Nothing may load from another origin.
 */
export function contentSecurityPolicy(hashes: Iterable<string>, { header = false } = {}): string {
	const unique = [...new Set(hashes)].sort();
	const directives = [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...unique].join(' '),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Only effective as an HTTP header, so left out of the <meta> version.
		...(header ? ["frame-ancestors 'none'"] : []),
	];
	return directives.join('; ');
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Puts the page's policy at the top of `<head>`, right after `<meta charset>` (which must stay in
 * the first 1024 bytes); a CSP meta only governs what comes after it, and no script precedes it.
 */
export function withPolicyMeta(html: string): { html: string; hashes: string[] } {
	const hashes = inlineScripts(html).map(scriptHash);
	const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(hashes))}">`;
	const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
	if (/<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i.test(cleaned)) {
		return { html: cleaned.replace(/(<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>)/i, `$1${meta}`), hashes };
	}
	if (!/<head[^>]*>/i.test(cleaned)) throw new Error('no <head> to put the Content-Security-Policy in');
	return { html: cleaned.replace(/<head([^>]*)>/i, `<head$1>${meta}`), hashes };
}

/** Security headers for static hosts (Netlify / Cloudflare Pages `_headers` format). */
export function headersFile(hashes: Iterable<string>): string {
	return [
		'/*',
		`  Content-Security-Policy: ${contentSecurityPolicy(hashes, { header: true })}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()',
		'  X-Frame-Options: DENY',
		'/sw.js',
		'  Cache-Control: no-cache',
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}
