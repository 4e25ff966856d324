/**
 * The editor's checks, run over every article before Astro builds anything (and by the content
 * tests): frontmatter against the schema, duplicate slugs, a category that contradicts the folder,
 * `related` slugs and root-relative links or images that lead nowhere. Every problem names the
 * file, the field or line, what is wrong and how to fix it; all of them are reported at once.
 */
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { ATTACHMENT_MAX, SUMMARY_MAX, articleFields, slugSchema } from '../../schemas/article';
import { CATEGORIES, EN_SECTIONS, SECTIONS, type Category } from './categories';
import { EN_PREFIX, localeOfSlug } from '../i18n/locale';
import { DOCS_DIR, pathOfSlug, slugOfFile } from './pages';
import { splitFrontmatter } from './frontmatter';
import { findWrittenNumbers } from '../contacts/phones';
import { PHONES_FILE } from '../../schemas/phones';

export interface ArticleSource {
	/** Path from the project root: `content/docs/issues/refund.mdx`. */
	file: string;
	text: string;
}

export interface ContentProblem {
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter field (`category`, `related[0]`) or `link`/`image` for the body. */
	field: string;
	message: string;
	/** How to fix it, with an example of right. */
	fix: string;
}

export interface CheckContext {
	/** Files in `public/`, as site paths: `/favicon.svg`, `/icons/icon-192.png`. */
	publicFiles: ReadonlySet<string>;
	/** Site paths other build steps create (`/start/`, `/pagefind/`…): a link under one is fine. */
	routePrefixes: readonly string[];
	/** The site's phone numbers, digits only → id in content/contacts/phones.yaml. Default: none known. */
	knownNumbers?: ReadonlyMap<string, string>;
	/** The ids of content/contacts/phones.yaml, for `<Phone id="…" />`. Default: ids are not checked. */
	phoneIds?: ReadonlySet<string>;
}

/** The frontmatter the build reads, checked with the site's own schema (Starlight's fields pass through). */
const frontmatterSchema = articleFields(slugSchema).extend({
	title: z.string({ message: '必须写标题' }).trim().min(1, { message: '标题不能为空' }),
	slug: slugSchema.optional(),
});

/**
 * The category each top-level folder requires, per language (English pages live under `en/`, the
 * prefix stripped first); files at a language's root are its home page and 404 page.
 */
const FOLDER_CATEGORY: ReadonlyMap<string, Category> = new Map(SECTIONS.map((s) => [s.directory, s.category]));
const EN_FOLDER_CATEGORY: ReadonlyMap<string, Category> = new Map(EN_SECTIONS.map((s) => [s.directory, s.category]));

interface Parsed {
	source: ArticleSource;
	doc: Document | undefined;
	data: Record<string, unknown>;
	/** Lines before the body (frontmatter and its fences). */
	bodyStart: number;
	body: string;
	slug: string;
}

/** 1-based line of a top-level frontmatter key (`related`) or of an item in it (`related.1`). */
function lineOf(parsed: Parsed, path: readonly PropertyKey[]): number | undefined {
	const contents = parsed.doc?.contents;
	if (!isMap(contents) || path.length === 0) return undefined;
	const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === path[0]);
	let node: unknown = pair?.value ?? pair?.key;
	if (path.length > 1 && node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
		node = node.items[Number(path[1])] ?? node;
	}
	const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? Number(node.range[0]) : undefined;
	if (offset === undefined) return undefined;
	return 1 + (parsed.source.text.slice(0, offset + 4).match(/\n/g)?.length ?? 0);
}

/** `related[0]`, `synonyms[3].say[2]`: a schema issue's path as an editor reads it. */
export const fieldName = (path: readonly PropertyKey[]) =>
	path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

