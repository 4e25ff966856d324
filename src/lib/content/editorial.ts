/**
 * The house rules for articles, checked before the build with the rest of the content check
 * (src/integrations/content-check.ts): an error in `npm run build`, a warning in `npm run dev`
 * so a draft still previews. Each problem names the file, the line and how to fix it.
 *
 * - `summary`, not `description`; no 待补充 placeholder left from `npm run new`;
 * - at least five reader keywords on every article in a section;
 * - problem articles (issues/) follow the skeleton: the six sections in order, a checklist of at
 *   least four steps, the contact block linking a channel and a guide page, a prevention tip,
 *   the related pages, and symptoms worth reading;
 * - a link to a page is named by that page's title;
 * - a prevention tip's 能预防的问题 is the generated `<PreventsProblems />`, and some problem names it;
 * - no orphan: every page is in a section folder or linked from another page;
 * - full-width punctuation in Chinese prose (`npm run fix:punctuation` fixes it).
 */
import { parse } from 'yaml';
import type { ArticleSource, ContentProblem } from './check';
import { EN_SECTIONS, SECTIONS } from './categories';
import { splitFrontmatter } from './frontmatter';
import { isSectionIndex, pathOfSlug, slugOfFile } from './pages';
import { baseSlug, localeOfSlug } from '../i18n/locale';
import { PLACEHOLDER } from './placeholder';
import { punctuationProblems } from './punctuation';

/** The H2 sections of a problem article, in order. */
export const PROBLEM_SKELETON = ['症状', '可能原因', '自查步骤', '仍未解决？联系客服', '预防', '相关问题'] as const;
/** The same skeleton on the English edition's problem pages (en/issues/…). */
export const EN_PROBLEM_SKELETON = ['What you see', 'Why it happens', 'Check these first', 'Still stuck? Contact support', 'Prevention', 'Related problems'] as const;

/** The fewest keywords an article in a section has. */
export const MIN_KEYWORDS = 5;
/** The fewest self-check steps a problem article gives. */
export const MIN_STEPS = 4;
/** The fewest characters of the 症状 section. */
export const MIN_SYMPTOMS = 40;

interface Article {
	file: string;
	/** `issues/refund`; `index` for the home page. */
	slug: string;
	data: Record<string, unknown>;
	text: string;
	body: string;
	bodyStart: number;
}

