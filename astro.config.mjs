// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import { searchWeightsPlugin } from './src/integrations/search-weights.ts';
import { sidebarGroups } from './src/lib/content/sidebar.ts';
import security from './src/integrations/security.ts';
import serviceWorker from './src/integrations/service-worker.ts';

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
	markdown: {
		/**
		 * External links in articles never hand the opener or the referrer to another site;
		 * the 症状 section of an article weighs more in search.
		 */
		processor: satteri({ hastPlugins: [externalLinksPlugin, searchWeightsPlugin] }),
	},
	integrations: [
		starlight({
			title: '钱包帮助中心',
			description:
				'支付宝、微信支付、PayPal、Apple Pay 出问题时的自助排查步骤、客服渠道选择和求助指南。',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			lastUpdated: true,
			sidebar: sidebarGroups,
			customCss: ['./src/styles/help-center.css', './src/styles/elder.css'],
			routeMiddleware: './src/route-data.ts',
			components: {
				Head: './src/components/overrides/Head.astro',
				Header: './src/components/overrides/Header.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
			},
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
		}),
		// These two read the finished build (after Starlight's Pagefind index), in this order:
		// CSP metas change pages, then the service worker precaches the final files.
		security(),
		serviceWorker(),
	],
});
