import { describe, expect, it } from 'vitest';
import { SentenceReader, type ReaderState } from '../../../src/lib/elder/speech';
import { pickChineseVoice } from '../../../src/lib/elder/voice';

const voice = (lang: string, extra: { localService?: boolean; default?: boolean } = {}) => ({ name: lang, lang, ...extra });

describe('pickChineseVoice', () => {
	it.each<[string, ReturnType<typeof voice>[], string | undefined]>([
		['no voices (headless browsers, some phones)', [], undefined],
		['no Chinese voice', [voice('en-US'), voice('ja-JP')], undefined],
		['mainland Mandarin', [voice('en-US'), voice('zh-CN')], 'zh-CN'],
		['mainland before Taiwan and Hong Kong', [voice('zh-HK'), voice('zh-TW'), voice('zh-CN')], 'zh-CN'],
		['Taiwan Mandarin before Cantonese', [voice('zh-HK'), voice('zh-TW')], 'zh-TW'],
		['underscores and case (Android)', [voice('en_US'), voice('ZH_cn')], 'ZH_cn'],
		['script subtags', [voice('zh-Hant-TW'), voice('zh-Hans-CN')], 'zh-Hans-CN'],
		['a bare zh', [voice('fr-FR'), voice('zh')], 'zh'],
		['Cantonese when it is all there is', [voice('yue-HK')], 'yue-HK'],
		['not a language that merely starts with the letters', [voice('zha-CN')], undefined],
	])('%s', (_name, voices, lang) => {
		expect(pickChineseVoice(voices)?.lang).toBe(lang);
	});

	it('prefers a voice that works offline, then the default one', () => {
		const online = { ...voice('zh-CN', { localService: false, default: true }), name: 'online' };
		const local = { ...voice('zh-CN', { localService: true }), name: 'local' };
		const localDefault = { ...voice('zh-CN', { localService: true, default: true }), name: 'local default' };
		expect(pickChineseVoice([online, local])?.name).toBe('local');
		expect(pickChineseVoice([online, local, localDefault])?.name).toBe('local default');
	});
});

interface FakeUtterance {
	text: string;
	ended: () => void;
	failed: () => void;
}

/** A speech engine that records what it is asked to do; `finish()` ends the utterance being spoken. */
function fakeSynth() {
	const log: string[] = [];
	let current: FakeUtterance | undefined;
	return {
		log,
		current: () => current,
		finish() {
			const u = current;
			current = undefined;
			u?.ended();
		},
		fail() {
			const u = current;
			current = undefined;
			u?.failed();
		},
		speak(u: FakeUtterance) {
			log.push(`speak ${u.text}`);
			current = u;
		},
		cancel() {
			log.push('cancel');
		},
		pause() {
			log.push('pause');
		},
		resume() {
			log.push('resume');
		},
	};
}

function setUp() {
	const synth = fakeSynth();
	const states: ReaderState[] = [];
	const shown: number[] = [];
	const reader = new SentenceReader(synth, (text, ended, failed): FakeUtterance => ({ text, ended, failed }), {
		onSentence: (i) => shown.push(i),
		onState: (s) => states.push(s),
	});
	return { synth, states, shown, reader };
}

describe('SentenceReader', () => {
	it('speaks one sentence at a time, in order, and goes idle after the last', () => {
		const { synth, states, shown, reader } = setUp();
		reader.start(['标题', '第一句。', '第二句。']);
		expect(synth.log).toEqual(['cancel', 'speak 标题']);
		synth.finish();
		synth.finish();
		expect(synth.log.slice(1)).toEqual(['speak 标题', 'speak 第一句。', 'speak 第二句。']);
		expect(shown).toEqual([0, 1, 2]);
		synth.finish();
		expect(states).toEqual(['reading', 'idle']);
		expect(reader.state).toBe('idle');
	});

	it('pauses and resumes the engine', () => {
		const { synth, states, reader } = setUp();
		reader.start(['一。', '二。']);
		reader.pause();
		reader.pause();
		expect(reader.state).toBe('paused');
		reader.resume();
		expect(synth.log).toEqual(['cancel', 'speak 一。', 'pause', 'resume']);
		expect(states).toEqual(['reading', 'paused', 'reading']);
	});

	it('ignores pause and resume when they do not apply', () => {
		const { synth, reader } = setUp();
		reader.pause();
		reader.resume();
		expect(synth.log).toEqual([]);
	});

	it('stops: cancels the engine and ignores the end event of the cancelled sentence', () => {
		const { synth, states, reader } = setUp();
		reader.start(['一。', '二。']);
		const cancelled = synth.current();
		reader.stop();
		cancelled?.ended();
		expect(synth.log).toEqual(['cancel', 'speak 一。', 'cancel']);
		expect(states).toEqual(['reading', 'idle']);
	});

	it('stops when the engine reports an error', () => {
		const { synth, reader } = setUp();
		reader.start(['一。', '二。']);
		synth.fail();
		expect(reader.state).toBe('idle');
		expect(synth.log.filter((l) => l.startsWith('speak'))).toEqual(['speak 一。']);
	});

	it('stops instead of hanging when the engine throws', () => {
		const states: ReaderState[] = [];
		const synth = {
			...fakeSynth(),
			speak: () => {
				throw new TypeError('not a voice');
			},
		};
		const reader = new SentenceReader(synth, (text) => ({ text }), { onSentence: () => undefined, onState: (s) => states.push(s) });
		reader.start(['一。']);
		expect(states).toEqual(['reading', 'idle']);
	});

	it('starts over from the beginning when started again', () => {
		const { synth, shown, reader } = setUp();
		reader.start(['一。', '二。']);
		const old = synth.current();
		synth.finish();
		reader.start(['甲。']);
		old?.ended();
		expect(shown).toEqual([0, 1, 0]);
		expect(synth.log.filter((l) => l.startsWith('speak'))).toEqual(['speak 一。', 'speak 二。', 'speak 甲。']);
	});

	it('has nothing to read in an empty article', () => {
		const { synth, states, reader } = setUp();
		reader.start([]);
		expect(states).toEqual([]);
		expect(reader.state).toBe('idle');
		expect(synth.log).toEqual(['cancel']);
	});
});
