import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../../src/lib/offline/state';

describe('parseState', () => {
	it.each([
		['nothing', undefined],
		['null', null],
		['a string', 'savedAll'],
		['an array', [1]],
		['another version', { v: 2, savedAll: true }],
		['no version', { savedAll: true }],
	])('falls back to the default for %s', (_name, data) => {
		expect(parseState(data)).toEqual({ savedAll: false });
	});

	it('reads what it wrote', () => {
		const state = { savedAll: true, refreshedFor: 'abc123' };
		expect(parseState(JSON.parse(serializeState(state)))).toEqual(state);
	});

	it('ignores fields of the wrong type', () => {
		expect(parseState({ v: 1, savedAll: 'yes', refreshedFor: 5 })).toEqual({ savedAll: false });
		expect(parseState({ v: 1, savedAll: true, refreshedFor: 'x'.repeat(500) })).toEqual({ savedAll: true });
	});
});
