import { describe, expect, it } from 'vitest';
import { deriveTree, placedPages, unplacedWarning } from '../../../src/lib/guide/derive';
import { GUIDE_TEXT } from '../../../src/lib/guide/ui';
import { planGuide } from '../../../src/lib/guide/validate';
import type { GuideQuestion, SitePage } from '../../../src/lib/guide/tree';
import { GOOD, PAGES, page, q, to } from './trees';

const labels = (question: GuideQuestion | undefined) => question?.answers.map((a) => a.label);
const problems = (n: number): SitePage[] => Array.from({ length: n }, (_, i) => page(`issues/p${String(i).padStart(2, '0')}`));

describe('the generated 其他问题 branch', () => {
	it('ends the first question with 其他问题, leading to the two ways out when every article is placed', () => {
		const { questions, unplaced } = deriveTree(GOOD, PAGES);
		expect(unplaced).toEqual([]);
		expect(questions.get('start')?.answers.at(-1)).toMatchObject({ label: GUIDE_TEXT.other, next: 'other', generated: true });
		expect(questions.get('other')?.answers.map((a) => a.page)).toEqual(['issues', 'contact']);
	});

	it('lists the problem articles the tree does not place, in the order given, before the ways out', () => {
		const written = [q('start', to('issues/a'), to('>help')), GOOD[2]!];
		const { questions, unplaced } = deriveTree(written, PAGES);
		expect(unplaced.map((p) => p.id)).toEqual(['issues/b', 'issues/c']);
		expect(labels(questions.get('other'))).toEqual(['标题 issues/b', '标题 issues/c', GUIDE_TEXT.allProblems, GUIDE_TEXT.askSupport]);
		expect(planGuide(written, PAGES).issues).toEqual([]);
	});

	it('counts an article as placed when an answer links one of its sections', () => {
		expect(placedPages([q('start', to('issues/a#自查步骤'), to('issues/b'))])).toEqual(new Set(['issues/a', 'issues/b']));
	});

	it('never lists pages that are not problem articles', () => {
		const { questions } = deriveTree([q('start', to('issues/a'), to('issues/b'), to('issues/c'))], [...PAGES, page('prevention/tip')]);
		expect(questions.get('other')?.answers.map((a) => a.page)).toEqual(['issues', 'contact']);
	});

	it('lists seven unplaced articles on one page and more in groups of eight, all within four answers', () => {
		const seven = planGuide([q('start', to('contact'), to('guide/x'))], [...problems(7), page('issues'), page('contact'), page('guide/x')]);
		expect(seven.issues).toEqual([]);
		expect(seven.tree.get('other')?.answers).toHaveLength(9);

		const twenty = planGuide([q('start', to('contact'), to('guide/x'))], [...problems(20), page('issues'), page('contact'), page('guide/x')]);
		expect(twenty.issues).toEqual([]);
		expect(labels(twenty.tree.get('other'))).toEqual([
			'标题 issues/p00 … 标题 issues/p07',
			'标题 issues/p08 … 标题 issues/p15',
			'标题 issues/p16 … 标题 issues/p19',
			GUIDE_TEXT.allProblems,
			GUIDE_TEXT.askSupport,
		]);
		expect(twenty.tree.get('other-3')?.answers.map((a) => a.page)).toEqual(['issues/p16', 'issues/p17', 'issues/p18', 'issues/p19', 'issues']);
	});

	it('fails the build, saying why, when too many articles are unplaced to fit', () => {
		const plan = planGuide([q('start', to('contact'), to('guide/x'))], [...problems(57), page('issues'), page('contact'), page('guide/x')]);
		expect(plan.issues.map((i) => i.node)).toEqual(['other']);
		expect(plan.issues[0]?.message).toMatch(/还没放进树里的问题文章太多/);
	});

	it('leaves the written tree unchanged', () => {
		const written = [q('start', to('issues/a'), to('>help')), GOOD[2]!];
		const copy = structuredClone(written);
		deriveTree(written, PAGES);
		expect(written).toEqual(copy);
	});
});

describe('the unplaced-articles warning', () => {
	it('names every unplaced article and the file to edit, in one message', () => {
		const text = unplacedWarning([page('issues/b'), page('issues/c')], 'content/guide/tree.yaml');
		expect(text).toBe(
			'问题向导：2 篇问题文章还没有放进 content/guide/tree.yaml，暂时列在“其他问题”下：issues/b（标题 issues/b）、issues/c（标题 issues/c）。请在 content/guide/tree.yaml 里给它们各加一个答案（page: issues/b）。',
		);
	});

	it('is silent when the tree places every article', () => {
		expect(unplacedWarning([], 'content/guide/tree.yaml')).toBeUndefined();
	});
});
