/**
 * What the build adds to the editors' tree: a "其他问题" answer on the first question, leading to
 * a generated question that lists every problem article the tree does not place yet (so a new
 * article is reachable the day it lands, and never breaks the build), then two ways out.
 */
import { GUIDE_TEXT, guideText } from './ui';
import { MAX_ANSWERS, OTHER_ID, ROOT_ID, parsePageTarget, type GuideAnswer, type GuideQuestion, type SitePage } from './tree';
import { localizedSlug, type Locale } from '../i18n/locale';

/** The two answers that close every generated question: all problems, or a person. */
const waysOut = (locale: Locale): readonly GuideAnswer[] => [
	{ label: guideText(locale).allProblems, page: localizedSlug('issues', locale), generated: true },
	{ label: guideText(locale).askSupport, page: localizedSlug('contact', locale), generated: true },
];

/** Articles one generated question can list beside the ways out. */
const PER_QUESTION = MAX_ANSWERS - 2;

export interface DerivedTree {
	/** The editors' questions plus the generated ones, by id. */
	questions: Map<string, GuideQuestion>;
	/** Problem articles no written answer leads to, in the order given. */
	unplaced: SitePage[];
}

/** Slugs that some written answer leads to. */
export function placedPages(questions: Iterable<GuideQuestion>): Set<string> {
	const placed = new Set<string>();
	for (const q of questions) for (const a of q.answers) if (a.page !== undefined) placed.add(parsePageTarget(a.page).slug);
	return placed;
}

/**
 * Adds the "其他问题" branch. `pages` in display order; the problem articles among them that no
 * answer leads to are listed there. More than fit on one page are split into groups of up to
 * eight, each its own question, so depth stays within four answers. The input is not changed.
 */
export function deriveTree(questions: readonly GuideQuestion[], pages: readonly SitePage[], locale: Locale = 'zh'): DerivedTree {
	const TEXT = guideText(locale);
	const WAYS_OUT = waysOut(locale);
	const byId = new Map<string, GuideQuestion>();
	for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);
	const placed = placedPages(questions);
	const unplaced = pages.filter((p) => p.problem && !placed.has(p.id));
	const root = byId.get(ROOT_ID);
	// With no first question (or `other` taken) the validator reports it; deriving would only add noise.
	if (!root || byId.has(OTHER_ID)) return { questions: byId, unplaced };

	const toArticle = (p: SitePage): GuideAnswer => ({ label: p.title, page: p.id, generated: true });
	let answers: GuideAnswer[];
	if (unplaced.length <= PER_QUESTION) {
		answers = [...unplaced.map(toArticle), ...WAYS_OUT];
	} else {
		const size = MAX_ANSWERS - 1;
		const groups: SitePage[][] = [];
		for (let i = 0; i < unplaced.length; i += size) groups.push(unplaced.slice(i, i + size));
		answers = groups.map((group, i) => {
			const id = `${OTHER_ID}-${i + 1}`;
			byId.set(id, {
				id,
				question: TEXT.otherQuestion,
				hint: TEXT.otherHint,
				answers: [...group.map(toArticle), { label: TEXT.allProblems, page: localizedSlug('issues', locale), generated: true }],
				generated: true,
			});
			const first = group[0]?.title ?? '';
			const last = group.at(-1)?.title ?? '';
			return { label: group.length > 1 ? `${first} … ${last}` : first, next: id, generated: true };
		});
		answers.push(...WAYS_OUT);
	}
	byId.set(OTHER_ID, { id: OTHER_ID, question: TEXT.otherQuestion, hint: TEXT.otherHint, answers, generated: true });
	byId.set(ROOT_ID, { ...root, answers: [...root.answers, { label: TEXT.other, hint: TEXT.otherAnswerHint, next: OTHER_ID, generated: true }] });
	return { questions: byId, unplaced };
}

/** The one build warning about unplaced articles, or undefined when the tree places them all. */
export function unplacedWarning(unplaced: readonly SitePage[], treeFile: string): string | undefined {
	if (unplaced.length === 0) return undefined;
	const list = unplaced.map((p) => `${p.id}（${p.title}）`).join('、');
	return `问题向导：${unplaced.length} 篇问题文章还没有放进 ${treeFile}，暂时列在“${GUIDE_TEXT.other}”下：${list}。请在 ${treeFile} 里给它们各加一个答案（page: ${unplaced[0]?.id ?? ''}）。`;
}
