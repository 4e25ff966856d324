/**
 * Speaking a list of sentences one after another through the Web Speech API, with pause, resume
 * and stop. The engine and the way to make an utterance are passed in, so tests drive it with a
 * fake engine.
 */

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
		try {
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
		} catch {
			// An engine that refuses the utterance (or its voice) ends the reading instead of hanging.
			if (run === this.#run) this.stop();
		}
	}

	#set(state: ReaderState): void {
		if (state === this.#state) return;
		this.#state = state;
		this.#events.onState(state);
	}
}
