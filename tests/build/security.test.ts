import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../../scripts/lib/paths.ts';
import { ALLOWED_INLINE_SCRIPTS } from '../../src/integrations/security';
import { judgeScripts } from '../../src/lib/security/csp';
import { auditHtml } from '../../src/lib/security/html-audit';
import { headersFile, nginxSnippet } from '../../src/lib/security/headers';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const audits = pages.map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));

describe('the inline-script allow-list (src/integrations/csp-inline-scripts.json)', () => {
	it('covers every inline script of the real build, and nothing runs from attributes or javascript: URLs', () => {
		const problems = audits.flatMap(({ file, html }) => judgeScripts(auditHtml(html), ALLOWED_INLINE_SCRIPTS).problems.map((p) => `${file}: ${p}`));
		expect(problems).toEqual([]);
	});

	it('lists no script the build no longer emits (remove stale entries)', () => {
		const used = new Set(audits.flatMap(({ html }) => judgeScripts(auditHtml(html), ALLOWED_INLINE_SCRIPTS).hashes));
		expect([...ALLOWED_INLINE_SCRIPTS.keys()].filter((hash) => !used.has(hash))).toEqual([]);
	});

	it('describes each entry', () => {
		for (const [hash, what] of ALLOWED_INLINE_SCRIPTS) {
			expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
			expect(what.length, hash).toBeGreaterThan(10);
		}
	});

	it('is what each page’s CSP <meta> allows', () => {
		for (const { file, html } of audits) {
			const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
			expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			for (const hash of policy.match(/'sha256-[^']+'/g) ?? []) expect(ALLOWED_INLINE_SCRIPTS.has(hash), `${file} ${hash}`).toBe(true);
		}
	});
});

describe('deployment headers written by the build', () => {
	const hashes = [...ALLOWED_INLINE_SCRIPTS.keys()];
	it('writes _headers and the nginx snippet from the same rules and hashes', () => {
		expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile(hashes));
		expect(readFileSync(join(ROOT, 'deploy/generated/site.conf'), 'utf8')).toBe(nginxSnippet(hashes));
	});

	it('writes a gzip copy of every page for servers that send precompressed files', () => {
		const html = pages.filter((f) => !f.startsWith('pagefind/'));
		const gz = new Set(readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html.gz')));
		expect(html.filter((f) => !gz.has(`${f}.gz`))).toEqual([]);
	});
});
