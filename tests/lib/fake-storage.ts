import type { KeyValueStore } from '../../src/lib/storage';

/** A Map-backed Storage stand-in; `failing` makes every call throw like a disabled storage. */
export function fakeStorage(initial: Record<string, string> = {}, failing = false): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	const guard = () => {
		if (failing) throw new DOMException('denied', 'SecurityError');
	};
	return {
		data,
		getItem: (k) => (guard(), data.get(k) ?? null),
		setItem: (k, v) => (guard(), void data.set(k, v)),
		removeItem: (k) => (guard(), void data.delete(k)),
	};
}
