import { describe, expect, it } from 'vitest';
import { baseSlug, fallbackPaths, localeOfLang, localeOfPath, localeOfSlug, localizedSlug, otherLanguage, pathOf } from '../../../src/lib/i18n/locale';
import { localizeSidebar, type SidebarEntries } from '../../../src/lib/content/sidebar';
import { withoutPaths } from '../../../src/integrations/i18n-fallbacks';

const slugs = new Set(['index', 'issues', 'issues/refund', 'issues/top-up-failed', 'contact', 'en', 'en/issues', 'en/issues/refund', 'en/visitors/paying']);

describe('locales from slugs, paths and lang', () => {
	it.each([
		['en', 'en'],
		['en/issues/refund', 'en'],
		['issues/refund', 'zh'],
		['english', 'zh'],
		['index', 'zh'],
	] as const)('%s → %s', (slug, locale) => expect(localeOfSlug(slug)).toBe(locale));

	it.each([
		['/en/', 'en'],
		['/en/issues/refund/', 'en'],
		['/issues/refund/', 'zh'],
		['/english/', 'zh'],
	] as const)('path %s → %s', (path, locale) => expect(localeOfPath(path)).toBe(locale));

	it.each([
		['en', 'en'],
		['en-GB', 'en'],
		['zh-CN', 'zh'],
		['', 'zh'],
		[null, 'zh'],
	] as const)('lang %s → %s', (lang, locale) => expect(localeOfLang(lang)).toBe(locale));

	it('maps slugs between the languages, keeping the Chinese slug', () => {
		expect(baseSlug('en/issues/refund')).toBe('issues/refund');
		expect(baseSlug('en')).toBe('index');
		expect(localizedSlug('issues/refund', 'en')).toBe('en/issues/refund');
		expect(localizedSlug('index', 'en')).toBe('en');
		expect(localizedSlug('issues/refund', 'zh')).toBe('issues/refund');
		expect(pathOf('index')).toBe('/');
		expect(pathOf('en')).toBe('/en/');
	});
});

describe('the language switch', () => {
	it.each([
		['issues/refund', '/en/issues/refund/', true],
		['issues/top-up-failed', '/en/', false],
		['index', '/en/', true],
		['en/issues/refund', '/issues/refund/', true],
		['en/visitors/paying', '/', false],
		['en', '/', true],
	] as const)('%s → %s', (slug, href, translated) => {
		expect(otherLanguage(slug, slugs)).toMatchObject({ href, translated, locale: localeOfSlug(slug) === 'en' ? 'zh' : 'en' });
	});
});

describe('Starlight’s untranslated copies', () => {
	it('are the English paths of Chinese pages without a translation', () => {
		expect(fallbackPaths([...slugs, '404'])).toEqual(['/en/contact/', '/en/issues/top-up-failed/']);
	});

	it('are dropped from the sidebar with the groups they leave empty', () => {
		const link = (href: string) => ({ type: 'link' as const, label: href, href, isCurrent: false, badge: undefined, attrs: {} });
		const group = (label: string, entries: SidebarEntries) => ({ type: 'group' as const, label, entries, collapsed: false, badge: undefined });
		const sidebar: SidebarEntries = [group('Problems', [link('/en/issues/'), link('/en/issues/top-up-failed/')]), group('Wallets', [link('/en/wallets/')])];
		expect(localizeSidebar(sidebar, new Set(['/en/issues/']))).toEqual([group('Problems', [link('/en/issues/')])]);
	});

	it('are dropped from the sitemap, with alternate links to them', () => {
		const xml =
			'<urlset><url><loc>https://x.example/en/contact/</loc></url><url><loc>https://x.example/contact/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/contact/"/></url></urlset>';
		expect(withoutPaths(xml, 'https://x.example', ['/en/contact/'])).toBe('<urlset><url><loc>https://x.example/contact/</loc></url></urlset>');
	});
});
