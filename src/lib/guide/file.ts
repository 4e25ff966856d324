/**
 * A first look at the tree file's text, before Astro's `file()` loader reads it: that loader only
 * logs a YAML syntax error and goes on with an empty collection, and it keeps just the last of two
 * questions with the same id. Both would quietly change the guide, so the build stops here instead.
 */
import { parseDocument } from 'yaml';

export type TreeFileState = { kind: 'questions'; count: number } | { kind: 'empty' } | { kind: 'broken'; message: string };

export function inspectTreeFile(text: string): TreeFileState {
	const doc = parseDocument(text);
	const [error] = doc.errors;
	if (error) return { kind: 'broken', message: `YAML 写错了：${error.message.split('\n')[0] ?? ''}` };
	const data: unknown = doc.toJS();
	if (data === null || (Array.isArray(data) && data.length === 0)) return { kind: 'empty' };
	if (!Array.isArray(data)) return { kind: 'broken', message: '最外层必须是问题的列表（每个问题以 “- id:” 开头）。' };
	const counts = new Map<string, number>();
	for (const item of data as unknown[]) {
		const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : '';
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const twice = [...counts].filter(([id, n]) => id && n > 1).map(([id]) => `“${id}”`);
	if (twice.length > 0) return { kind: 'broken', message: `问题 id ${twice.join('、')} 用了不止一次：每个问题的 id 必须不同。` };
	return { kind: 'questions', count: data.length };
}
