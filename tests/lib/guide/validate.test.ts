import { describe, expect, it } from 'vitest';
import { GUIDE_TEXT } from '../../../src/lib/guide/ui';
import { checkTree, formatIssues, planGuide } from '../../../src/lib/guide/validate';
import type { GuideQuestion } from '../../../src/lib/guide/tree';
import { GOOD, PAGES, page, q, to } from './trees';

/** The issues of a written tree, as `node：message`. */
function issues(written: readonly GuideQuestion[], pages = PAGES): string[] {
	return planGuide(written, pages).issues.map((i) => `${i.node}：${i.message}`);
}

describe('the guide validator', () => {
	it('accepts a good tree', () => {
		expect(issues(GOOD)).toEqual([]);
	});

	it.each<[string, GuideQuestion[], RegExp]>([
		['no first question', [q('money', to('issues/a'), to('issues/b'))], /^start：没有 id 为 “start” 的问题/],
		[
			'a next with no such question',
			[...GOOD.slice(0, 2), q('help', to('contact'), to('>nowhere', '别处'))],
			/^help → 答案 2「别处」：next “nowhere”：没有这个 id 的问题/,
		],
		[
			'a page with no such page',
			[GOOD[0]!, q('money', to('issues/a'), to('issues/b'), to('issues/c'), to('issues/typo', '错字')), GOOD[2]!],
			/^money → 答案 4「错字」：page “issues\/typo”：没有这个页面/,
		],
		[
			'an anchor that is not a heading',
			[GOOD[0]!, q('money', to('issues/a#没有这一节', '锚点'), to('issues/b'), to('issues/c')), GOOD[2]!],
			/^money → 答案 1「锚点」：page “issues\/a#没有这一节”：页面 issues\/a 里没有小标题“没有这一节”/,
		],
		[
			'a cycle back to an earlier question',
			[
				GOOD[0]!,
				q('money', to('issues/a'), to('issues/b'), to('issues/c'), to('>money2', '更多')),
				q('money2', to('issues/a'), to('>money', '回去')),
				GOOD[2]!,
			],
			/^money2 → 答案 2「回去」：next “money”回到了前面的问题（money → money2 → money）/,
		],
		[
			'a cycle back to the first question',
			[GOOD[0]!, GOOD[1]!, q('help', to('contact'), to('>start', '从头'))],
			/^help → 答案 2「从头」：next “start”回到了前面的问题（start → help → start）/,
		],
		['a question with one answer', [GOOD[0]!, GOOD[1]!, q('help', to('contact'))], /^help：有 1 个答案：每个问题要有 2–9 个答案/],
		[
			'a question with ten answers',
			[GOOD[0]!, q('money', ...Array.from({ length: 10 }, (_, i) => to(['issues/a', 'issues/b', 'issues/c'][i % 3]!, `答案${i}`))), GOOD[2]!],
			/^money：有 10 个答案/,
		],
		[
			'a first question with nine written answers',
			[q('start', ...Array.from({ length: 9 }, (_, i) => to(['issues/a', 'issues/b', 'issues/c'][i % 3]!, `答案${i}`)))],
			/^start：第一个问题最多写 8 个答案（现在 9 个）/,
		],
		[
			'a page five answers deep',
			[
				q('start', to('>a', '一'), to('issues/a')),
				q('a', to('>b', '二'), to('issues/b')),
				q('b', to('>c', '三'), to('issues/c')),
				q('c', to('>d', '四'), to('contact')),
				q('d', to('issues/a'), to('issues/b')),
			],
			/^c → 答案 1「四」：next “d”太深了：读者要点 5 次以上才能到页面，最多 4 次/,
		],
		['a question nothing leads to', [...GOOD, q('lonely', to('issues/a'), to('issues/b'))], /^lonely：从第一个问题走不到这个问题/],
		[
			'a problem article placed only where no reader gets',
			[GOOD[0]!, q('money', to('issues/a'), to('issues/b')), GOOD[2]!, q('lonely', to('issues/c'), to('contact'))],
			/^issues\/c：问题文章 issues\/c（标题 issues\/c）从 \/start\/ 走不到/,
		],
		['an id used twice', [...GOOD, q('help', to('contact'), to('guide/x'))], /^help：问题 id “help”用了不止一次/],
		[
			'the reserved id',
			[q('start', to('>other', '其他'), to('issues/a')), q('other', to('issues/b'), to('issues/c'))],
			/^other：id “other”留给自动生成的“其他问题”/,
		],
		[
			'two answers to the same question',
			[q('start', to('>money', '钱'), to('>money', '钱的问题'), to('>help')), GOOD[1]!, GOOD[2]!],
			/^start → 答案 2「钱的问题」：next “money”：同一个问题里已经有答案通向它/,
		],
		[
			'two answers with the same text',
			[GOOD[0]!, q('money', to('issues/a', '付款'), to('issues/b', '付款'), to('issues/c')), GOOD[2]!],
			/^money → 答案 2「付款」：同一个问题里已经有一个答案叫“付款”/,
		],
	])('fails on %s, naming the node', (_name, tree, expected) => {
		const found = issues(tree);
		expect(
			found.some((line) => expected.test(line)),
			found.join('\n'),
		).toBe(true);
	});

	it('reports a cycle reached along two paths once', () => {
		const tree = [
			q('start', to('>a', '一'), to('>b', '二')),
			q('a', to('>c'), to('issues/a')),
			q('b', to('>c'), to('issues/b')),
			q('c', to('>a', '回 a'), to('issues/c')),
		];
		const cycles = issues(tree).filter((line) => line.includes('回到了前面的问题'));
		expect(cycles).toEqual(['c → 答案 1「回 a」：next “a”回到了前面的问题（a → c → a），读者会绕圈子：请让它指向新的问题或页面。']);
	});

	it('accepts pages exactly four answers deep', () => {
		const tree = [
			q('start', to('>a', '一'), to('issues/a')),
			q('a', to('>b', '二'), to('issues/b')),
			q('b', to('>c', '三'), to('issues/c')),
			q('c', to('contact'), to('guide/x')),
		];
		expect(issues(tree)).toEqual([]);
	});

	it('counts the generated 其他问题 answer on the first question', () => {
		const eight = Array.from({ length: 8 }, (_, i) => to(['issues/a', 'issues/b', 'issues/c'][i % 3]!, `答案${i}`));
		const plan = planGuide([q('start', ...eight)], PAGES);
		expect(plan.issues).toEqual([]);
		expect(plan.tree.get('start')?.answers).toHaveLength(9);
		expect(plan.tree.get('start')?.answers.at(-1)?.label).toBe(GUIDE_TEXT.other);
	});

	it('does not report again what follows from a question reported as written', () => {
		const nine = Array.from({ length: 9 }, (_, i) => to(['issues/a', 'issues/b', 'issues/c'][i % 3]!, `答案${i}`));
		expect(issues([q('start', ...nine)]).filter((line) => line.startsWith('start：'))).toHaveLength(1);
	});

	it('checks a tree given directly, without the derivation, for unreachable problems', () => {
		const tree = new Map([['start', q('start', to('issues/a'), to('issues/b'))]]);
		const found = checkTree(tree, new Map(PAGES.map((p) => [p.id, p])));
		expect(found).toEqual([{ node: 'issues/c', message: expect.stringContaining('从 /start/ 走不到') as string }]);
	});

	it('ignores pages that are not problem articles when checking reachability', () => {
		expect(issues(GOOD, [...PAGES, page('prevention/tip')])).toEqual([]);
	});

	it('formats the build error with the file and one line per node', () => {
		const text = formatIssues(planGuide([GOOD[0]!, GOOD[1]!, q('help', to('contact'))], PAGES).issues, 'content/guide/tree.yaml');
		expect(text).toBe(
			'问题向导 content/guide/tree.yaml 有 1 处要改：\n  - help：有 1 个答案：每个问题要有 2–9 个答案（只有一个答案时，让上一步直接指向页面）。',
		);
	});
});
