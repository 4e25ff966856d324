/**
 * Build-time checks of the 问题向导 (pure, so each rule is unit-tested with a broken tree): every
 * target exists, no cycles, no dead ends, 2–9 answers per question, at most four answers to any
 * page, and every problem article reachable. Each issue names the node an editor must fix.
 */
import { GUIDE_TEXT } from './ui';
import { MAX_ANSWERS, MAX_DEPTH, MIN_ANSWERS, OTHER_ID, ROOT_ID, answerNode, parsePageTarget, type GuideQuestion, type SitePage } from './tree';
import { deriveTree } from './derive';
import type { Locale } from '../i18n/locale';

export interface GuideIssue {
	/** The question or answer to fix: `money` or `money → 答案 2「转账后对方没收到」`. */
	node: string;
	message: string;
}

/** Rules about the file as written, before anything is generated. */
function checkWritten(written: readonly GuideQuestion[]): GuideIssue[] {
	const issues: GuideIssue[] = [];
	const seen = new Set<string>();
	for (const q of written) {
		if (seen.has(q.id)) issues.push({ node: q.id, message: `问题 id “${q.id}”用了不止一次：每个问题的 id 必须不同。` });
		seen.add(q.id);
		if (q.id === OTHER_ID || q.id.startsWith(`${OTHER_ID}-`)) {
			issues.push({ node: q.id, message: `id “${q.id}”留给自动生成的“${GUIDE_TEXT.other}”，请换一个。` });
		}
	}
	const root = written.find((q) => q.id === ROOT_ID);
	if (!root) {
		issues.push({ node: ROOT_ID, message: `没有 id 为 “${ROOT_ID}” 的问题：它是读者看到的第一个问题（/start/）。` });
	} else if (root.answers.length > MAX_ANSWERS - 1) {
		issues.push({
			node: ROOT_ID,
			message: `第一个问题最多写 ${MAX_ANSWERS - 1} 个答案（现在 ${root.answers.length} 个）：第 ${MAX_ANSWERS} 个位置留给自动生成的“${GUIDE_TEXT.other}”。`,
		});
	}
	return issues;
}

/** What a walk from the first question reached. */
interface Walk {
	questions: Set<string>;
	/** Page slug → fewest answers to reach it. */
	pages: Map<string, number>;
	issues: GuideIssue[];
}

/** Follows every path from the first question, stopping at cycles and at the depth limit. */
function walk(tree: ReadonlyMap<string, GuideQuestion>): Walk {
	const result: Walk = { questions: new Set(), pages: new Map(), issues: [] };
	const visit = (q: GuideQuestion, stack: readonly string[]) => {
		const depth = stack.length - 1;
		result.questions.add(q.id);
		q.answers.forEach((a, i) => {
			if (a.page !== undefined) {
				const slug = parsePageTarget(a.page).slug;
				const d = depth + 1;
				if (d <= (result.pages.get(slug) ?? Infinity)) result.pages.set(slug, d);
				return;
			}
			const next = a.next === undefined ? undefined : tree.get(a.next);
			if (!next) return; // reported by checkTargets
			if (stack.includes(next.id)) return; // reported by findCycles
			// A question at this depth still needs one more answer before any page.
			if (depth + 1 > MAX_DEPTH - 1) {
				result.questions.add(next.id); // reached, only too deep: not reported as unreachable too
				result.issues.push({
					node: answerNode(q, i),
					message: `next “${next.id}”太深了：读者要点 ${depth + 2} 次以上才能到页面，最多 ${MAX_DEPTH} 次。请让这个答案直接指向页面，或者合并前面的问题。`,
				});
				return;
			}
			visit(next, [...stack, next.id]);
		});
	};
	const root = tree.get(ROOT_ID);
	if (root) visit(root, [ROOT_ID]);
	return result;
}

/**
 * Answers whose `next` closes a loop, each loop reported once (a depth-first search that marks
 * questions done, starting from the first question so loops read in the reader's order).
 */
function findCycles(tree: ReadonlyMap<string, GuideQuestion>): GuideIssue[] {
	const issues: GuideIssue[] = [];
	const done = new Set<string>();
	const visit = (q: GuideQuestion, stack: string[]) => {
		q.answers.forEach((a, i) => {
			const next = a.next === undefined ? undefined : tree.get(a.next);
			if (!next || done.has(next.id)) return;
			if (stack.includes(next.id)) {
				const loop = [...stack.slice(stack.indexOf(next.id)), next.id].join(' → ');
				issues.push({ node: answerNode(q, i), message: `next “${next.id}”回到了前面的问题（${loop}），读者会绕圈子：请让它指向新的问题或页面。` });
				return;
			}
			visit(next, [...stack, next.id]);
		});
		done.add(q.id);
	};
	const root = tree.get(ROOT_ID);
	for (const q of root ? [root, ...tree.values()] : tree.values()) if (!done.has(q.id)) visit(q, [q.id]);
	return issues;
}