/** H2 headings of a body, in order. */
export function h2s(body: string): string[] {
	return [...body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** The text of one H2 section (up to the next H2); '' when there is none. */
export function section(body: string, heading: string): string {
	const start = body.indexOf(`\n## ${heading}\n`);
	if (start === -1) return '';
	const rest = body.slice(start + heading.length + 5);
	const next = rest.search(/^## /m);
	return next === -1 ? rest : rest.slice(0, next);
}

/** Page slugs a body links to (`/issues/refund/#x` → `issues/refund`, `/` → `index`), from Markdown links, `href`s and `link:` props. */
export function internalLinks(body: string): string[] {
	return [...body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href="(\/[^"#?]*)[^"]*"|link: (\/\S*)/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/^\/|\/$/g, '') || 'index');
}

/** 1-based line in the file of an offset in the body. */
const lineAt = (a: Article, offset: number) => a.bodyStart + 1 + (a.body.slice(0, Math.max(offset, 0)).match(/\n/g)?.length ?? 0);
/** 1-based line of a frontmatter key, or 1. */
const keyLine = (a: Article, key: string) => {
	const index = a.text.search(new RegExp(`^${key}:`, 'm'));
	return index < 0 ? 1 : 1 + (a.text.slice(0, index).match(/\n/g)?.length ?? 0);
};
/** 1-based line of a heading, or of the body's start. */
const headingLine = (a: Article, heading: string) => lineAt(a, a.body.indexOf(`## ${heading}\n`));

function read(source: ArticleSource): Article | undefined {
	const block = splitFrontmatter(source.text);
	if (!block) return undefined;
	const data = frontmatterOf(block.yaml);
	if (!data) return undefined;
	const slug = typeof data['slug'] === 'string' ? data['slug'] : slugOfFile(source.file);
	return { file: source.file, slug, data, text: source.text, body: block.body, bodyStart: block.bodyStart };
}

function frontmatterOf(yaml: string): Record<string, unknown> | undefined {
	try {
		const data: unknown = parse(yaml);
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
	} catch {
		// Broken YAML: the schema check reports it.
		return undefined;
	}
}

const SECTION_FOLDERS: ReadonlySet<string> = new Set(SECTIONS.map((s) => s.directory));
const EN_SECTION_FOLDERS: ReadonlySet<string> = new Set(EN_SECTIONS.map((s) => s.directory));

/** Every house-rule problem of the articles, in file order. */
export function editorialProblems(sources: readonly ArticleSource[]): ContentProblem[] {
	const articles = sources.map(read).filter((a): a is Article => a !== undefined);
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const linksOf = (a: Article) => new Set([...internalLinks(a.body), ...(Array.isArray(a.data['related']) ? a.data['related'].map(String) : [])]);
	const links = new Map(articles.map((a) => [a.slug, linksOf(a)]));
	const preventedTips = new Set(
		articles
			.filter((a) => a.data['category'] === 'issue' && !isSectionIndex(a.slug))
			.flatMap((a) => internalLinks(section(a.body, '预防')).filter((l) => l.startsWith('prevention/'))),
	);
	const problems: ContentProblem[] = [];
	const add = (a: Article, line: number, field: string, message: string, fix: string) => problems.push({ file: a.file, line, field, message, fix });

	for (const a of articles) {
		const category = a.data['category'];
		if (a.data['description'] !== undefined) add(a, keyLine(a, 'description'), 'description', '这个网站用 summary 写摘要，不用 description。', '把 description: 改成 summary:。');
		const placeholder = a.text.indexOf(PLACEHOLDER);
		if (placeholder >= 0) {
			add(a, 1 + (a.text.slice(0, placeholder).match(/\n/g)?.length ?? 0), 'placeholder', `还有 “${PLACEHOLDER}” 没有写完（npm run new 留下的）。`, `把每一处 ${PLACEHOLDER} 换成真正的内容。`);
		}
		const keywords = Array.isArray(a.data['keywords']) ? a.data['keywords'] : [];
		if (category !== 'home' && !isSectionIndex(a.slug) && keywords.length < MIN_KEYWORDS) {
			add(a, keyLine(a, 'keywords'), 'keywords', `只有 ${keywords.length} 个关键词，栏目里的文章至少要 ${MIN_KEYWORDS} 个。`, '补上读者会怎么说这个问题，例如 keywords: [退款没到账, 钱没退回来, 退款进度, 退款多久到, 申请退款]。');
		}
		const english = localeOfSlug(a.slug) === 'en';
		if (category === 'issue' && !isSectionIndex(baseSlug(a.slug))) problems.push(...(english ? englishSkeletonProblems(a) : skeletonProblems(a)));

		// A link to a page is named by that page's title.
		for (const m of a.body.matchAll(/\[([^\]]+)\]\(\/([a-z0-9/-]*?)\/?(?:#[^)]*)?\)/g)) {
			const target = bySlug.get(m[2] || 'index');
			const title = target?.data['title'];
			if (typeof title === 'string' && m[1] !== title) {
				add(a, lineAt(a, m.index), 'link', `链到 ${pathOfSlug(target?.slug ?? '')} 的文字是 “${m[1]}”，那一页的标题是 “${title}”。`, `把链接文字改成 [${title}]，读者点之前就知道会到哪一页。`);
			}
		}

		// A tip's 能预防的问题 is generated (<PreventsProblems />) from the problems' 预防 sections, so
		// a new problem never means editing a tip; a tip no problem names is a dead end.
		if (a.slug.startsWith('prevention/') && !isSectionIndex(a.slug)) {
			if (section(a.body, '能预防的问题').trim() !== '<PreventsProblems />') {
				add(a, headingLine(a, '能预防的问题'), 'prevention', '“能预防的问题”要由组件生成，不手写列表。', '这一节只写 <PreventsProblems />：列表来自各问题文章“预防”里的链接。');
			}
			if (!preventedTips.has(a.slug)) {
				add(a, a.bodyStart + 1, 'prevention', '没有任何问题文章在“预防”里链到这条建议，生成的列表会是空的。', `在相关问题文章的“预防”里链上 ${pathOfSlug(a.slug)}。`);
			}
		}

		for (const { line, text } of english ? [] : punctuationProblems(a.text)) {
			add(a, line, 'punctuation', `中文里用了半角标点：${text.trim().slice(0, 40)}`, '运行 npm run fix:punctuation，或改成全角标点（，。：；？！）。');
		}
	}

	// No orphans.
	const linked = new Set(articles.flatMap((a) => [...(links.get(a.slug) ?? [])]));
	for (const a of articles) {
		const english = localeOfSlug(a.slug) === 'en';
		const inSidebar = (english ? EN_SECTION_FOLDERS : SECTION_FOLDERS).has(baseSlug(a.slug).split('/')[0] ?? '');
		if (!inSidebar && !linked.has(a.slug) && baseSlug(a.slug) !== 'index' && a.slug !== '404') {
			add(a, 1, 'file', '这篇文章不在任何栏目文件夹里，也没有别的页面链到它，读者找不到。', '把它放进一个栏目文件夹，或从相关的页面链过来。');
		}
	}
	return problems.sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0));
}

/** The problem-article skeleton. */
function skeletonProblems(a: Article): ContentProblem[] {
	const out: ContentProblem[] = [];
	const add = (line: number, field: string, message: string, fix: string) => out.push({ file: a.file, line, field, message, fix });
	const headings = h2s(a.body);
	if (headings.join('|') !== PROBLEM_SKELETON.join('|')) {
		add(a.bodyStart + 1, 'headings', `二级标题是 ${headings.map((h) => `“${h}”`).join('、') || '（没有）'}。`, `常见问题的二级标题依次是 ${PROBLEM_SKELETON.map((h) => `## ${h}`).join('、')}（npm run new 生成的模板就是这样）。`);
		return out;
	}
	const steps = section(a.body, '自查步骤');
	const stepCount = steps.match(/^\d+\. \S/gm)?.length ?? 0;
	if (!steps.includes('<Checklist>')) add(headingLine(a, '自查步骤'), 'steps', '“自查步骤”没有放在 <Checklist> 里。', '用 <Checklist> 和 </Checklist> 包住编号步骤，读者可以逐条勾选。');
	if (stepCount < MIN_STEPS) add(headingLine(a, '自查步骤'), 'steps', `“自查步骤”只有 ${stepCount} 步，至少要 ${MIN_STEPS} 步。`, '一步只做一件事，把步骤拆开写。');
	const contactHeading = PROBLEM_SKELETON[3];
	const contact = section(a.body, contactHeading);
	const contactLinks = internalLinks(contact);
	if (!/<ContactHelp \/>/.test(contact)) add(headingLine(a, contactHeading), 'contact', `“${contactHeading}”里没有 <ContactHelp />。`, '加上一行 <ContactHelp />，它按这篇的 support 推荐渠道。');
	if (!contactLinks.some((l) => l === 'contact' || l.startsWith('contact/'))) add(headingLine(a, contactHeading), 'contact', `“${contactHeading}”没有链到联系客服的页面。`, '链一个 /contact/ 下的页面，例如 [联系客服：如何选择渠道](/contact/)。');
	if (!contactLinks.some((l) => l.startsWith('guide/'))) add(headingLine(a, contactHeading), 'contact', `“${contactHeading}”没有链到求助指南。`, '链一个 /guide/ 下的页面，例如 [联系客服前准备哪些信息](/guide/prepare-information/)。');
	if (!internalLinks(section(a.body, '预防')).some((l) => l.startsWith('prevention/'))) add(headingLine(a, '预防'), 'prevention', '“预防”没有链到任何预防建议。', '链一条 /prevention/ 下的建议（那条建议的“能预防的问题”会自动列出本页）。');
	if (!/<RelatedPages \/>/.test(section(a.body, '相关问题'))) add(headingLine(a, '相关问题'), 'related', '“相关问题”里没有 <RelatedPages />。', '加上一行 <RelatedPages />，它列出 related 里的页面。');
	if (section(a.body, '症状').trim().length <= MIN_SYMPTOMS) add(headingLine(a, '症状'), 'symptoms', `“症状”太短（不到 ${MIN_SYMPTOMS} 个字）。`, '照原文写出读者在屏幕上看到的提示，读者才能认出是不是自己的问题。');
	return out;
}

/** The English problem skeleton: the sections in order, a checklist of steps, contact help and the related pages. */
function englishSkeletonProblems(a: Article): ContentProblem[] {
	const out: ContentProblem[] = [];
	const add = (line: number, field: string, message: string, fix: string) => out.push({ file: a.file, line, field, message, fix });
	const headings = h2s(a.body);
	if (headings.join('|') !== EN_PROBLEM_SKELETON.join('|')) {
		add(a.bodyStart + 1, 'headings', `The H2 headings are ${headings.map((h) => `"${h}"`).join(', ') || '(none)'}.`, `English problem pages use, in order: ${EN_PROBLEM_SKELETON.map((h) => `## ${h}`).join(', ')}.`);
		return out;
	}
	const [, , stepsHeading, contactHeading, , relatedHeading] = EN_PROBLEM_SKELETON;
	const steps = section(a.body, stepsHeading);
	const stepCount = steps.match(/^\d+\. \S/gm)?.length ?? 0;
	if (!steps.includes('<Checklist>')) add(headingLine(a, stepsHeading), 'steps', `"${stepsHeading}" is not inside a <Checklist>.`, 'Wrap the numbered steps in <Checklist> … </Checklist> so readers can tick them.');
	if (stepCount < MIN_STEPS) add(headingLine(a, stepsHeading), 'steps', `"${stepsHeading}" has ${stepCount} steps; at least ${MIN_STEPS}.`, 'One action per step.');
	if (!/<ContactHelp \/>/.test(section(a.body, contactHeading))) add(headingLine(a, contactHeading), 'contact', `"${contactHeading}" has no <ContactHelp />.`, 'Add a line <ContactHelp />.');
	if (!/<RelatedPages \/>/.test(section(a.body, relatedHeading))) add(headingLine(a, relatedHeading), 'related', `"${relatedHeading}" has no <RelatedPages />.`, 'Add a line <RelatedPages />.');
	return out;
}
