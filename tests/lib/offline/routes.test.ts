import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/lib/offline/routes';

const origin = 'https://help.example';
const shell = new Set(['/', '/offline/', '/manifest.webmanifest']);

describe('routeOf', () => {
	it.each([
		['a page', 'GET', 'navigate', '/issues/refund/', 'page'],
		['the home page', 'GET', 'navigate', '/?utm_source=x', 'page'],
		['a stylesheet', 'GET', 'no-cors', '/_astro/middleware.B.css', 'asset'],
		['Pagefind’s entry file', 'GET', 'cors', '/pagefind/pagefind-entry.json?ts=1', 'search'],
		['an index chunk', 'GET', 'cors', '/pagefind/index/zh_1.pf_index', 'search'],
		['the web app manifest', 'GET', 'cors', '/manifest.webmanifest', 'shell'],
		['the offline manifest', 'GET', 'cors', '/offline-manifest.json', 'pass'],
		['a page fetched by “save everything”', 'GET', 'cors', '/issues/refund/', 'pass'],
		['a POST', 'POST', 'navigate', '/issues/refund/', 'pass'],
	])('%s → %s', (_name, method, mode, path, route) => {
		expect(routeOf({ method, mode, url: `${origin}${path}` }, origin, shell)).toBe(route);
	});

	it('leaves other sites alone', () => {
		expect(routeOf({ method: 'GET', mode: 'navigate', url: 'https://other.example/' }, origin, shell)).toBe('pass');
	});

	describe('with the site in a folder (base /help/)', () => {
		const base = '/help/';
		const inFolder = new Set(['/help/', '/help/offline/', '/help/manifest.webmanifest']);
		it.each([
			['a page of the site', 'navigate', '/help/issues/refund/', 'page'],
			['the site’s home without its slash', 'navigate', '/help', 'page'],
			['a stylesheet of the site', 'no-cors', '/help/_astro/common.B.css', 'asset'],
			['Pagefind of the site', 'cors', '/help/pagefind/pagefind.js', 'search'],
			['the web app manifest', 'cors', '/help/manifest.webmanifest', 'shell'],
			['another app’s page on the origin', 'navigate', '/shop/', 'pass'],
			['another app’s /_astro/ file', 'no-cors', '/_astro/other.C.js', 'pass'],
			['another app’s Pagefind', 'cors', '/pagefind/pagefind.js', 'pass'],
			['a path that only starts like the folder', 'navigate', '/helpdesk/', 'pass'],
		])('%s → %s', (_name, mode, path, route) => {
			expect(routeOf({ method: 'GET', mode, url: `${origin}${path}` }, origin, inFolder, base)).toBe(route);
		});
	});
});
