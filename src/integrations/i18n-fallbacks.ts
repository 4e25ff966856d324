/**
 * Starlight renders, under /en/, a copy of every Chinese page that has no English translation
 * ("fallback" pages with a notice). This site serves English readers only the pages written for
 * them: the copies would triple the English site, its search index and "save everything", and list
 * Chinese pages in the English sidebar. So, after Starlight's build (its Pagefind step skips them:
 * src/route-data.ts turns their indexing off), this step deletes them before the CSP, service-worker
 * and gzip steps read the pages, and a last step drops them from the sitemap. Which pages are
 * fallbacks is derived from the articles (src/lib/i18n/locale.ts), never listed.
 */
import type { AstroIntegration, BaseIntegrationHooks } from 'astro';
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './content-check';
import { slugOfFile } from '../lib/content/pages';
import { fallbackPaths } from '../lib/i18n/locale';

let removed: string[] = [];

/** Removes `<url>` entries and alternate links to `paths` from a sitemap's XML. */
export function withoutPaths(xml: string, site: string, paths: readonly string[]): string {
	const urls = new Set(paths.map((p) => new URL(p, site).href));
	return xml
		.replace(/<url>[\s\S]*?<\/url>/g, (entry) => {
			const loc = /<loc>([^<]*)<\/loc>/.exec(entry)?.[1];
			return loc && urls.has(loc) ? '' : entry;
		})
		.replace(/<xhtml:link [^>]*href="([^"]*)"[^>]*\/>/g, (link, href: string) => (urls.has(href) ? '' : link));
}

export default function i18nFallbacks(): AstroIntegration {
	let root = '';
	let site = 'http://localhost/';
	return {
		name: 'wallet-help:i18n-fallbacks',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? site;
				// Added now, so it runs after the sitemap Starlight added before us.
				updateConfig({
					integrations: [
						{
							name: 'wallet-help:i18n-fallbacks-sitemap',
							hooks: {
								'astro:build:done': ({ dir }: Parameters<BaseIntegrationHooks['astro:build:done']>[0]) => {
									const out = fileURLToPath(dir);
									for (const file of existsSync(out) ? readdirSync(out) : []) {
										if (!/^sitemap-\d+\.xml$/.test(file)) continue;
										const xml = readFileSync(join(out, file), 'utf8');
										writeFileSync(join(out, file), withoutPaths(xml, site, removed));
									}
								},
							},
						},
					],
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const slugs = readArticles(root, join(root, 'content/docs')).map((a) => slugOfFile(a.file));
				removed = fallbackPaths(slugs);
				// Deepest first, so a folder emptied of its pages goes too.
				for (const path of [...removed].reverse()) {
					const folder = join(out, path);
					const page = join(folder, 'index.html');
					if (!existsSync(page)) continue;
					rmSync(page);
					if (readdirSync(folder).length === 0) rmdirSync(folder);
				}
				logger.info(`removed ${removed.length} untranslated copies under /en/`);
			},
		},
	};
}
