import { describe, expect, it } from 'vitest';
import { questionPages } from '../../../src/lib/guide/pages';
import { pageHref, parsePageTarget, questionHref } from '../../../src/lib/guide/tree';
import { planGuide } from '../../../src/lib/guide/validate';
import { GOOD, PAGES, q, to } from './trees';

describe('the guide pages', () => {
	const pages = questionPages(planGuide(GOOD, PAGES).tree);
	const byHref = new Map(pages.map((p) => [p.href, p]));

	it('gives every question on every path its own address', () => {
		expect(pages.map((p) => p.href)).toEqual(['/start/', '/start/money/', '/start/help/', '/start/other/']);
	});

	it('links answers to the next question under the current address, or to the page', () => {
		expect(byHref.get('/start/')?.answers.map((a) => a.href)).toEqual(['/start/money/', '/start/help/', '/start/other/']);
		expect(byHref.get('/start/money/')?.answers.map((a) => a.href)).toEqual(['/issues/a/', '/issues/b/', '/issues/c/']);
	});

	it('shows the answers chosen so far, each linking to the question where it was chosen', () => {
		const tree = planGuide(
			[q('start', to('>money', '钱的问题'), to('issues/c')), q('money', to('>out', '转出去的钱'), to('issues/a')), q('out', to('issues/b'), to('contact'))],
			PAGES,
		).tree;
		const deep = questionPages(tree).find((p) => p.href === '/start/money/out/');
		expect(deep?.trail).toEqual([
			{ label: '钱的问题', href: '/start/' },
			{ label: '转出去的钱', href: '/start/money/' },
		]);
		expect(questionPages(tree)[0]?.trail).toEqual([]);
	});

	it('gives a question reached along two paths one page per path', () => {
		const tree = planGuide(
			[
				q('start', to('>a', '一'), to('>b', '二')),
				q('a', to('>shared'), to('issues/a')),
				q('b', to('>shared'), to('issues/b')),
				q('shared', to('issues/c'), to('contact')),
			],
			PAGES,
		).tree;
		expect(questionPages(tree).map((p) => p.href)).toContain('/start/a/shared/');
		expect(questionPages(tree).map((p) => p.href)).toContain('/start/b/shared/');
	});
});

describe('guide addresses', () => {
	it.each([
		['issues/refund', '/issues/refund/', undefined],
		['issues/refund#自查步骤', '/issues/refund/#自查步骤', '自查步骤'],
		['contact', '/contact/', undefined],
	])('%s → %s', (target, href, anchor) => {
		expect(pageHref(target)).toBe(href);
		expect(parsePageTarget(target).anchor).toBe(anchor);
	});

	it('builds question addresses from the path', () => {
		expect(questionHref([])).toBe('/start/');
		expect(questionHref(['money', 'not-arrived'])).toBe('/start/money/not-arrived/');
	});
});
