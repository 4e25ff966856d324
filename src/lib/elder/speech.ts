/**
 * Speaking a list of sentences one after another through the Web Speech API, with pause, resume
 * and stop, and choosing a Chinese voice. `speechSynthesis` and the utterance constructor are
 * passed in, so tests drive it with a fake engine.
 */

/** The parts of a `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceLike {
	readonly lang: string;
	readonly localService?: boolean;
	readonly default?: boolean;
}

/** Lower is better; undefined: not a voice for Mandarin text. */
function voiceRank(lang: string): number | undefined {
	const l = lang.replace(/_/g, '-').toLowerCase();
	if (/^(zh|cmn)-(cn|hans)\b/.test(l)) return 0;
	if (/^(zh|cmn)(-sg)?$/.test(l) || /^(zh|cmn)-sg\b/.test(l)) return 1;
	if (/^(zh|cmn)-(tw|hant)\b/.test(l)) return 2;
	if (/^(zh-hk|zh-mo|yue)\b/.test(l)) return 3;
	return undefined;
}

/**
 * The best voice for Simplified Chinese text: mainland Mandarin first, then other Mandarin,
 * then Cantonese; voices that work offline before network voices. None: no Chinese voice.
 */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
	let best: { voice: V; score: number } | undefined;
	for (const voice of voices) {
		const rank = voiceRank(voice.lang);
		if (rank === undefined) continue;
		const score = rank * 4 + (voice.localService === false ? 2 : 0) + (voice.default ? 0 : 1);
		if (!best || score < best.score) best = { voice, score };
	}
	return best?.voice;
}

/** The parts of `speechSynthesis` the reader uses; `U` is the engine's utterance type. */
export interface SpeechLike<U> {
	speak(utterance: U): void;
	cancel(): void;
	pause(): void;
	resume(): void;
}

export type ReaderState = 'idle' | 'reading' | 'paused';

export interface ReaderEvents {
	/** Sentence `index` is being spoken now. */
	onSentence(index: number): void;
	onState(state: ReaderState): void;
}

/**
 * Makes an utterance for `text` that calls `ended` when it has been spoken and `failed` when the
 * engine gives up on it (for `SpeechSynthesisUtterance`: its `onend` and `onerror`).
 */
export type MakeUtterance<U> = (text: string, ended: () => void, failed: () => void) => U;

/** Reads sentences in order, one utterance each, so the current one can be shown. */
export class SentenceReader<U> {
	#synth: SpeechLike<U>;
	#utter: MakeUtterance<U>;
	#events: ReaderEvents;
	#sentences: readonly string[] = [];
	#index = 0;
	/** Bumped on every start and stop: events of utterances from an earlier run are ignored. */
	#run = 0;
	#state: ReaderState = 'idle';

	constructor(synth: SpeechLike<U>, utter: MakeUtterance<U>, events: ReaderEvents) {
		this.#synth = synth;
		this.#utter = utter;
		this.#events = events;
	}

	get state(): ReaderState {
		return this.#state;
	}

	start(sentences: readonly string[]): void {
		this.#synth.cancel();
		this.#run++;
		this.#sentences = sentences;
		this.#index = 0;
		if (sentences.length === 0) return this.#set('idle');
		this.#set('reading');
		this.#speak();
	}

	pause(): void {
		if (this.#state !== 'reading') return;
		this.#synth.pause();
		this.#set('paused');
	}

	resume(): void {
		if (this.#state !== 'paused') return;
		this.#synth.resume();
		this.#set('reading');
	}

	stop(): void {
		this.#run++;
		this.#synth.cancel();
		this.#set('idle');
	}

	#speak(): void {
		const run = this.#run;
		const text = this.#sentences[this.#index];
		if (text === undefined) return this.#set('idle');
		const utterance = this.#utter(
			text,
			() => {
				if (run !== this.#run) return;
				this.#index++;
				this.#speak();
			},
			() => {
				if (run === this.#run) this.stop();
			},
		);
		this.#events.onSentence(this.#index);
		this.#synth.speak(utterance);
	}

	#set(state: ReaderState): void {
		if (state === this.#state) return;
		this.#state = state;
		this.#events.onState(state);
	}
}
