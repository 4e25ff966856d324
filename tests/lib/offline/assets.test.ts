import { describe, expect, it } from 'vitest';
import { assetsToKeep, htmlAssets, mayReferenceAssets, referencedAssets } from '../../../src/lib/offline/assets';

describe('htmlAssets', () => {
	it('finds stylesheets, scripts and inline imports, each once, and nothing outside /_astro/', () => {
		const html = `<link rel="stylesheet" href="/_astro/middleware.Bz9.css"><link rel="stylesheet" href="/_astro/print.e-h.css" media="print">
			<script type="module" src="/_astro/page.cNn.js"></script><script type="module">import "/_astro/Search.astro_astro_type_script_index_0_lang.X1.js";</script>
			<script type="module" src="/_astro/page.cNn.js"></script><img src="/icons/icon-192.png"><a href="/_astro/">x</a>
			<div style="background:url(/_astro/bg.A1.webp)"></div>`;
		expect(htmlAssets(html)).toEqual([
			'/_astro/Search.astro_astro_type_script_index_0_lang.X1.js',
			'/_astro/bg.A1.webp',
			'/_astro/middleware.Bz9.css',
			'/_astro/page.cNn.js',
			'/_astro/print.e-h.css',
		]);
	});
});

describe('referencedAssets', () => {
	it('reads a Vite chunk’s sibling imports and a stylesheet’s url()s', () => {
		expect(referencedAssets('import{a as t}from"./checklist.BbX.js";import("./problems.h9F.js");const p="/pagefind/pagefind.js";')).toEqual([
			'/_astro/checklist.BbX.js',
			'/_astro/problems.h9F.js',
		]);
		expect(referencedAssets('@font-face{src:url(/_astro/inter.B1.woff2)}body{background:url("./bg.C2.png")}')).toEqual([
			'/_astro/bg.C2.png',
			'/_astro/inter.B1.woff2',
		]);
	});

	it('only scripts and stylesheets can refer to other assets', () => {
		expect(mayReferenceAssets('/_astro/a.js')).toBe(true);
		expect(mayReferenceAssets('/_astro/a.css')).toBe(true);
		expect(mayReferenceAssets('/_astro/a.png')).toBe(false);
	});
});

describe('assetsToKeep', () => {
	it('keeps the current build’s assets and every asset a saved page needs', () => {
		const keep = assetsToKeep(['/_astro/new.css'], [['/_astro/old.css', '/_astro/old.js'], ['/_astro/new.css']]);
		expect([...keep].sort()).toEqual(['/_astro/new.css', '/_astro/old.css', '/_astro/old.js']);
	});
});
