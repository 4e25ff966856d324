import { describe, expect, it } from 'vitest';
import { isRecord, parseJsonAs, textsFrom } from '../../src/lib/storage';

describe('parseJsonAs (a page’s JSON for its island, as untrusted input)', () => {
	it.each([
		['{"a":1}', { a: 1 }],
		['[1]', 'fallback'],
		['{broken', 'fallback'],
		['', 'fallback'],
		[undefined, 'fallback'],
	] as const)('%s → %j', (json, expected) => {
		const result = parseJsonAs<Record<string, unknown> | 'fallback'>(json, isRecord, 'fallback');
		expect(result).toEqual(expected);
	});
});

describe('textsFrom (an island’s texts, each falling back on its own)', () => {
	const defaults = { copied: '已复制', cleared: '已清空' };
	it.each([
		['{"copied":"Copied","cleared":"Cleared"}', { copied: 'Copied', cleared: 'Cleared' }],
		['{"copied":"Copied","cleared":3,"extra":"x"}', { copied: 'Copied', cleared: '已清空' }],
		['["Copied"]', defaults],
		['not json', defaults],
		[undefined, defaults],
	] as const)('%s → %j', (json, expected) => {
		expect(textsFrom(json, defaults)).toEqual(expected);
	});
});
