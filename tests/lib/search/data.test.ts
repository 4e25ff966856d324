import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../../src/lib/search/data';
import { commonCharacters } from '../../../src/lib/search/format';
import { readingTable } from '../../../src/lib/search/normalize';
import { searchData } from './fixture';

describe('the normaliser’s data', () => {
	it('keeps only the traditional characters whose simplified form the site uses', () => {
		const pairs = searchData.t2s.match(/../gu) ?? [];
		expect(pairs).toContain('綁绑');
		expect(pairs.every((p) => p[0] !== p[1])).toBe(true);
		expect(pairs.length).toBeLessThan(600);
	});

	it('reads the 3,755 common characters from GB 2312 order, and the site’s other readings', () => {
		expect(commonCharacters()).toHaveLength(3755);
		const readings = readingTable(searchData);
		expect(readings.get('顶')).toEqual(['ding']);
		expect(readings.get('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
	});

	it('records how words read when their characters’ first readings would mislead (银行)', () => {
		expect(searchData.readAs['银行卡']).toBe('yin hang ka');
		expect(searchData.words.split(' ')).toContain('银行卡');
	});

	it('joins the single characters the browser’s segmenter splits off (绑|定 → 绑定)', () => {
		expect(segmentWords('绑定银行卡失败')).toEqual(expect.arrayContaining(['绑定', '失败']));
		expect(segmentWords('绑定银行卡失败', false)).not.toContain('绑定');
	});

	it('counts on how many pages each word appears (its document frequency)', () => {
		const words = searchData.words.split(' ');
		const df = (w: string) => searchData.df[words.indexOf(w)];
		expect(searchData.pages).toBe(3);
		expect(df('银行卡')).toBe(2);
		expect(df('验证码')).toBe(1);
		expect(searchData.df.length).toBe(words.length);
	});

	it('keeps the regional wording with simplified keys (the rewrite runs after traditional → simplified)', () => {
		expect(searchData.regional).toEqual({ 唔: '不', 咗: '了', 户口: '账户', 㗎: '' });
	});

	it('stays small for a small site', () => {
		expect(gzipSync(JSON.stringify(searchData)).length).toBeLessThan(12 * 1024);
	});
});
