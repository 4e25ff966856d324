/**
 * The part of 朗读 (src/components/ReadAloud.astro) that loads when a reader first presses it:
 * collects the sentences (src/lib/elder/readable.ts), speaks them (src/lib/elder/speech.ts),
 * switches the buttons and highlights the sentence being read with a CSS Custom Highlight plus an
 * outline on its block — classes and highlights only, the page's HTML is never rewritten.
 */
import { locate, readableText, type ReadNode, type Sentence } from '../lib/elder/readable';
import { SentenceReader, type ReaderState } from '../lib/elder/speech';

const HIGHLIGHT = 'read-aloud';
const CURRENT = 'read-aloud-current';

export interface SessionParts {
	host: HTMLElement;
	start: HTMLButtonElement;
	pause: HTMLButtonElement;
	stop: HTMLButtonElement;
	synth: SpeechSynthesis;
	Utterance: typeof SpeechSynthesisUtterance;
	/** The Chinese voice chosen now (voices can change while the page is open). */
	voice: () => SpeechSynthesisVoice | undefined;
}

export interface Session {
	read(): void;
	stop(): void;
}

const asNode = (n: ReadNode): Node | undefined => (n instanceof Node ? n : undefined);

/** The article's sentences: the title, then what is visible in `<main>`. */
function sentencesOf(doc: Document): Sentence[] {
	const main = doc.querySelector('main');
	if (!main) return [];
	return readableText(main, {
		title: main.querySelector('h1'),
		skip: (el) => el instanceof Element && !el.checkVisibility(),
		isBlock: (el) => el instanceof Element && !getComputedStyle(el).display.startsWith('inline'),
	});
}

export function createSession({ host, start, pause, stop, synth, Utterance, voice }: SessionParts): Session {
	const doc = host.ownerDocument;
	let sentences: Sentence[] = [];
	let marked: Element | undefined;

	/** Marks the sentence being read and its block; clears the marks when undefined. */
	const show = (sentence: Sentence | undefined) => {
		marked?.classList.remove(CURRENT);
		marked = undefined;
		const highlights = 'highlights' in CSS ? CSS.highlights : undefined;
		highlights?.delete(HIGHLIGHT);
		if (!sentence) return;
		const block = asNode(sentence.block.element);
		if (block instanceof Element) {
			block.classList.add(CURRENT);
			marked = block;
			const box = block.getBoundingClientRect();
			const headerBottom = doc.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
			if (box.top < headerBottom || box.bottom > innerHeight) {
				const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
				block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
			}
		}
		const from = locate(sentence.block, sentence.start);
		const to = locate(sentence.block, sentence.end, true);
		const startNode = asNode(from.node);
		const endNode = asNode(to.node);
		if (!highlights || !startNode || !endNode) return;
		try {
			const range = new Range();
			range.setStart(startNode, from.offset);
			range.setEnd(endNode, to.offset);
			highlights.set(HIGHLIGHT, new Highlight(range));
		} catch {
			/* the page changed under the reader: the block outline still shows where it is */
		}
	};

	const onState = (state: ReaderState) => {
		const hadFocus = host.contains(doc.activeElement);
		host.dataset['state'] = state;
		start.hidden = state !== 'idle';
		pause.hidden = stop.hidden = state === 'idle';
		pause.textContent = state === 'paused' ? '继续' : '暂停';
		if (state === 'idle') show(undefined);
		if (hadFocus) (state === 'idle' ? start : pause).focus();
	};

	const reader = new SentenceReader(
		synth,
		(text, ended, failed) => {
			const u = new Utterance(text);
			const v = voice();
			u.lang = v?.lang ?? 'zh-CN';
			try {
				if (v) u.voice = v;
			} catch {
				/* an engine that rejects the voice still reads by language */
			}
			// A little slower in 长辈模式.
			u.rate = doc.documentElement.dataset['elder'] === 'on' ? 0.85 : 1;
			u.onend = ended;
			u.onerror = failed;
			return u;
		},
		{ onSentence: (i) => show(sentences[i]), onState },
	);

	pause.addEventListener('click', () => (reader.state === 'paused' ? reader.resume() : reader.pause()));
	stop.addEventListener('click', () => reader.stop());

	return {
		read() {
			sentences = sentencesOf(doc);
			reader.start(sentences.map((s) => s.text));
		},
		stop: () => reader.stop(),
	};
}