/** Every `next` names a question, every `page` a page, every `#anchor` a heading of that page. */
function checkTargets(tree: ReadonlyMap<string, GuideQuestion>, pages: ReadonlyMap<string, SitePage>): GuideIssue[] {
	const issues: GuideIssue[] = [];
	for (const q of tree.values()) {
		const nexts = new Set<string>();
		const labels = new Set<string>();
		q.answers.forEach((a, i) => {
			const node = answerNode(q, i);
			if (labels.has(a.label)) issues.push({ node, message: `同一个问题里已经有一个答案叫“${a.label}”：读者分不清，请改一下文字。` });
			labels.add(a.label);
			if (a.next !== undefined) {
				if (!tree.has(a.next)) issues.push({ node, message: `next “${a.next}”：没有这个 id 的问题。` });
				else if (nexts.has(a.next)) issues.push({ node, message: `next “${a.next}”：同一个问题里已经有答案通向它，两个答案会是同一个网址。` });
				nexts.add(a.next);
			}
			if (a.page !== undefined) {
				const { slug, anchor } = parsePageTarget(a.page);
				const page = pages.get(slug);
				if (!page) issues.push({ node, message: `page “${a.page}”：没有这个页面（写页面 slug，例如 issues/refund）。` });
				else if (anchor !== undefined && !page.anchors.has(anchor)) {
					issues.push({ node, message: `page “${a.page}”：页面 ${slug} 里没有小标题“${anchor}”。` });
				}
			}
		});
	}
	return issues;
}

/** Structural rules of a whole tree (written plus generated). */
export function checkTree(tree: ReadonlyMap<string, GuideQuestion>, pages: ReadonlyMap<string, SitePage>): GuideIssue[] {
	const issues = [...checkTargets(tree, pages), ...findCycles(tree)];
	for (const q of tree.values()) {
		const n = q.answers.length;
		if (n >= MIN_ANSWERS && n <= MAX_ANSWERS) continue;
		const message = q.generated
			? `自动生成的“${GUIDE_TEXT.other}”放不下了（${n} 个答案）：还没放进树里的问题文章太多，请先给它们在树里找位置。`
			: `有 ${n} 个答案：每个问题要有 ${MIN_ANSWERS}–${MAX_ANSWERS} 个答案${n < MIN_ANSWERS ? '（只有一个答案时，让上一步直接指向页面）' : '（太多时分成两个问题）'}。`;
		issues.push({ node: q.id, message });
	}
	if (!tree.has(ROOT_ID)) return issues;
	const reached = walk(tree);
	issues.push(...reached.issues);
	for (const q of tree.values()) {
		if (!reached.questions.has(q.id)) issues.push({ node: q.id, message: `从第一个问题走不到这个问题：没有答案的 next 指向 “${q.id}”。` });
	}
	for (const page of pages.values()) {
		if (page.problem && !reached.pages.has(page.id)) {
			issues.push({ node: page.id, message: `问题文章 ${page.id}（${page.title}）从 /start/ 走不到：指向它的答案所在的问题本身走不到，或太深了。` });
		}
	}
	return issues;
}

export interface GuidePlan {
	/** Written plus generated questions, by id. */
	tree: Map<string, GuideQuestion>;
	/** Problem articles listed only under the generated "其他问题". */
	unplaced: SitePage[];
	issues: GuideIssue[];
}

/** Everything the build does with the tree: check what was written, derive, check the result. */
export function planGuide(written: readonly GuideQuestion[], pages: readonly SitePage[], locale: Locale = 'zh'): GuidePlan {
	const first = checkWritten(written);
	const { questions, unplaced } = deriveTree(written, pages, locale);
	const byId = new Map(pages.map((p) => [p.id, p]));
	// A question already reported for how it was written is not reported again for what follows from it.
	const reported = new Set(first.map((i) => i.node));
	const seen = new Set<string>();
	const issues: GuideIssue[] = [];
	for (const issue of [...first, ...checkTree(questions, byId).filter((i) => !reported.has(i.node))]) {
		const key = `${issue.node}\u0000${issue.message}`;
		if (!seen.has(key)) issues.push(issue);
		seen.add(key);
	}
	return { tree: questions, unplaced, issues };
}

/** The build error: the file, then one line per issue naming its node. */
export function formatIssues(issues: readonly GuideIssue[], treeFile: string): string {
	return `问题向导 ${treeFile} 有 ${issues.length} 处要改：\n${issues.map((i) => `  - ${i.node}：${i.message}`).join('\n')}`;
}
