import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../../src/lib/content/links';

describe('isExternalHref', () => {
	it.each([
		['https://www.alipay.com/', true],
		['HTTP://example.org', true],
		['//cdn.example.org/x.js', true],
		['/issues/refund/', false],
		['#症状', false],
		['tel:95188', false],
		['mailto:a@b.c', false],
	])('%s → %s', (href, expected) => {
		expect(isExternalHref(href)).toBe(expected);
	});
});
