/**
 * Chinese prose takes full-width punctuation. Editors (and tools) often type the ASCII forms;
 * this turns `,:;?!()` into their full-width forms wherever they touch a Chinese character,
 * and leaves code, URLs, times such as 9:00 and English text alone.
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

const touching = new RegExp(`(?<=[${CJK}])[,:;?!()]|[,:;?!()](?=[${CJK}])`, 'g');
const cjkOpenParen = new RegExp(`\\((?=[^()\\n]*[${CJK}][^()\\n]*\\))`, 'g');

/** Finds ASCII punctuation that touches Chinese text: index and character, for reporting. */
export function asciiPunctuationInChinese(text: string): Array<{ index: number; char: string }> {
	return [...text.matchAll(touching)].map((m) => ({ index: m.index, char: m[0] }));
}

/** Replaces ASCII punctuation that touches Chinese text with the full-width form. */
export function toFullWidthPunctuation(text: string): string {
	let out = text.replace(touching, (c) => FULL[c] ?? c);
	// A bracket pair around Chinese text: fix the pair together (e.g. "(可选)" at a line start).
	out = out.replace(cjkOpenParen, '\uff08').replace(new RegExp(`(?<=\\uff08[^()\\uff09\\n]*)\\)`, 'g'), '\uff09');
	return out;
}
