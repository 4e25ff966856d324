/**
 * A throw-away copy of this site with other articles, under `.tmp/` inside the repo so that
 * `node_modules` resolves exactly as for the real site. Used by the build-fixture tests and the
 * scale benchmark.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

/** The site minus its articles. */
const SITE_FILES = ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'src', 'public', 'content/i18n', 'content/search', 'content/contacts'];

/** The 问题向导's tree in a copy: none, because the real tree's answers lead to the real articles. */
const NO_GUIDE = '# 这份副本的文章不是真实网站的文章：不生成问题向导。\n[]\n';

/**
 * Replaces `dir` with a copy of the site whose `content/docs` holds exactly `articles` (path → MDX)
 * and whose question guide is off, unless `guideTree` gives the copy a tree of its own. The copy has
 * no labelled reader questions either (content/search/questions/): they name the real articles.
 */
export function copySite(dir: string, articles: Iterable<readonly [string, string]>, guideTree = NO_GUIDE): void {
	rmSync(dir, { recursive: true, force: true });
	for (const item of SITE_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	rmSync(join(dir, 'content/search/questions'), { recursive: true, force: true });
	writeArticles(join(dir, 'content/docs'), articles);
	writeArticles(join(dir, 'content/guide'), [['tree.yaml', guideTree]]);
}

export function writeArticles(docs: string, articles: Iterable<readonly [string, string]>): void {
	for (const [path, text] of articles) {
		const file = join(docs, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
}
