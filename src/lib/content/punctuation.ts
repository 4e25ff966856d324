/**
 * Chinese prose takes full-width punctuation. Editors (and tools) often type the ASCII forms;
 * this finds and fixes `,:;?!()` wherever they touch a Chinese character, and leaves code,
 * URLs, times such as 9:00 and English text alone.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d';
const FULL: Readonly<Record<string, string>> = {
	',': '\uff0c',
	':': '\uff1a',
	';': '\uff1b',
	'?': '\uff1f',
	'!': '\uff01',
	'(': '\uff08',
	')': '\uff09',
};

const touching = () => new RegExp(`(?<=[${CJK}])[,:;?!()]|[,:;?!()](?=[${CJK}])`, 'g');

/** Replaces ASCII punctuation that touches Chinese text with the full-width form. */
export function toFullWidthPunctuation(text: string): string {
	return text.replace(touching(), (c) => FULL[c] ?? c);
}

const FIXABLE_FRONTMATTER = /^(\s*(?:title|summary|label|tagline|text):\s)(.*)$/;

/** Fixes one line of prose, leaving Markdown link targets untouched. */
function fixLine(line: string): string {
	return line.replace(/(\]\([^)]*\))|([^\]]+)/g, (m: string, link: string | undefined) =>
		link ? link : toFullWidthPunctuation(m),
	);
}

/**
 * Fixes an MDX article: prose lines, and the title/summary-like frontmatter values.
 * Import lines, other frontmatter (keyword lists use ASCII commas) and link targets are kept.
 */
export function fixProse(source: string): string {
	const lines = source.split('\n');
	let frontmatter = lines[0] === '---';
	return lines
		.map((line, i) => {
			if (frontmatter) {
				if (i > 0 && line === '---') frontmatter = false;
				const m = FIXABLE_FRONTMATTER.exec(line);
				return m ? `${m[1]}${fixLine(m[2] ?? '')}` : line;
			}
			return /^\s*(?:import|export)\s/.test(line) ? line : fixLine(line);
		})
		.join('\n');
}

/** Lines of an article whose prose still has ASCII punctuation touching Chinese text. */
export function punctuationProblems(source: string): Array<{ line: number; text: string }> {
	const fixed = fixProse(source).split('\n');
	return source
		.split('\n')
		.map((text, i) => ({ line: i + 1, text }))
		.filter(({ text, line }) => fixed[line - 1] !== text);
}
