/**
 * Content-Security-Policy for a static build. Scripts: the site's own files (`'self'`), Pagefind's
 * WebAssembly (`'wasm-unsafe-eval'`), and inline scripts only when their exact body is one the
 * build is known to emit — pinned by hash in an allow-list. Hashing whatever inline script a page
 * happens to contain would bless an injected one too (astro-shield's CVE-2024-29896).
 */
import { createHash } from 'node:crypto';
import type { HtmlAudit } from './html-audit';

/** A CSP source expression for a script body: `'sha256-…'`. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Styles keep `'unsafe-inline'`: Starlight sets `style=""` attributes, which hashes
 * cannot cover. Nothing may load from another origin.
 */
export function contentSecurityPolicy(hashes: Iterable<string>, { header = false } = {}): string {
	const unique = [...new Set(hashes)].sort();
	const directives = [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...unique].join(' '),
		"script-src-attr 'none'",
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

/** What a page may run, or why it may not. */
export interface ScriptVerdict {
	/** Hashes of the page's inline scripts (all allowed when `problems` is empty). */
	hashes: string[];
	/** One line per script the build did not emit: unknown inline script, event handler, `javascript:` URL. */
	problems: string[];
}

/** Judges a page's audit against the allow-list (hash → what the script is). */
export function judgeScripts(audit: HtmlAudit, allowed: ReadonlyMap<string, string>): ScriptVerdict {
	const hashes = audit.inlineScripts.map(scriptHash);
	const problems = [
		...audit.inlineScripts
			.map((body, i) => ({ body, hash: hashes[i] ?? '' }))
			.filter(({ hash }) => !allowed.has(hash))
			.map(({ body, hash }) => `inline <script> the build does not emit (${hash}): ${body.trim().replace(/\s+/g, ' ').slice(0, 80)}`),
		...audit.eventHandlers.map((h) => `inline event handler ${h}`),
		...audit.scriptUrls.map((u) => `javascript: URL in ${u}`),
	];
	return { hashes, problems };
}

/**
 * Puts the page's policy at the top of `<head>`, right after `<meta charset>` (which must stay in
 * the first 1024 bytes); a CSP meta only governs what comes after it, and no script precedes it.
 */
export function withPolicyMeta(html: string, hashes: readonly string[]): string {
	// The policy is fixed directives and base64 hashes: nothing in it needs escaping in a "…" attribute.
	const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
	const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
	if (/<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i.test(cleaned)) {
		return cleaned.replace(/(<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>)/i, `$1${meta}`);
	}
	if (!/<head[^>]*>/i.test(cleaned)) throw new Error('no <head> to put the Content-Security-Policy in');
	return cleaned.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}
