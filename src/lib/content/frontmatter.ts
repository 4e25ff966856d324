/**
 * An article's frontmatter block, split from its body: the one reader the content check, the
 * search data step and `npm run new` share. Pure; imports nothing of the site, so Node scripts
 * can load it as it is.
 */
import { parse } from 'yaml';

export interface FrontmatterBlock {
	/** The YAML between the `---` fences. */
	yaml: string;
	/** Lines before the body (frontmatter and its fences). */
	bodyStart: number;
	body: string;
}

/** The frontmatter block of `text`, or undefined when the file does not open with one. */
export function splitFrontmatter(text: string): FrontmatterBlock | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return undefined;
	return { yaml: match[1] ?? '', bodyStart: match[0].match(/\n/g)?.length ?? 0, body: text.slice(match[0].length) };
}

/** The frontmatter's fields; `{}` when there is none or it is not a YAML map (the check reports those). */
export function frontmatterData(text: string): Record<string, unknown> {
	const block = splitFrontmatter(text);
	let data: unknown;
	try {
		data = block ? parse(block.yaml) : undefined;
	} catch {
		data = undefined;
	}
	return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
