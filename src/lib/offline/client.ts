/**
 * Offline behaviour in the page: registers the service worker, says politely when the reader is
 * offline — when the browser says so, or when the worker reports that requests fail while the
 * browser still claims to be online — and offers a new version once it is fully downloaded: the
 * reader switches with one tap, so old HTML and new assets never mix. After a switch it asks the
 * worker to bring saved pages up to date. Browser objects are passed in, never read at import.
 */
import { isRecord, readJson, sessionStore, writeJson } from '../storage';
import { MESSAGES } from './names';
import { localeOfLang, type Locale } from '../i18n/locale';

export const OFFLINE_TEXT = '当前离线，显示的是已保存的内容。';
export const UNREACHABLE_TEXT = '连不上网络，显示的是已保存的内容。';
export const UPDATE_TEXT = '有新版本，点击刷新';

/** The bar's texts in each language; a page picks its own by `<html lang>` (`netText`). */
export const NET_TEXT: Readonly<Record<Locale, { offline: string; unreachable: string; update: string }>> = {
	zh: { offline: OFFLINE_TEXT, unreachable: UNREACHABLE_TEXT, update: UPDATE_TEXT },
	en: {
		offline: 'You are offline: this is the saved copy.',
		unreachable: 'Cannot reach the network: this is the saved copy.',
		update: 'A new version is ready: tap to reload',
	},
};

/** The bar's texts for a page's `lang` attribute. */
export const netText = (lang: string | null | undefined) => NET_TEXT[localeOfLang(lang)];

/**
 * The status line; empty when online. `reachable` is what the service worker saw of the last
 * requests (false: they failed or timed out and a saved copy was shown).
 */
export function connectivityText(online: boolean, reachable = true, text = NET_TEXT.zh): string {
	if (!online) return text.offline;
	return reachable ? '' : text.unreachable;
}

/** Reads a `{ type: 'wallet-help:network', ok }` message from the worker; anything else is undefined. */
export function networkMessage(data: unknown): boolean | undefined {
	return isRecord(data) && data['type'] === MESSAGES.network && typeof data['ok'] === 'boolean' ? data['ok'] : undefined;
}

/** Where a page notes that it reloads into a new version (sessionStorage: `{ "at": <ms> }`). */
export const SWITCH_KEY = 'wallet-help:switched:v1';
/** A version switch fires `controllerchange` more than once within this time; it reloads once. */
export const SWITCH_WINDOW_MS = 10_000;

/**
 * Should a `controllerchange` reload the page? Not on the first install (it takes control
 * silently), not twice, and not in a page that was itself loaded by the same switch moments ago:
 * Chromium fires the event again there when the new worker finishes activating.
 */
export function reloadOnSwitch(hadController: boolean, reloading: boolean, switchedAt: unknown, now: number): boolean {
	if (!hadController || reloading) return false;
	const at = isRecord(switchedAt) && typeof switchedAt['at'] === 'number' ? switchedAt['at'] : undefined;
	return at === undefined || now - at < 0 || now - at > SWITCH_WINDOW_MS;
}

export interface OfflineUi {
	/** Shows or hides the offline line. */
	setOffline(text: string): void;
	/** Shows the update button; `onAccept` is called when the reader taps it. */
	offerUpdate(onAccept: () => void): void;
}

/** The site's base path (Astro's `base`), ending in `/`: the worker's URL prefix and scope. */
const SITE_BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Wires the service worker and connectivity events of `win` to `ui`; `base` is the site's base path (the worker's scope). */
export async function startOfflineSupport(win: Window, ui: OfflineUi, base = SITE_BASE): Promise<void> {
	let reachable = true;
	const text = netText(win.document.documentElement.lang);
	const update = () => ui.setOffline(connectivityText(win.navigator.onLine, reachable, text));
	win.addEventListener('online', () => {
		reachable = true;
		update();
	});
	win.addEventListener('offline', update);
	update();

	const container = win.navigator.serviceWorker;
	if (!container) return;
	container.addEventListener('message', (event) => {
		const ok = networkMessage(event.data);
		if (ok === undefined) return;
		reachable = ok;
		update();
	});
	container.startMessages();
	// How did the request for this very page go? And are saved pages from an older version?
	container.controller?.postMessage({ type: MESSAGES.status });
	container.controller?.postMessage({ type: MESSAGES.refresh });
	let reloading = false;
	const hadController = Boolean(container.controller);
	const session = sessionStore(win);
	container.addEventListener('controllerchange', () => {
		if (!reloadOnSwitch(hadController, reloading, readJson(session, SWITCH_KEY), Date.now())) return;
		reloading = true;
		writeJson(session, SWITCH_KEY, { at: Date.now() });
		win.location.reload();
	});

	let registration: ServiceWorkerRegistration | undefined;
	try {
		registration = await container.register(`${base}sw.js`, { scope: base });
	} catch {
		return;
	}
	// Some browsers (and automation with service workers blocked) resolve without a registration.
	if (!registration) return;
	const reg = registration;
	const offer = (worker: ServiceWorker) => ui.offerUpdate(() => worker.postMessage({ type: MESSAGES.skipWaiting }));
	/** Offers a new worker once it has downloaded everything (state `installed`, waiting). */
	const track = (worker: ServiceWorker | null) => {
		if (!worker || !container.controller) return;
		if (worker.state === 'installed') offer(worker);
		else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
	};
	track(reg.waiting);
	track(reg.installing);
	reg.addEventListener('updatefound', () => track(reg.installing));
	// Look for a new deployment whenever the reader comes back to the page.
	win.document.addEventListener('visibilitychange', () => {
		if (win.document.visibilityState === 'visible') void reg.update().catch(() => undefined);
	});
}
