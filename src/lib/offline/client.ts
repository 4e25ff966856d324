/**
 * Offline behaviour in the page: registers the service worker, says politely when the reader is
 * offline, and offers a new version once it is fully downloaded — the reader switches with one tap,
 * so old HTML and new assets never mix. Browser objects are passed in, never read at import.
 */

export const OFFLINE_TEXT = '当前离线，显示的是已保存的内容。';
export const UPDATE_TEXT = '有新版本，点击刷新';

/** The status line for a connectivity state; empty when online. */
export function connectivityText(online: boolean): string {
	return online ? '' : OFFLINE_TEXT;
}

export interface OfflineUi {
	/** Shows or hides the offline line. */
	setOffline(text: string): void;
	/** Shows the update button; `onAccept` is called when the reader taps it. */
	offerUpdate(onAccept: () => void): void;
}

/** Wires the service worker and connectivity events of `win` to `ui`. */
export async function startOfflineSupport(win: Window, ui: OfflineUi, swUrl = '/sw.js'): Promise<void> {
	const update = () => ui.setOffline(connectivityText(win.navigator.onLine));
	win.addEventListener('online', update);
	win.addEventListener('offline', update);
	update();

	const container = win.navigator.serviceWorker;
	if (!container) return;
	let reloading = false;
	const hadController = Boolean(container.controller);
	container.addEventListener('controllerchange', () => {
		// First install takes control silently; later switches reload into the new version.
		if (!hadController || reloading) return;
		reloading = true;
		win.location.reload();
	});

	let registration: ServiceWorkerRegistration | undefined;
	try {
		registration = await container.register(swUrl, { scope: '/' });
	} catch {
		return;
	}
	// Some browsers (and automation with service workers blocked) resolve without a registration.
	if (!registration) return;
	const reg = registration;
	const offer = (worker: ServiceWorker) => ui.offerUpdate(() => worker.postMessage({ type: 'SKIP_WAITING' }));
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
