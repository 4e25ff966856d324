/**
 * What the help center remembers about offline saving, shared by the page and the service worker
 * (which cannot read localStorage), stored as one JSON entry at STATE_PATH in the `state` cache:
 *
 * `{ "v": 1, "savedAll": true, "refreshedFor": "<build id>" }`
 *
 * - `savedAll`: the reader saved the whole help center, so new pages of a later deployment are
 *   saved too;
 * - `refreshedFor`: the deployment the saved pages were last brought up to.
 *
 * Stored data is untrusted: anything unreadable is the default state.
 */
import { isRecord } from '../storage';

export const STATE_VERSION = 1;

export interface OfflineState {
	savedAll: boolean;
	refreshedFor?: string;
}

export const DEFAULT_STATE: OfflineState = { savedAll: false };

export function parseState(data: unknown): OfflineState {
	if (!isRecord(data) || data['v'] !== STATE_VERSION) return { ...DEFAULT_STATE };
	const state: OfflineState = { savedAll: data['savedAll'] === true };
	if (typeof data['refreshedFor'] === 'string' && data['refreshedFor'].length <= 64) state.refreshedFor = data['refreshedFor'];
	return state;
}

export function serializeState(state: OfflineState): string {
	return JSON.stringify({ v: STATE_VERSION, ...state });
}
