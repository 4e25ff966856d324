import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, judgeScripts, scriptHash, withPolicyMeta } from '../../../src/lib/security/csp';
import { auditHtml } from '../../../src/lib/security/html-audit';
import { readDist, writeDist } from '../../../src/integrations/dist-files';
import { securePages } from '../../../src/integrations/security';

const THEME = 'window.theme = 1;';
const allowed = new Map([[scriptHash(THEME), 'the theme script']]);
const page = (body: string, head = `<script>${THEME}</script>`) =>
	`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>${head}<script type="module" src="/_astro/x.js"></script></head><body>${body}</body></html>`;

describe('auditHtml', () => {
	it('finds inline scripts with their exact bodies, and ignores external and data scripts', () => {
		const html = `<script>a()</script><script type="module" src="/x.js"></script><script type="module">b()</script><script type="application/ld+json">{"a":1}</script><script>\nc()\n</script>`;
		expect(auditHtml(html).inlineScripts).toEqual(['a()', 'b()', '\nc()\n']);
	});

	it.each([
		['an event handler', '<img src=x onerror="window.__pwned=1">', 'eventHandlers', 'img[onerror]'],
		['an upper-case handler', '<A HREF="/" ONCLICK="x()">a</A>', 'eventHandlers', 'a[onclick]'],
		['a javascript: link', '<a href="javascript:alert(1)">a</a>', 'scriptUrls', 'a[href]=javascript:alert(1)'],
		['an entity-encoded javascript: link', '<a href="java&#x09;script&#58;alert(1)">a</a>', 'scriptUrls', 'a[href]=javascript:alert(1)'],
	] as const)('finds %s', (_name, html, key, expected) => {
		expect(auditHtml(html)[key]).toEqual([expected]);
	});

	it('does not mistake text, attributes or comments for scripts', () => {
		const audit = auditHtml(
			'<p title="<script>x()</script>">退款 A&amp;B &lt;script&gt;</p><!-- <script>y()</script> --><textarea><script>z()</script></textarea>',
		);
		expect(audit).toEqual({ inlineScripts: [], eventHandlers: [], scriptUrls: [] });
	});
});

describe('judgeScripts', () => {
	it('accepts a page whose inline scripts are all on the allow-list', () => {
		const verdict = judgeScripts(auditHtml(page('<p>正文</p>')), allowed);
		expect(verdict).toEqual({ hashes: [scriptHash(THEME)], problems: [] });
	});

	it('refuses an injected script even though it is inline like the allowed one', () => {
		const verdict = judgeScripts(auditHtml(page('<h1>退款 A&B <script>window.__pwned=1</script></h1>')), allowed);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatch(/^inline <script> the build does not emit \('sha256-.+'\): window\.__pwned=1$/);
	});

	it('refuses event handlers and javascript: URLs', () => {
		const verdict = judgeScripts(auditHtml(page('<img src=x onerror="1"><a href="javascript:void 0">x</a>')), allowed);
		expect(verdict.problems).toEqual(['inline event handler img[onerror]', 'javascript: URL in a[href]=javascript:void 0']);
	});
});

describe('scriptHash', () => {
	it('is the base64 SHA-256 of the exact body', () => {
		const expected = createHash('sha256').update('\nc()\n').digest('base64');
		expect(scriptHash('\nc()\n')).toBe(`'sha256-${expected}'`);
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy([scriptHash('a()'), scriptHash('a()')]);
	it('never allows inline or third-party scripts, nor inline event handlers', () => {
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toMatch(/https?:|\*/);
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc.match(/sha256-/g)).toHaveLength(1);
		expect(policy).toContain("script-src-attr 'none'");
	});
	it('adds frame-ancestors only in the header version', () => {
		expect(policy).not.toContain('frame-ancestors');
		expect(contentSecurityPolicy([], { header: true })).toContain("frame-ancestors 'none'");
	});
});

describe('withPolicyMeta', () => {
	const html = page('<p>x</p>');
	it('puts the policy right after meta charset, before any script', () => {
		const out = withPolicyMeta(html, [scriptHash(THEME)]);
		expect(out.indexOf('<meta charset="utf-8"/>')).toBeLessThan(out.indexOf('Content-Security-Policy'));
		expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script>'));
		expect(out).toContain(scriptHash(THEME));
	});
	it('replaces an older policy instead of stacking them', () => {
		const once = withPolicyMeta(html, []);
		expect(withPolicyMeta(once, []).match(/Content-Security-Policy/g)).toHaveLength(1);
	});
	it('fails loudly on a document without head', () => {
		expect(() => withPolicyMeta('<p>x</p>', [])).toThrow(/head/);
	});
});

describe('securePages (the build step) on hostile HTML', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const site = (files: Record<string, string>) => {
		dir = mkdtempSync(join(tmpdir(), 'csp-'));
		for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
		return dir;
	};

	it('stamps every page with a policy listing its own allowed scripts', () => {
		site({ 'index.html': page('<p>首页</p>'), 'plain.html': page('<p>无脚本</p>', '') });
		const files = readDist(dir);
		const report = securePages(files, allowed);
		writeDist(dir, files);
		expect(report).toEqual({ pages: 2, hashes: new Set([scriptHash(THEME)]) });
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(scriptHash(THEME));
		expect(readFileSync(join(dir, 'plain.html'), 'utf8')).toMatch(/script-src 'self' 'wasm-unsafe-eval'; /);
	});

	it('fails naming each page and what it holds, and writes nothing', () => {
		site({
			'index.html': page('<p>首页</p>'),
			'refund.html': page('<h1>退款 <script>window.__pwned=1</script></h1>'),
			'summary.html': page('<p><img src=x onerror="window.__pwned=2"></p>'),
		});
		const files = readDist(dir);
		expect(() => securePages(files, allowed)).toThrow(
			/inline <script> the build does not emit .*window\.__pwned=1\n\s+on refund\.html[\s\S]*inline event handler img\[onerror\]\n\s+on summary\.html/,
		);
		expect(files.changed()).toEqual([]);
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('Content-Security-Policy');
	});
});
