/**
 * After the build: give every page a Content-Security-Policy <meta> with the hashes of its own
 * inline scripts, write `_headers` (the same policy, plus header-only protections) for static
 * hosts, and `robots.txt`. List it before the service worker so the precache sees final pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, withPolicyMeta } from '../lib/security/csp';

export default function security(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'wallet-help:security',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const all = new Set<string>();
				const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
					.filter((f) => f.endsWith('.html'))
					.map((f) => join(root, f));
				for (const file of files) {
					const { html, hashes } = withPolicyMeta(readFileSync(file, 'utf8'));
					writeFileSync(file, html);
					for (const h of hashes) all.add(h);
				}
				writeFileSync(join(root, '_headers'), headersFile(all));
				const sitemap = site ? `Sitemap: ${new URL('sitemap-index.xml', site).href}\n` : '';
				writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\n${sitemap}`);
				logger.info(`Content-Security-Policy on ${files.length} pages, ${all.size} inline script hashes`);
			},
		},
	};
}
