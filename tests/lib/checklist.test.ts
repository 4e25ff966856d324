import { describe, expect, it } from 'vitest';
import {
	checklistProgress,
	checklistStorageKey,
	loadTicks,
	parseTicks,
	saveTicks,
	stepKey,
	tickedStepTexts,
	toSteps,
	toggleTick,
} from '../../src/lib/checklist';
import { fakeStorage } from './fake-storage';

const steps = toSteps(['切换网络', '更新 APP', '确认是否扣款', '换一种付款方式']);
const [s0, s1, s2, s3] = steps as [(typeof steps)[0], (typeof steps)[0], (typeof steps)[0], (typeof steps)[0]];

describe('stepKey', () => {
	it('ignores whitespace differences', () => {
		expect(stepKey('  更新\n APP ')).toBe(stepKey('更新 APP'));
	});
	it('differs for different steps', () => {
		expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
	});
});

describe('parseTicks', () => {
	it.each([
		['null', null],
		['a string', 'oops'],
		['an array', [1, 2]],
		['another version', { v: 0, steps: { [s0.key]: '切换网络' } }],
		['a future version', { v: 2, steps: { [s0.key]: '切换网络' } }],
		['steps not an object', { v: 1, steps: ['a'] }],
	])('ignores %s', (_name, stored) => {
		expect(parseTicks(stored, steps).size).toBe(0);
	});

	it('keeps ticks for current steps and drops removed ones', () => {
		const ticks = parseTicks({ v: 1, steps: { [s1.key]: 'old text', gone: '已删除的步骤' } }, steps);
		expect([...ticks.keys()]).toEqual([s1.key]);
		expect(ticks.get(s1.key)).toBe('更新 APP');
	});
});

describe('progress', () => {
	it('counts ticked steps and says it in Chinese', () => {
		let ticks = toggleTick(new Map(), s0, true);
		ticks = toggleTick(ticks, s2, true);
		expect(checklistProgress(ticks, steps)).toEqual({ done: 2, total: 4, complete: false, label: '已完成 2/4' });
	});
	it('is complete only when every step is ticked', () => {
		const all = steps.reduce((t, s) => toggleTick(t, s, true), new Map<string, string>());
		expect(checklistProgress(all, steps).complete).toBe(true);
		expect(checklistProgress(toggleTick(all, s3, false), steps).complete).toBe(false);
	});
	it('is never complete for an empty list', () => {
		expect(checklistProgress(new Map(), []).complete).toBe(false);
	});
});

describe('storage round trip', () => {
	it('keeps ticks per page under a versioned key', () => {
		const store = fakeStorage();
		saveTicks(store, 'issues/refund', toggleTick(new Map(), s1, true));
		expect(store.data.has('wallet-help:checklist:v1:issues/refund')).toBe(true);
		expect([...loadTicks(store, 'issues/refund', steps).keys()]).toEqual([s1.key]);
		expect(loadTicks(store, 'issues/login-problems', steps).size).toBe(0);
	});
	it('removes the key when nothing is ticked', () => {
		const store = fakeStorage();
		saveTicks(store, 'p', toggleTick(new Map(), s1, true));
		saveTicks(store, 'p', new Map());
		expect(store.data.size).toBe(0);
	});
	it('survives corrupt JSON and storage that throws', () => {
		const corrupt = fakeStorage({ [checklistStorageKey('p')]: '{not json' });
		expect(loadTicks(corrupt, 'p', steps).size).toBe(0);
		const failing = fakeStorage({}, true);
		expect(loadTicks(failing, 'p', steps).size).toBe(0);
		expect(saveTicks(failing, 'p', toggleTick(new Map(), s0, true))).toBe(false);
		expect(loadTicks(null, 'p', steps).size).toBe(0);
	});
	it('lets other tools read the ticked step texts', () => {
		const store = fakeStorage();
		saveTicks(store, 'issues/refund', toggleTick(toggleTick(new Map(), s0, true), s2, true));
		expect(tickedStepTexts(store, 'issues/refund')).toEqual(['切换网络', '确认是否扣款']);
		store.setItem(checklistStorageKey('x'), JSON.stringify({ v: 1, steps: { a: 5, b: '', c: '有效' } }));
		expect(tickedStepTexts(store, 'x')).toEqual(['有效']);
	});
});