function parse(source: ArticleSource, problems: ContentProblem[]): Parsed {
	const block = splitFrontmatter(source.text);
	const base = { source, doc: undefined, data: {}, bodyStart: 0, body: source.text, slug: slugOfFile(source.file) };
	if (!block) {
		problems.push({ file: source.file, line: 1, field: 'frontmatter', message: '文件开头没有 frontmatter（--- 之间的标题、分类等）。', fix: '从 `npm run new` 生成的模板开始，或照抄同一文件夹里的另一篇文章开头。' });
		return base;
	}
	const doc = parseDocument(block.yaml, { prettyErrors: false });
	const parsed: Parsed = { ...base, doc, bodyStart: block.bodyStart, body: block.body };
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			problems.push({
				file: source.file,
				line: 1 + (error.linePos?.[0].line ?? 0),
				field: 'frontmatter',
				message: `YAML 写法有误：${error.message.split('\n')[0]}`,
				fix: '检查引号是否成对、冒号后是否有空格、列表是否写成 [甲, 乙]。',
			});
		}
		return parsed;
	}
	const data: unknown = doc.toJS();
	parsed.data = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	if (typeof parsed.data['slug'] === 'string') parsed.slug = parsed.data['slug'];
	return parsed;
}

/** Examples of right, by field, for the schema's messages. */
const EXAMPLES: Readonly<Record<string, string>> = {
	title: 'title: 充值失败',
	category: `category: issue（可选：${CATEGORIES.join('、')}）`,
	summary: 'summary: 充值没成功先看银行是否扣款：没扣就重试，扣了就截图找客服。',
	keywords: 'keywords: [充不进去, 充值不成功, 钱没进余额]',
	related: 'related: [issues/refund, issues/bank-card]',
	lookalikes: 'lookalikes: [issues/account-restricted]',
	reviewed: 'reviewed: 2026-11-23',
	support: 'support: { traits: [transaction], attachments: [退款申请号] }',
	slug: 'slug: issues/lost-card',
};

const KINDS: Readonly<Record<string, string>> = { string: '一段文字', array: '一个列表 [甲, 乙]', object: '一组字段', date: '日期', number: '数字', boolean: 'true 或 false' };

/** Zod's messages in the editors' language; the schema's own Chinese messages pass through. */
function issueMessage(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
	if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
	if (issue.code === 'invalid_type') {
		const expected = KINDS[issue.expected] ?? issue.expected;
		const input = issue.path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
		return input === undefined ? `缺少这个字段（必填，应该是${expected}）。` : `应该是${expected}，这里写的是 ${JSON.stringify(input)}（数字、日期之类要加引号才算文字）。`;
	}
	if (issue.code === 'unrecognized_keys') return `不认识的字段：${issue.keys.join('、')}。`;
	if (issue.code === 'invalid_value' && /expected one of/i.test(issue.message)) return `只能是 ${issue.values.map(String).join('、')} 之一。`;
	return issue.message;
}

