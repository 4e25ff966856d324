/**
 * The guide's static pages: one per path through the tree, so each step has its own address
 * (`/start/`, `/start/money/`, …), the back button works, and "你的选择" is known without a script.
 */
import { MAX_DEPTH, ROOT_ID, pageHref, questionHref, type GuideQuestion } from './tree';
import type { Locale } from '../i18n/locale';

export interface GuideLink {
	label: string;
	href: string;
}

export interface QuestionPage {
	/** Question ids after the first: `[]` for `/start/`, `['money']` for `/start/money/`. */
	path: string[];
	href: string;
	question: GuideQuestion;
	answers: Array<GuideLink & { hint: string | undefined }>;
	/** The answers chosen so far, each linking to the question where it was chosen. */
	trail: GuideLink[];
}

/** Every question page of a tree that passed the checks (validate.ts). */
export function questionPages(tree: ReadonlyMap<string, GuideQuestion>, locale: Locale = 'zh'): QuestionPage[] {
	const pages: QuestionPage[] = [];
	const visit = (question: GuideQuestion, path: string[], trail: GuideLink[]) => {
		const href = questionHref(path, locale);
		pages.push({
			path,
			href,
			question,
			trail,
			answers: question.answers.map((a) => ({
				label: a.label,
				hint: a.hint,
				href: a.next !== undefined ? questionHref([...path, a.next], locale) : pageHref(a.page ?? ''),
			})),
		});
		for (const a of question.answers) {
			const next = a.next === undefined ? undefined : tree.get(a.next);
			// The checks forbid cycles and deep trees; this guard only keeps a broken tree from hanging.
			if (!next || next.id === ROOT_ID || path.includes(next.id) || path.length + 1 >= MAX_DEPTH) continue;
			visit(next, [...path, next.id], [...trail, { label: a.label, href }]);
		}
	};
	const root = tree.get(ROOT_ID);
	if (root) visit(root, [], []);
	return pages;
}
