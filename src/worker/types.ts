/**
 * The few service-worker types the worker uses. TypeScript's `webworker` library cannot be loaded
 * next to the `dom` library the rest of the project type-checks with, so they are declared here.
 */

export interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	readonly clientId: string;
	readonly resultingClientId: string;
	respondWith(response: Response | Promise<Response>): void;
}

export interface WorkerClient {
	readonly id: string;
	readonly url: string;
	postMessage(message: unknown): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
	readonly data: unknown;
	readonly source: WorkerClient | null;
}

export interface WorkerClients {
	claim(): Promise<void>;
	matchAll(options?: { type?: 'window' | 'all'; includeUncontrolled?: boolean }): Promise<readonly WorkerClient[]>;
}

export interface WorkerScope {
	readonly location: URL | Location;
	readonly registration: { readonly scope: string };
	readonly caches: CacheStorage;
	readonly crypto: Crypto;
	readonly clients: WorkerClients;
	fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
