/**
 * npm run new -- <section>/<name> "<标题>"
 * Writes content/docs/<section>/<name>.mdx with valid frontmatter (today's date as `reviewed`) and
 * the skeleton of its section; refuses to overwrite anything.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { frontmatterData } from '../src/lib/content/frontmatter.ts';
import { slugOfFile } from '../src/lib/content/pages.ts';
import { cli, UsageError } from './lib/cli.ts';
import { ROOT } from './lib/paths.ts';
import { scaffoldArticle } from './lib/scaffold.ts';

const [slug, title] = cli(
	{
		usage: 'npm run new -- <section>/<name> "<标题>"   e.g. npm run new -- issues/lost-card "银行卡丢了怎么办"',
		options: {},
		allowPositionals: true,
	},
	({ positionals }) => {
		if (positionals.length !== 2) throw new UsageError('give the address and the title, nothing else');
		return positionals as [string, string];
	},
);

const docs = join(ROOT, 'content/docs');
const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
const frontmatterOf = (f: string) => frontmatterData(readFileSync(join(docs, f), 'utf8'));
const existing = new Set(files.map((f) => (frontmatterOf(f)['slug'] as string | undefined) ?? slugOfFile(`content/docs/${f}`)));
const section = slug.split('/')[0] ?? '';
const orders = files
	.filter((f) => f.startsWith(`${section}/`))
	.map((f) => Number((frontmatterOf(f)['sidebar'] as { order?: unknown } | undefined)?.order))
	.filter(Number.isFinite);

const result = scaffoldArticle(slug, title, new Date().toISOString().slice(0, 10), existing, orders);
if (!result.ok) {
	console.error(result.error);
	process.exit(1);
}
const target = join(ROOT, result.file);
if (existsSync(target)) {
	console.error(`${result.file} 已经存在，不会覆盖。`);
	process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.text, { flag: 'wx' });
console.log(`已创建 ${result.file}。把所有“待补充”换成内容后运行 npm test；预览：npm run dev。`);
