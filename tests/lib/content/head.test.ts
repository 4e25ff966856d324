import { describe, expect, it } from 'vitest';
import { withDescription, type HeadEntries } from '../../../src/lib/content/head';

describe('withDescription', () => {
	it('replaces the site description with the page summary, keeping other tags', () => {
		const head: HeadEntries = [
			{ tag: 'title', content: '页面' },
			{ tag: 'meta', attrs: { name: 'description', content: '站点描述' } },
			{ tag: 'meta', attrs: { property: 'og:description', content: '站点描述' } },
			{ tag: 'link', attrs: { rel: 'canonical', href: '/x/' } },
		];
		const out = withDescription(head, '页面摘要');
		expect(out.filter((e) => e.attrs?.['content'] === '站点描述')).toEqual([]);
		expect(out.filter((e) => e.attrs?.['content'] === '页面摘要')).toHaveLength(2);
		expect(out.map((e) => e.tag)).toEqual(['title', 'link', 'meta', 'meta']);
		expect(head).toHaveLength(4);
	});
});
