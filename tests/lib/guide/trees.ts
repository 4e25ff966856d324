/** Small hand-made trees and pages for the guide's unit tests. */
import type { GuideAnswer, GuideQuestion, SitePage } from '../../../src/lib/guide/tree';

/** An answer leading to a page (`issues/a`) or, written `>id`, to the question `id`. */
export function to(target: string, label = `去 ${target}`): GuideAnswer {
	return target.startsWith('>') ? { label, next: target.slice(1) } : { label, page: target };
}

export function q(id: string, ...answers: GuideAnswer[]): GuideQuestion {
	return { id, question: `问题 ${id}？`, answers };
}

export function page(id: string, options: { problem?: boolean; anchors?: string[] } = {}): SitePage {
	return { id, title: `标题 ${id}`, problem: options.problem ?? id.startsWith('issues/'), anchors: new Set(options.anchors ?? []) };
}

/** The pages most trees below lead to: three problem articles and two other pages. */
export const PAGES: readonly SitePage[] = [
	page('issues/a', { anchors: ['自查步骤'] }),
	page('issues/b'),
	page('issues/c'),
	page('issues'),
	page('contact'),
	page('guide/x'),
];

/** A valid tree placing every problem of PAGES. */
export const GOOD: readonly GuideQuestion[] = [
	q('start', to('>money', '钱的问题'), to('>help', '找客服')),
	q('money', to('issues/a', '付款失败'), to('issues/b', '退款'), to('issues/c', '充值')),
	q('help', to('contact', '选渠道'), to('guide/x', '准备材料')),
];
