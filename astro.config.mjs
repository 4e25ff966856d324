// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import { searchWeightsPlugin } from './src/integrations/search-weights.ts';
import { sidebarGroups } from './src/lib/content/sidebar.ts';
import { SITE_TITLE } from './src/lib/offline/names.ts';
import contentCheck from './src/integrations/content-check.ts';
import guide from './src/integrations/guide.ts';
import safeComponents from './src/integrations/safe-components.ts';
import postBuild from './src/integrations/pipeline.ts';
import { STEPS } from './src/integrations/steps.ts';
import { fallbackSitemap } from './src/integrations/i18n-fallbacks.ts';

/**
 * The site's public origin, used for canonical URLs and the sitemap.
 * Set SITE_URL when deploying somewhere else.
 */
const site = process.env.SITE_URL ?? 'https://help.wallet-help.example';

export default defineConfig({
	site,
	/** Articles live in the top-level `content/docs/`: Starlight reads `<srcDir>/content/docs/`. */
	srcDir: '.',
	trailingSlash: 'always',
	vite: {
		build: {
			/**
			 * Never inline our bundled scripts into the HTML: every script the build emits is then a
			 * file under /_astro/, and the only inline scripts left are Starlight's few fixed ones,
			 * which the CSP allow-list pins (src/integrations/csp-inline-scripts.json).
			 */
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				/**
				 * MDX pages start with Astro's own `"use astro:head-inject"` directive, which the
				 * bundler reports once per article although Astro handles it: keep the log for
				 * what matters.
				 */
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		/**
		 * External links in articles never hand the opener or the referrer to another site;
		 * the 症状 section of an article weighs more in search.
		 */
		processor: satteri({ hastPlugins: [externalLinksPlugin, searchWeightsPlugin] }),
	},
	integrations: [
		// First: an editor's mistake stops the build, naming the file and the field.
		contentCheck(),
		// Starlight's components with the props it renders as HTML escaped, wherever they are imported.
		safeComponents(),
		starlight({
			title: SITE_TITLE,
			description: '支付宝、微信支付、PayPal、Apple Pay 出问题时的自助排查步骤、客服渠道选择和求助指南。',
			defaultLocale: 'root',
			locales: {
				root: { label: '简体中文', lang: 'zh-CN' },
				/** The English edition for visitors, under /en/ (README “English edition”). */
				en: { label: 'English', lang: 'en' },
			},
			lastUpdated: true,
			sidebar: sidebarGroups,
			customCss: ['./src/styles/help-center.css', './src/styles/elder.css'],
			routeMiddleware: './src/route-data.ts',
			components: {
				Head: './src/components/overrides/Head.astro',
				Header: './src/components/overrides/Header.astro',
				/** The language switch is a plain link in our Header (works without JS, visible on phones). */
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
			},
		}),
		/** The 问题向导 under /start/, from content/guide/tree.yaml. */
		guide(),
		/**
		 * Last: every step over the finished build (after Starlight's Pagefind index), in the order
		 * of the STEPS list (src/integrations/steps.ts) — untranslated copies out, search data, CSP, service worker, gzip copies — with one read and one
		 * write of dist/, and a report in .astro/build-report.json. Also adds the /offline/ page.
		 */
		postBuild({ steps: STEPS }),
		/** Starlight's English copies of untranslated pages leave the sitemap too (it is written after the pipeline). */
		fallbackSitemap(),
	],
});
