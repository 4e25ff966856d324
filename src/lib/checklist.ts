/**
 * Self-check checklist state: which steps of an article the reader has ticked.
 *
 * Stored per article under `wallet-help:checklist:v1:<pageId>` as
 * `{ "v": 1, "steps": { "<stepKey>": "<step text>" } }` — only ticked steps, keyed by a hash of
 * the step's text so that editing or removing a step silently drops its old tick, and with the
 * text so other tools (the report builder) can quote what the reader already tried.
 */
import type { Locale } from './i18n/locale';
import { isRecord, readJson, removeKey, writeJson, type KeyValueStore } from './storage';

export const CHECKLIST_VERSION = 1;
const PREFIX = 'wallet-help:checklist:';

export function checklistStorageKey(pageId: string): string {
	return `${PREFIX}v${CHECKLIST_VERSION}:${pageId}`;
}

/** A step's identity: whitespace-insensitive FNV-1a hash of its text, base 36. */
export function stepKey(text: string): string {
	const normalized = text.replace(/\s+/g, ' ').trim();
	let hash = 0x811c9dc5;
	for (let i = 0; i < normalized.length; i++) {
		hash ^= normalized.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

export interface Step {
	key: string;
	text: string;
}

export function toSteps(texts: readonly string[]): Step[] {
	return texts.map((text) => ({ key: stepKey(text), text: text.replace(/\s+/g, ' ').trim() }));
}

/** The `steps` record of stored data of the current version, or undefined for anything else. */
function storedSteps(stored: unknown): Record<string, unknown> | undefined {
	return isRecord(stored) && stored['v'] === CHECKLIST_VERSION && isRecord(stored['steps']) ? stored['steps'] : undefined;
}

/** Ticked steps as stored: key → text. */
export type Ticks = ReadonlyMap<string, string>;

/**
 * Parses stored data from `unknown`. Corrupt data, another version, or steps that no longer
 * exist in `steps` are dropped; an empty map is the answer to anything unusable.
 */
export function parseTicks(stored: unknown, steps: readonly Step[]): Map<string, string> {
	const ticks = new Map<string, string>();
	const saved = storedSteps(stored);
	if (!saved) return ticks;
	const current = new Map(steps.map((s) => [s.key, s.text]));
	for (const key of Object.keys(saved)) {
		const text = current.get(key);
		if (text !== undefined) ticks.set(key, text);
	}
	return ticks;
}

export function serializeTicks(ticks: Ticks): { v: number; steps: Record<string, string> } {
	return { v: CHECKLIST_VERSION, steps: Object.fromEntries(ticks) };
}

export function toggleTick(ticks: Ticks, step: Step, checked: boolean): Map<string, string> {
	const next = new Map(ticks);
	if (checked) next.set(step.key, step.text);
	else next.delete(step.key);
	return next;
}

export interface ChecklistProgress {
	done: number;
	total: number;
	complete: boolean;
	label: string;
}

export function checklistProgress(ticks: Ticks, steps: readonly Step[], locale: Locale = 'zh'): ChecklistProgress {
	const done = steps.filter((s) => ticks.has(s.key)).length;
	const total = steps.length;
	const label = locale === 'en' ? `${done} of ${total} done` : `已完成 ${done}/${total}`;
	return { done, total, complete: total > 0 && done === total, label };
}

export function loadTicks(store: KeyValueStore | null | undefined, pageId: string, steps: readonly Step[]) {
	return parseTicks(readJson(store, checklistStorageKey(pageId)), steps);
}

export function saveTicks(store: KeyValueStore | null | undefined, pageId: string, ticks: Ticks): boolean {
	if (ticks.size === 0) {
		removeKey(store, checklistStorageKey(pageId));
		return true;
	}
	return writeJson(store, checklistStorageKey(pageId), serializeTicks(ticks));
}

/**
 * The texts of the steps a reader ticked on a page, for quoting elsewhere (report builder),
 * without knowing the page's current steps. Unusable data gives an empty list.
 */
export function tickedStepTexts(store: KeyValueStore | null | undefined, pageId: string): string[] {
	return Object.values(storedSteps(readJson(store, checklistStorageKey(pageId))) ?? {})
		.filter((t): t is string => typeof t === 'string' && t.trim() !== '')
		.map((t) => t.slice(0, 300));
}