/** Root-relative targets in the body: Markdown links and images, and href/src attributes. */
function bodyTargets(body: string): Array<{ target: string; image: boolean; index: number }> {
	// Fenced code shows syntax, it links nowhere: blank it out but keep offsets.
	const text = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
	const found: Array<{ target: string; image: boolean; index: number }> = [];
	for (const m of text.matchAll(/(!?)\[[^\]]*\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)) found.push({ target: m[2] ?? '', image: m[1] === '!', index: m.index });
	for (const m of text.matchAll(/\b(href|src)=["'](\/[^"']*)["']/g)) found.push({ target: m[2] ?? '', image: m[1] === 'src', index: m.index });
	return found.filter((f) => !f.target.startsWith('//'));
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Pages declared as look-alikes (`lookalikes:`): each must exist, be linked from this page's text,
 * and share no keyword with it — a reader on the wrong one of two pages is sent to the other, and
 * search can tell them apart. (A copy of a page keeps its declaration and passes: the check is
 * about the declaring page, so publishing a copy never breaks the page it was copied from.)
 */
function lookalikeProblems(p: Parsed, owners: ReadonlyMap<string, Parsed>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const file = p.source.file;
	const keywords = stringList(p.data['keywords']);
	stringList(p.data['lookalikes']).forEach((slug, index) => {
		const line = lineOf(p, ['lookalikes', index]) ?? 1;
		const field = `lookalikes[${index}]`;
		const other = owners.get(slug);
		if (!other || slug === p.slug) {
			problems.push({ file, line, field, message: `“${slug}” ${slug === p.slug ? '指向了这篇文章自己' : '没有这个地址的页面'}。`, fix: `写另一篇文章的 slug，${EXAMPLES['lookalikes']}` });
			return;
		}
		if (!bodyTargets(p.body).some((t) => t.target.replace(/[?#].*$/, '').replace(/\/$/, '') === pathOfSlug(slug).replace(/\/$/, ''))) {
			problems.push({ file, line, field, message: `正文里没有链到容易混淆的 ${pathOfSlug(slug)}：读者走错页时要能一步找到另一篇。`, fix: `在“症状”或开头的提示里写一句，例如 “……请看[它的标题](${pathOfSlug(slug)})”。` });
		}
		const shared = keywords.filter((k) => stringList(other.data['keywords']).includes(k));
		if (shared.length > 0) {
			problems.push({
				file,
				line: lineOf(p, ['keywords']) ?? line,
				field: 'keywords',
				message: `和容易混淆的 ${other.source.file} 有相同的关键词：${shared.join('、')}。两篇共用一个词，搜索就分不清该去哪一篇。`,
				fix: '把这个词只留在更贴切的那一篇里。',
			});
		}
	});
	return problems;
}

/** The body with import lines blanked (offsets and lines kept): they name files, never show text. */
const withoutImports = (body: string) => body.replace(/^import\s.*$/gm, (line) => ' '.repeat(line.length));

/**
 * Phone numbers written into a body instead of through `<Phone id="…" />`: every number of the
 * phones file and any phone-like run of digits (see findWrittenNumbers).
 */
export function writtenNumberProblems(file: string, body: string, bodyStart: number, known: ReadonlyMap<string, string>): ContentProblem[] {
	return findWrittenNumbers(withoutImports(body), known).map((n) => ({
		file,
		line: bodyStart + n.line,
		field: 'phone',
		message: n.id
			? `正文里直接写了电话号码 “${n.text}”。号码只写在 ${PHONES_FILE} 里，页面通过组件显示，改号码时才不会漏掉某一页。`
			: `正文里有一串像电话号码的数字 “${n.text}”。网站上的号码只写在 ${PHONES_FILE} 里（附来源和整理日期），页面通过组件显示。`,
		fix: n.id
			? `改成 <Phone id="${n.id}" />（文件开头加 import Phone from '@components/Phone.astro';）。`
			: `是电话号码：先把它和公布它的来源加到 ${PHONES_FILE}，再写 <Phone id="新的-id" />。不是电话号码：金额、数量加上单位（200 元），日期写成 2026-11-23。`,
	}));
}

/** `<Phone id="…" />` with an id the phones file does not have. */
export function unknownPhoneIdProblems(file: string, body: string, bodyStart: number, ids: ReadonlySet<string>): ContentProblem[] {
	return [...body.matchAll(/<Phone\b[^>]*?\bid=["']([^"']*)["']/g)]
		.filter((m) => !ids.has(m[1] ?? ''))
		.map((m) => ({
			file,
			line: bodyStart + 1 + (body.slice(0, m.index).match(/\n/g)?.length ?? 0),
			field: 'Phone',
			message: `<Phone id="${m[1] ?? ''}" />：${PHONES_FILE} 里没有这个 id。`,
			fix: `用已有的 id（${[...ids].join('、')}），或先把号码和它的来源加到 ${PHONES_FILE}。`,
		}));
}

/** A link's path without query or fragment, percent-decoded; `undefined` when a `%` escape is malformed. */
export function decodedPath(target: string): string | undefined {
	try {
		return decodeURI(target.replace(/[?#].*$/, ''));
	} catch {
		return undefined;
	}
}

/** Runs every check; returns the problems in file order (empty when all is well). */
export function checkArticles(sources: readonly ArticleSource[], context: CheckContext): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const parsed = [...sources].sort((a, b) => a.file.localeCompare(b.file)).map((s) => parse(s, problems));

	const owners = new Map<string, Parsed>();
	// A file whose own path gives the slug owns it; one that claims it with `slug:` is the newcomer.
	const byOwnership = [...parsed].sort((a, b) => Number(a.slug !== slugOfFile(a.source.file)) - Number(b.slug !== slugOfFile(b.source.file)));
	for (const p of byOwnership) {
		const first = owners.get(p.slug);
		if (first) {
			problems.push({
				file: p.source.file,
				line: lineOf(p, ['slug']) ?? 1,
				field: 'slug',
				message: `地址 ${pathOfSlug(p.slug)} 已经属于 ${first.source.file}：两篇文章不能用同一个 slug，后一篇会悄悄替换前一篇。`,
				fix: `给这篇换一个 slug（或删掉 slug 行，用文件名作地址），例如 ${EXAMPLES['slug']}；已发布的地址不能改，要改就改新文章的。`,
			});
		} else owners.set(p.slug, p);
	}
	const pagePaths = new Set([...owners.keys()].map(pathOfSlug));

	for (const p of parsed) {
		if (!p.doc || p.doc.errors.length > 0) continue;
		const { file } = p.source;
		const result = frontmatterSchema.safeParse(p.data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = fieldName(issue.path) || 'frontmatter';
				const top = String(issue.path[0] ?? '');
				problems.push({ file, line: lineOf(p, issue.path) ?? 1, field, message: issueMessage(issue, p.data), fix: EXAMPLES[top] ? `例如 ${EXAMPLES[top]}` : '对照 README 的 frontmatter 表格修改。' });
			}
		}

		const english = file.startsWith(`${DOCS_DIR}${EN_PREFIX}/`);
		const folders = english ? EN_FOLDER_CATEGORY : FOLDER_CATEGORY;
		const base = english ? `${DOCS_DIR}${EN_PREFIX}/` : DOCS_DIR;
		const folder = file.slice(base.length).split('/');
		const expected = folder.length > 1 ? folders.get(folder[0] ?? '') : 'home';
		const category = p.data['category'];
		if (expected && typeof category === 'string' && category !== expected) {
			problems.push({
				file,
				line: lineOf(p, ['category']) ?? 1,
				field: 'category',
				message: `写的是 “${category}”，但文件在 ${base}${folder.length > 1 ? `${folder[0]}/` : ''} 里，这里的文章都是 “${expected}”。`,
				fix: `改成 category: ${expected}，或者把文件移到它所属分类的文件夹。`,
			});
		}
		if (folder.length > 1 && !folders.has(folder[0] ?? '')) {
			problems.push({
				file,
				line: 1,
				field: 'file',
				message: `${folder[0]}/ 不是网站的栏目文件夹。`,
				fix: `把文件放进 ${[...folders.keys()].map((d) => `${base}${d}/`).join('、')} 之一。`,
			});
		}
		// English pages may be longer in characters; Chinese pages keep the one-line limits.
		const summary = p.data['summary'];
		if (!english && typeof summary === 'string' && summary.trim().length > SUMMARY_MAX) {
			problems.push({ file, line: lineOf(p, ['summary']) ?? 1, field: 'summary', message: `摘要太长：不超过 ${SUMMARY_MAX} 个字，保持一行`, fix: `例如 ${EXAMPLES['summary']}` });
		}
		const support = p.data['support'];
		const attachments = support && typeof support === 'object' && 'attachments' in support && Array.isArray(support.attachments) ? (support.attachments as unknown[]) : [];
		attachments.forEach((item, index) => {
			if (english || typeof item !== 'string' || item.trim().length <= ATTACHMENT_MAX) return;
			problems.push({ file, line: lineOf(p, ['support']) ?? 1, field: `support.attachments[${index}]`, message: `不超过 ${ATTACHMENT_MAX} 个字`, fix: `例如 ${EXAMPLES['support']}` });
		});
		if (p.data['support'] !== undefined && category !== 'issue') {
			problems.push({ file, line: lineOf(p, ['support']) ?? 1, field: 'support', message: 'support 只用于常见问题（issues/）里的文章。', fix: '删掉 support 这一段。' });
		}

		const related = Array.isArray(p.data['related']) ? p.data['related'] : [];
		related.forEach((slug, index) => {
			if (typeof slug !== 'string' || !slugSchema.safeParse(slug).success) return;
			const reason =
				slug === p.slug ? '指向了这篇文章自己'
				: !owners.has(slug) ? '没有这个地址的页面'
				: localeOfSlug(slug) !== localeOfSlug(p.slug) ? (english ? 'is a page in the other language: relate English pages to English pages (en/…)' : '是另一种语言的页面：相关页面要和这篇同一种语言')
				: '';
			if (reason) {
				problems.push({
					file,
					line: lineOf(p, ['related', index]) ?? 1,
					field: `related[${index}]`,
					message: `“${slug}” ${reason}。`,
					fix: `写另一篇文章的 slug（文件路径去掉 ${DOCS_DIR} 和 .mdx），${EXAMPLES['related']}`,
				});
			}
		});

		problems.push(...lookalikeProblems(p, owners));
		problems.push(...writtenNumberProblems(file, p.body, p.bodyStart, context.knownNumbers ?? new Map()));
		if (context.phoneIds) problems.push(...unknownPhoneIdProblems(file, p.body, p.bodyStart, context.phoneIds));

		for (const { target, image, index } of bodyTargets(p.body)) {
			const line = p.bodyStart + 1 + (p.body.slice(0, index).match(/\n/g)?.length ?? 0);
			const path = decodedPath(target);
			if (path === undefined) {
				problems.push({
					file,
					line,
					field: image ? 'image' : 'link',
					message: `地址 ${target} 里的 % 后面不是两位十六进制数字（如 %E9），浏览器打不开这个地址。`,
					fix: '直接写中文或空格以外的字符，不要手写 %；确实要写 % 本身时写成 %25。',
				});
				continue;
			}
			if (!path || context.routePrefixes.some((prefix) => path.startsWith(prefix))) continue;
			const isFile = /\.[a-z0-9]+$/i.test(path);
			const ok = isFile ? context.publicFiles.has(path) : pagePaths.has(path.endsWith('/') ? path : `${path}/`);
			if (ok) continue;
			problems.push(
				isFile
					? {
							file,
							line,
							field: image ? 'image' : 'link',
							message: `${image ? '图片' : '链接的文件'} ${path} 在 public/ 里找不到，网站上会是一个坏${image ? '图' : '链接'}。`,
							fix: `把文件放到 public${path}，或改成已有的文件路径（例如 /icons/icon-192.png）。`,
						}
					: {
							file,
							line,
							field: 'link',
							message: `链接 ${target} 没有对应的页面。`,
							fix: '链到已有页面的地址，斜杠开头和结尾，例如 /issues/refund/（申请退款与退款进度）。',
						},
			);
		}
	}
	return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** One readable block per problem; `stops`: whether they stop the build (else they are to fix before it). */
export function formatProblems(problems: readonly ContentProblem[], stops = true): string {
	const blocks = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}\n  ${p.message}\n  怎么改：${p.fix}`);
	return `文章里有 ${problems.length} 处需要修改，${stops ? '构建已停止' : '发布前要改好'}：\n\n${blocks.join('\n\n')}\n`;
}
