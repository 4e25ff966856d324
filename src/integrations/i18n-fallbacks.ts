/**
 * Starlight renders, under /en/, a copy of every Chinese page that has no English translation
 * ("fallback" pages with a notice). This site serves English readers only the pages written for
 * them: the copies would triple the English site, its search index and "save everything", and list
 * Chinese pages in the English sidebar. So the first step of the post-build pipeline deletes them
 * (Starlight's Pagefind step already skips them: src/route-data.ts turns their indexing off), before
 * the CSP, service-worker and gzip steps read the pages; `fallbackSitemap()` drops them from the
 * sitemap, which is written after the pipeline. Which pages are fallbacks is derived from the
 * articles (src/lib/i18n/locale.ts), never listed.
 */
import type { AstroIntegration, BaseIntegrationHooks } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedInputs } from './content-check';
import type { Step } from './dist-files';
import { slugOfFile } from '../lib/content/pages';
import { fallbackPaths } from '../lib/i18n/locale';

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

/** The paths of Starlight's English copies of untranslated pages, from the checked articles. */
const fallbacksOf = (root: string) => fallbackPaths(checkedInputs(root).articles.map((a) => slugOfFile(a.file)));

/** First step of the post-build pipeline: deletes the untranslated copies under /en/. */
export const i18nFallbacksStep: Step = {
	name: 'i18n-fallbacks',
	run(files, { root }) {
		let removed = 0;
		for (const path of fallbacksOf(root)) {
			const page = `${path.replace(/^\/+/, '')}index.html`;
			if (!files.has(page)) continue;
			files.delete(page);
			removed++;
		}
		return { summary: `removed ${removed} untranslated copies under /en/`, stats: { removed } };
	},
};

/** Drops the deleted copies from the sitemap, which Starlight's sitemap integration writes after the pipeline. */
export function fallbackSitemap(): AstroIntegration {
	let root = '';
	let site = 'http://localhost/';
	return {
		name: 'wallet-help:i18n-fallbacks-sitemap',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? site;
				// Added now, so that it runs after the sitemap Starlight added before us.
				updateConfig({
					integrations: [
						{
							name: 'wallet-help:i18n-fallbacks-sitemap-late',
							hooks: {
								'astro:build:done': ({ dir }: Parameters<BaseIntegrationHooks['astro:build:done']>[0]) => {
									const out = fileURLToPath(dir);
									const removed = fallbacksOf(root);
									for (const file of existsSync(out) ? readdirSync(out) : []) {
										if (!/^sitemap-\d+\.xml$/.test(file)) continue;
										writeFileSync(join(out, file), withoutPaths(readFileSync(join(out, file), 'utf8'), site, removed));
									}
								},
							},
						},
					],
				});
			},
		},
	};
}
