import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/paths.ts';

const problemPages = readdirSync(join(DIST, 'issues'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => `issues/${d.name}/index.html`);
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('what a frightened reader sees in the real build', () => {
	it('has all the problem pages', () => {
		expect(problemPages.length).toBeGreaterThanOrEqual(18);
	});

	it.each(problemPages)('%s shows the one fake-support warning, once, before the contact tools', (file) => {
		const page = html(file);
		expect(page.match(/class="fake-support-warning"/g)).toHaveLength(1);
		expect(page.indexOf('fake-support-warning')).toBeLessThan(page.indexOf('帮我选客服渠道'));
		expect(page).toMatch(/谨防假客服[\s\S]*验证码[\s\S]*官方 APP/);
	});

	it.each(['issues/account-security', 'issues/scam-recovery', 'issues/lost-phone', 'contact/phone'])(
		'%s lists the official hotlines from the data file',
		(slug) => {
			const page = html(`${slug}/index.html`);
			expect(page).toMatch(/class="wallet-hotlines[ "]/);
			expect(page).toContain('href="tel:95188"');
			expect(page).toContain('以官方 APP 内公布为准');
		},
	);

	it('claims no live check of contact facts nobody made', () => {
		const all = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(all.filter((f) => /核对于|已核实/.test(html(f)))).toEqual([]);
	});
});
