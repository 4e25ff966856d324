/**
 * Builds throw-away copies of the site with hand-made content, to prove what the real build does
 * with bad, hostile or new input. The shared "site plus extras" build is made once per run by
 * tests/build/global-setup.ts; each failing fixture is small and stops early.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
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
	/** The fixture's folder (kept only with `keep`). */
	dir: string;
}

/**
 * Builds a site whose `content/docs` holds exactly `files` (path → text), with no 问题向导 unless
 * `guideTree` gives the text of its content/guide/tree.yaml; `keep` keeps the folder for the tests.
 */
export function buildFixture(
	name: string,
	files: Record<string, string>,
	{ keep = false, guideTree }: { keep?: boolean; guideTree?: string } = {},
): BuildResult {
	const dir = join(ROOT, '.tmp', 'fixtures', name);
	copySite(dir, Object.entries(files), guideTree);
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
		cwd: dir,
		encoding: 'utf8',
		// Hand-made articles need not follow the house rules (skeleton, keywords…): those warn here.
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', WALLET_HELP_EDITORIAL: 'warn', WALLET_HELP_LINKS: 'articles' },
		timeout: 180_000,
	});
	const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
	if (!keep) rmSync(dir, { recursive: true, force: true });
	return { status: run.status, output, dir };
}

export function page(frontmatter: string, body = '正文。'): string {
	return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

/** Every real article, path → text. */
export function realArticles(): Record<string, string> {
	const docs = join(ROOT, 'content/docs');
	return Object.fromEntries(
		readdirSync(docs, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.mdx?$/.test(f))
			.map((f) => [f, readFileSync(join(docs, f), 'utf8')]),
	);
}

/** Payloads a careless or hostile editor might put into frontmatter. */
export const HOSTILE_TITLE = '退款 A&B <script>window.__pwned=1</script>';
export const HOSTILE_SUMMARY = '<img src=x onerror="window.__pwned=2">先看退款规则再提交申请';

/** An article whose LinkCard and Card carry hostile text (Starlight renders those props as HTML). */
export const HOSTILE_CARDS = { file: 'guide/hostile-cards.mdx', path: '/guide/hostile-cards/' };

/** The new problem added as "a copy of an existing one with a new title and nothing else". */
export const NEW_PROBLEM = { file: 'issues/copied-problem.mdx', id: 'copied-problem', title: '测试：复制出来的新问题' };

const setField = (text: string, field: string, value: string) => text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${JSON.stringify(value)}`);

/**
 * The real site plus: hostile titles and summaries on a problem, a section index, a wallet page and
 * the home page's hero, and one new problem article.
 */
export function siteWithExtras(): Record<string, string> {
	const files = realArticles();
	for (const file of ['issues/refund.mdx', 'guide/index.mdx', 'wallets/alipay.mdx']) {
		files[file] = setField(setField(files[file] ?? '', 'title', HOSTILE_TITLE), 'summary', HOSTILE_SUMMARY);
	}
	files['index.mdx'] = (files['index.mdx'] ?? '')
		.replace(/^ {2}title: .*$/m, `  title: ${JSON.stringify(HOSTILE_TITLE)}`)
		.replace(/^ {2}tagline: .*$/m, `  tagline: ${JSON.stringify(HOSTILE_SUMMARY)}`);
	files[NEW_PROBLEM.file] = setField(files['issues/payment-failed.mdx'] ?? '', 'title', NEW_PROBLEM.title);
	files[HOSTILE_CARDS.file] = [
		'---',
		'title: 卡片测试',
		'category: guide',
		'summary: 这一页只用于构建测试，卡片的标题和说明来自编辑。',
		'keywords: [卡片, 测试, 标题, 说明, 链接]',
		'reviewed: 2026-11-01',
		'---',
		'',
		"import { Card, LinkCard } from '@astrojs/starlight/components';",
		'',
		`<LinkCard title={${JSON.stringify(HOSTILE_TITLE)}} description={${JSON.stringify(HOSTILE_SUMMARY)}} href="/issues/refund/" />`,
		'',
		`<Card title={${JSON.stringify(HOSTILE_TITLE)}}>正文。</Card>`,
		'',
	].join('\n');
	return files;
}
