import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash, withPolicyMeta } from '../../../src/lib/security/csp';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>a()</script><script type="module" src="/x.js"></script><script type="module">b()</script></head><body><script>
c()
</script></body></html>`;

describe('inlineScripts', () => {
	it('finds inline scripts only, keeping their exact bodies', () => {
		expect(inlineScripts(page)).toEqual(['a()', 'b()', '\nc()\n']);
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
	it('never allows inline or third-party scripts', () => {
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toMatch(/https?:|\*/);
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc.match(/sha256-/g)).toHaveLength(1);
	});
	it('adds frame-ancestors only in the header version', () => {
		expect(policy).not.toContain('frame-ancestors');
		expect(contentSecurityPolicy([], { header: true })).toContain("frame-ancestors 'none'");
	});
});

describe('withPolicyMeta', () => {
	it('puts the policy right after meta charset, with every inline script hash', () => {
		const { html, hashes } = withPolicyMeta(page);
		expect(hashes).toHaveLength(3);
		expect(html.indexOf('<meta charset="utf-8"/>')).toBeLessThan(html.indexOf('Content-Security-Policy'));
		expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
		for (const h of hashes) expect(html).toContain(h);
	});
	it('replaces an older policy instead of stacking them', () => {
		const once = withPolicyMeta(page).html;
		expect(withPolicyMeta(once).html.match(/Content-Security-Policy/g)).toHaveLength(1);
	});
	it('fails loudly on a document without head', () => {
		expect(() => withPolicyMeta('<p>x</p>')).toThrow(/head/);
	});
});

describe('headersFile', () => {
	it('sends the policy and the usual hardening headers to every path', () => {
		const file = headersFile([scriptHash('a()')]);
		expect(file.startsWith('/*\n  Content-Security-Policy: ')).toBe(true);
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain("frame-ancestors 'none'");
	});
});
