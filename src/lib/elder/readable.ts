/**
 * What 朗读 (read aloud) reads, in what order: the page title, then the article's visible text
 * block by block, split into sentences. Navigation, page chrome, controls, code and visually
 * hidden text are skipped. Works on anything shaped like the DOM (`ReadNode`), so the rules are
 * tested with plain objects and the browser passes real elements.
 *
 * Each sentence keeps where it came from (its block and character offsets in the block's raw
 * text), so the reader can highlight exactly the sentence being spoken without touching the HTML.
 */

/** The parts of a DOM node the extraction reads; real DOM nodes fit. */
export interface ReadNode {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly nodeValue: string | null;
	readonly childNodes: ArrayLike<ReadNode>;
	getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never read: navigation and page chrome, controls, code, media, and the reader itself. */
const SKIPPED = new Set(
	'NAV FOOTER SCRIPT STYLE TEMPLATE NOSCRIPT SVG MATH PRE CODE KBD SAMP BUTTON INPUT SELECT TEXTAREA FORM DIALOG IFRAME OBJECT CANVAS VIDEO AUDIO IMG PICTURE HELP-READ-ALOUD HELP-SEARCH HELP-ELDER-TOGGLE'.split(
		' ',
	),
);

/** Elements whose text is a block of its own (not run together with the text around it). */
const BLOCKS = new Set(
	'P LI DT DD H1 H2 H3 H4 H5 H6 TD TH CAPTION FIGCAPTION FIGURE BLOCKQUOTE DIV SECTION ARTICLE ASIDE HEADER MAIN UL OL DL TABLE THEAD TBODY TFOOT TR DETAILS SUMMARY FIELDSET LEGEND LABEL HR BR'.split(
		' ',
	),
);

export interface ReadOptions {
	/** Also skip these elements, e.g. those the browser does not display. */
	skip?: (element: ReadNode) => boolean;
	/** Also treat these elements as blocks, e.g. by their computed `display`. */
	isBlock?: (element: ReadNode) => boolean;
	/** Read this element first (the page title), wherever it is in `root`. */
	title?: ReadNode | null;
}

/** One text node inside a block, and where its text starts in the block's raw text. */
export interface TextRun {
	node: ReadNode;
	start: number;
}

export interface ReadBlock {
	/** The element that holds the text: what a reader would call the paragraph or item. */
	element: ReadNode;
	/** The block's text exactly as in its text nodes, joined. */
	raw: string;
	runs: TextRun[];
}

export interface Sentence {
	block: ReadBlock;
	/** Offsets in `block.raw`. */
	start: number;
	end: number;
	/** What is spoken: the sentence with runs of white space made one space. */
	text: string;
}

const tag = (node: ReadNode) => node.nodeName.toUpperCase();

function isSkipped(node: ReadNode, options: ReadOptions): boolean {
	if (SKIPPED.has(tag(node))) return true;
	const attr = (name: string) => node.getAttribute?.(name) ?? null;
	if (attr('hidden') !== null || attr('role') === 'status' || attr('data-read-aloud') === 'skip') return true;
	if ((attr('class') ?? '').split(/\s+/).includes('sr-only')) return true;
	return options.skip?.(node) ?? false;
}

/** The visible text blocks of `root` in reading order (the title's blocks first). */
export function readableBlocks(root: ReadNode, options: ReadOptions = {}): ReadBlock[] {
	const blocks: ReadBlock[] = [];
	let current: ReadBlock | undefined;
	const flush = () => {
		if (current && /[\p{L}\p{N}]/u.test(current.raw)) blocks.push(current);
		current = undefined;
	};
	const walk = (node: ReadNode, owner: ReadNode, skipTitle: boolean) => {
		if (node.nodeType === TEXT) {
			const text = node.nodeValue ?? '';
			if (!text) return;
			current ??= { element: owner, raw: '', runs: [] };
			current.runs.push({ node, start: current.raw.length });
			current.raw += text;
			return;
		}
		if (node.nodeType !== ELEMENT || isSkipped(node, options)) return;
		if (skipTitle && node === options.title) return;
		const block = BLOCKS.has(tag(node)) || (options.isBlock?.(node) ?? false);
		if (block) flush();
		const children = node.childNodes;
		for (let i = 0; i < children.length; i++) {
			const child = children[i];
			if (child) walk(child, block ? node : owner, skipTitle);
		}
		if (block) flush();
	};
	if (options.title) {
		walk(options.title, options.title, false);
		flush();
	}
	walk(root, root, true);
	flush();
	return blocks;
}

/** Sentence ends: Chinese and Western full stops, question and exclamation marks, semicolons, ellipses. */
const END = /[。！？!?；;…]/u;
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSING = /[”’」』）)】》"'\s]/u;
/** Where an over-long sentence may be cut. */
const PAUSE = /[，、,：:]/u;
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences: `[start, end)` offsets into `text`, trimmed, each containing at
 * least one letter or digit. A sentence longer than `maxLength` is cut after its last comma
 * (or pause mark) before that length, so no single utterance runs on for long.
 */
export function splitSentences(text: string, maxLength = 80): Array<[number, number]> {
	const pieces: Array<[number, number]> = [];
	let start = 0;
	let i = 0;
	while (i < text.length) {
		if (END.test(text[i] ?? '')) {
			let end = i + 1;
			while (end < text.length && (END.test(text[end] ?? '') || CLOSING.test(text[end] ?? ''))) end++;
			pieces.push([start, end]);
			start = end;
			i = end;
		} else i++;
	}
	if (start < text.length) pieces.push([start, text.length]);

	const out: Array<[number, number]> = [];
	for (const [from, to] of pieces) {
		let s = from;
		while (to - s > maxLength) {
			let cut = -1;
			for (let j = s + maxLength - 1; j > s; j--) {
				if (PAUSE.test(text[j] ?? '')) {
					cut = j + 1;
					break;
				}
			}
			if (cut < 0) cut = s + maxLength;
			out.push([s, cut]);
			s = cut;
		}
		out.push([s, to]);
	}
	return out
		.map(([s, e]): [number, number] => {
			while (s < e && /\s/u.test(text[s] ?? '')) s++;
			while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
			return [s, e];
		})
		.filter(([s, e]) => MEANINGFUL.test(text.slice(s, e)));
}

/** Every sentence to read, in order: the title first, then the article. */
export function readableText(root: ReadNode, options: ReadOptions = {}, maxLength = 80): Sentence[] {
	return readableBlocks(root, options).flatMap((block) =>
		splitSentences(block.raw, maxLength).map(([start, end]) => ({
			block,
			start,
			end,
			text: block.raw.slice(start, end).replace(/\s+/gu, ' '),
		})),
	);
}

/**
 * The text node and offset in it for an offset in a block's raw text (for a DOM `Range`).
 * `atEnd` picks the earlier node when the offset falls exactly between two nodes.
 */
export function locate(block: ReadBlock, offset: number, atEnd = false): { node: ReadNode; offset: number } {
	let run = block.runs[0];
	for (const r of block.runs) {
		if (atEnd ? r.start < offset : r.start <= offset) run = r;
		else break;
	}
	if (!run) return { node: block.element, offset: 0 };
	const length = (run.node.nodeValue ?? '').length;
	return { node: run.node, offset: Math.max(0, Math.min(offset - run.start, length)) };
}
