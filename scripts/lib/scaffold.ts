/**
 * `npm run new`: the text of a new article — valid frontmatter (it previews at once in `npm run dev`)
 * and the skeleton of its section — with 待补充 placeholders that the content check refuses to
 * ship (a warning in `npm run dev`, an error in `npm run build`). Pure: scripts/new-article.ts does the file work.
 */
import { SECTIONS, type Category } from '../../src/lib/content/categories.ts';
import { PLACEHOLDER } from '../../src/lib/content/placeholder.ts';

export { PLACEHOLDER };

export type ScaffoldResult = { ok: true; file: string; text: string } | { ok: false; error: string };

const SLUG = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function frontmatter(title: string, category: Category, order: number, today: string, extra = ''): string {
	return [
		'---',
		`title: ${JSON.stringify(title)}`,
		`category: ${category}`,
		`summary: ${PLACEHOLDER}：用一句话告诉读者先做什么。`,
		`keywords: [${PLACEHOLDER}]`,
		...(extra ? [extra] : []),
		`reviewed: ${today}`,
		'sidebar:',
		`  order: ${order}`,
		'---',
		'',
	].join('\n');
}

const PROBLEM_BODY = `import Checklist from '@components/Checklist.astro';
import ContactHelp from '@components/ContactHelp.astro';
import RelatedPages from '@components/RelatedPages.astro';

## 症状

${PLACEHOLDER}：读者在屏幕上看到什么，照原文引用提示文字。

## 可能原因

- ${PLACEHOLDER}

## 自查步骤

<Checklist>

1. ${PLACEHOLDER}：第一步，一步只做一件事。
2. ${PLACEHOLDER}：第二步。
3. ${PLACEHOLDER}：第三步。
4. ${PLACEHOLDER}：第四步。

</Checklist>

## 仍未解决？联系客服

${PLACEHOLDER}：该找哪个渠道、为什么，链接一个 [联系客服](/contact/) 页面和 [联系客服前准备哪些信息](/guide/prepare-information/)。

<ContactHelp />

## 预防

- ${PLACEHOLDER}：链接能预防这个问题的建议，例如 [定期更新 APP](/prevention/update-app/)，并在那篇建议里链回本页。

## 相关问题

<RelatedPages />
`;

const ARTICLE_BODY = `import RelatedPages from '@components/RelatedPages.astro';

${PLACEHOLDER}：开头一两句，说明这篇解决什么。

## ${PLACEHOLDER}

1. ${PLACEHOLDER}：一步只做一件事。

## 相关页面

<RelatedPages />
`;

/**
 * The article for `slug` (`issues/lost-card`) titled `title`, as the next page of its section.
 * `existing` are the slugs already taken; `orders` the sidebar orders used in the section.
 */
export function scaffoldArticle(slug: string, title: string, today: string, existing: ReadonlySet<string>, orders: readonly number[]): ScaffoldResult {
	const match = SLUG.exec(slug);
	const section = SECTIONS.find((s) => s.directory === match?.[1]);
	if (!match || !section) {
		return {
			ok: false,
			error: `“${slug}” 不是可用的地址：写成 栏目/名字，栏目是 ${SECTIONS.map((s) => s.directory).join('、')} 之一，名字用小写英文、数字和连字符，例如 issues/lost-card。`,
		};
	}
	if (existing.has(slug)) return { ok: false, error: `地址 /${slug}/ 已经有文章了：已发布的地址不能重复，请换一个名字。` };
	if (!title.trim()) return { ok: false, error: '请写上标题，例如 npm run new -- issues/lost-card "银行卡丢了怎么办"' };
	const order = Math.max(0, ...orders) + 1;
	const support = section.category === 'issue' ? 'support:\n  traits: []\n  attachments: []' : '';
	const body = section.category === 'issue' ? PROBLEM_BODY : ARTICLE_BODY;
	return { ok: true, file: `content/docs/${slug}.mdx`, text: `${frontmatter(title.trim(), section.category, order, today, support)}\n${body}` };
}
