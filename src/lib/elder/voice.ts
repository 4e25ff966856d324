/**
 * Choosing the speech-synthesis voice for 朗读 (read aloud). Small on purpose: pages load it at
 * start-up to decide whether to offer 朗读 at all; the reader itself loads when first used.
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
	if (/^(zh|cmn)($|-sg\b)/.test(l)) return 1;
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
