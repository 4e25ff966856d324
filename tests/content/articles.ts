/** Reads the real articles of content/docs for content tests (no build needed). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content/docs');

export interface Article {
	/** Page slug as Starlight derives it: `issues/refund`, `contact` for contact/index.mdx, `` for the home page. */
	slug: string;
	file: string;
	data: Record<string, unknown>;
	body: string;
}


export function loadArticles(): Article[] {
	return readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => join(CONTENT_DIR, f))
		.map((file) => {
		const source = readFileSync(file, 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
		if (!match) throw new Error(`${file}: no frontmatter`);
		const rel = relative(CONTENT_DIR, file).replace(/\.mdx?$/, '');
		const slug = rel === 'index' ? '' : rel.replace(/\/index$/, '');
		return { slug, file: relative(resolve(CONTENT_DIR, '../..'), file), data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
	});
}
