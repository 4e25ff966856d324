import { describe, expect, it } from 'vitest';
import { formatMB, plainMB, progressText, savedSummary } from '../../../src/lib/offline/format';

describe('formatMB', () => {
	it.each([
		[0, '不到 0.1 MB'],
		[99_999, '不到 0.1 MB'],
		[100_000, '约 0.1 MB'],
		[812_345, '约 0.8 MB'],
		[1_650_000, '约 1.7 MB'],
		[9_940_000, '约 9.9 MB'],
		[80_400_000, '约 80 MB'],
		[-5, '不到 0.1 MB'],
	])('%d bytes → %s', (bytes, text) => {
		expect(formatMB(bytes)).toBe(text);
	});

	it('drops the 约 for amounts already stored', () => {
		expect(plainMB(2_100_000)).toBe('2.1 MB');
	});
});

describe('reader-facing lines', () => {
	it('sums up a finished save', () => {
		expect(savedSummary(36, 2_100_000)).toBe('已保存 36 篇，占用 2.1 MB');
	});
	it('shows progress without going past the total', () => {
		expect(progressText(12, 36)).toBe('正在保存：12 / 36 篇');
		expect(progressText(40, 36)).toBe('正在保存：36 / 36 篇');
	});
});
