/**
 * A throw-away copy of this site with other articles, under `.tmp/` inside the repo so that
 * `node_modules` resolves exactly as for the real site. Used by the build-fixture tests and the
 * scale benchmark.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

/** The site minus its articles. */
const SITE_FILES = ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'src', 'public', 'content/i18n'];

/** Replaces `dir` with a copy of the site whose `content/docs` holds exactly `articles` (path → MDX). */
export function copySite(dir: string, articles: Iterable<readonly [string, string]>): void {
	rmSync(dir, { recursive: true, force: true });
	for (const item of SITE_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	writeArticles(join(dir, 'content/docs'), articles);
}

export function writeArticles(docs: string, articles: Iterable<readonly [string, string]>): void {
	for (const [path, text] of articles) {
		const file = join(docs, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
}
