import { describe, expect, it } from 'vitest';
import { fillSizeSlots, hasSizeSlots, slotTexts } from '../../../src/lib/offline/labels';

describe('size slots', () => {
	const texts = slotTexts({ total: { pages: 36, bytes: 1_650_000, gzip: 442_000 }, shell: { bytes: 495_000, gzip: 320_000 } });

	it('says what saving everything downloads, and what the saved help center takes with the shell', () => {
		expect(texts).toEqual({ download: '约 0.4 MB', storage: '约 2.1 MB', pages: '36' });
	});

	it('fills every slot, whatever other attributes Astro adds, and nothing else', () => {
		const html =
			'<button>保存整个帮助中心以便离线使用（<span data-offline-size="download" class="astro-x1"></span>）</button><p><span data-offline-size="pages">old</span> 篇，<span class="a" data-offline-size="storage"></span></p><span data-size="download"></span>';
		expect(hasSizeSlots(html)).toBe(true);
		expect(fillSizeSlots(html, texts)).toBe(
			'<button>保存整个帮助中心以便离线使用（<span data-offline-size="download" class="astro-x1">约 0.4 MB</span>）</button><p><span data-offline-size="pages">36</span> 篇，<span class="a" data-offline-size="storage">约 2.1 MB</span></p><span data-size="download"></span>',
		);
	});

	it('writes its text as text', () => {
		expect(fillSizeSlots('<span data-offline-size="pages"></span>', { ...texts, pages: '<b>' })).toBe('<span data-offline-size="pages">&lt;b&gt;</span>');
	});

	it('leaves pages without slots alone', () => {
		expect(hasSizeSlots('<p>hi</p>')).toBe(false);
	});
});
