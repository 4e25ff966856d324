import { describe, expect, it } from 'vitest';
import { inspectTreeFile } from '../../../src/lib/guide/file';

describe('the first look at the tree file', () => {
	it('counts the questions of a good file', () => {
		expect(inspectTreeFile('- id: start\n  question: 什么？\n- id: money\n  question: 钱？\n')).toEqual({ kind: 'questions', count: 2 });
	});

	it.each([
		['an empty file', ''],
		['an empty list', '[]\n'],
		['only comments', '# 暂时没有问题\n'],
	])('treats %s as no guide', (_name, text) => {
		expect(inspectTreeFile(text)).toEqual({ kind: 'empty' });
	});

	it.each([
		['a YAML syntax error, with its line', '- id: start\n  answers: [\n', /^YAML 写错了：.*line 3/],
		['a mapping instead of a list', 'start:\n  question: 什么？\n', /^最外层必须是问题的列表/],
		['an id used twice', '- id: start\n- id: money\n- id: money\n', /^问题 id “money” 用了不止一次/],
	])('stops on %s', (_name, text, message) => {
		const state = inspectTreeFile(text);
		expect(state.kind).toBe('broken');
		expect(state.kind === 'broken' ? state.message : '').toMatch(message);
	});
});
