/**
 * Builds a throw-away copy of the site with hand-made content, to prove what the real build
 * does with bad input.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copySite } from '../../scripts/lib/site-copy.ts';

export const GOOD_HOME = `---
title: 测试首页
category: home
summary: 这是测试用的首页摘要，只用于构建测试。
keywords: [测试]
reviewed: 2026-11-01
---

正文。
`;

export interface BuildResult {
	status: number | null;
	output: string;
}

/**
 * Builds a site whose `content/docs` holds exactly `files` (path → text), with no 问题向导 unless
 * `guideTree` gives the text of its content/guide/tree.yaml.
 */
export function buildFixture(name: string, files: Record<string, string>, guideTree?: string): BuildResult {
	const dir = join(ROOT, '.tmp', 'fixtures', name);
	copySite(dir, Object.entries(files), guideTree);
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 180_000,
	});
	const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
	rmSync(dir, { recursive: true, force: true });
	return { status: run.status, output };
}

export function page(frontmatter: string, body = '正文。'): string {
	return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}
