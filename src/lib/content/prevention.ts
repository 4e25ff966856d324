/**
 * Which problems each prevention tip prevents, read from the problem articles' `## 预防`
 * sections: a problem that links `/prevention/<tip>/` there appears on that tip's page under
 * 能预防的问题, with the reason the problem page gives. Adding a problem never means editing a tip.
 * Pure: no Astro APIs.
 */

/** The part of a problem article this reads. */
export interface ProblemSource {
	/** `issues/refund`. */
	id: string;
	title: string;
	/** The MDX body. */
	body: string;
}

/** One problem a tip prevents. */
export interface PreventedProblem {
	id: string;
	title: string;
	/** What the problem page says this tip does for it (“：” onwards), plain text; '' when it says nothing. */
	reason: string;
}

/** The text of one `## heading` section of a body, up to the next `## `. */
export function sectionOf(body: string, heading: string): string {
	const match = new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'm').exec(body);
	if (!match) return '';
	const rest = body.slice(match.index + match[0].length);
	const next = rest.search(/^## /m);
	return next === -1 ? rest : rest.slice(0, next);
}

/** Markdown links and emphasis reduced to their words. */
const plain = (text: string) =>
	text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*\*|__|`/g, '')
		.trim();

/** Tip slug (`prevention/phishing`) → the problems whose 预防 section links it, in the order given. */
export function preventedBy(problems: readonly ProblemSource[]): Map<string, PreventedProblem[]> {
	const tips = new Map<string, PreventedProblem[]>();
	for (const problem of problems) {
		const seen = new Set<string>();
		for (const line of sectionOf(problem.body, '预防').split('\n')) {
			for (const m of line.matchAll(/\[[^\]]*\]\(\/(prevention\/[a-z0-9-]+)\/?(?:#[^)]*)?\)/g)) {
				const tip = m[1] ?? '';
				if (seen.has(tip)) continue;
				seen.add(tip);
				// The reason is what follows the link's colon on the same list item: "…](/prevention/x/)：原因。"
				const after = line.slice((m.index ?? 0) + m[0].length);
				const reason = /^\s*[：:]/.test(after) ? plain(after.replace(/^\s*[：:]\s*/, '')) : '';
				const list = tips.get(tip) ?? [];
				list.push({ id: problem.id, title: problem.title, reason });
				tips.set(tip, list);
			}
		}
	}
	return tips;
}
