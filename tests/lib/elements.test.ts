import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineElement, isElementName } from '../../src/lib/elements';

describe('the islands’ custom elements', () => {
	it.each([
		['help-checklist', true],
		['help-channel-picker', true],
		['help-2fa-check', true],
		['channel-picker', false],
		['help-', false],
		['help-Big', false],
		['help--x', false],
		['sl-help-x', false],
	])('%s is a name of this site: %s', (name, ok) => {
		expect(isElementName(name)).toBe(ok);
	});

	it('defines an element once, and refuses a name without the prefix', () => {
		const defined = new Map<string, CustomElementConstructor>();
		const registry = { get: (n: string) => defined.get(n), define: (n: string, c: CustomElementConstructor) => void defined.set(n, c) };
		const A = class {} as unknown as CustomElementConstructor;
		const B = class {} as unknown as CustomElementConstructor;
		defineElement('help-a', A, registry);
		defineElement('help-a', B, registry);
		expect(defined.get('help-a')).toBe(A);
		expect(() => defineElement('help-', A, registry)).toThrow(/help-/);
	});

	it('are all named with the prefix in the components', () => {
		const dir = join(import.meta.dirname, '../../src/components');
		const tags = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.astro'))
			.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)].map((m) => m[1] ?? ''))
			// Starlight's own elements, used by the overrides.
			.filter((t) => !t.startsWith('starlight-') && !t.startsWith('sl-'));
		expect(tags.length).toBeGreaterThan(5);
		expect(tags.filter((t) => !isElementName(t))).toEqual([]);
	});
});
