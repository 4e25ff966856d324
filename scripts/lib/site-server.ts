/**
 * Serves a built site on 127.0.0.1 like the deployment: directory indexes, 404.html for misses, and
 * the deployment's `Cache-Control` (hashed bundles cached for good, everything else revalidated by
 * ETag), so a browser here caches exactly what a reader's browser does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { DIST } from './paths.ts';
import { cacheControlFor } from '../../src/lib/security/headers.ts';

export interface SiteServer {
	url: string;
	/** Serve another build from now on (simulates a new deployment). */
	setRoot(dir: string): void;
	close(): Promise<void>;
}

export async function serveSite(root = DIST): Promise<SiteServer> {
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(`No built site in ${root}: run \`npm run build\` first (npm test does).`);
	}
	const handlerFor = (dir: string) =>
		sirv(dir, {
			etag: true,
			setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControlFor(pathname)),
			onNoMatch: (_req, res) => {
				res.statusCode = 404;
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.end(readFileSync(resolve(dir, '404.html')));
			},
		});
	let handler = handlerFor(root);
	const server: Server = createServer((req, res) => handler(req, res));
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		setRoot: (dir) => {
			handler = handlerFor(dir);
		},
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}
