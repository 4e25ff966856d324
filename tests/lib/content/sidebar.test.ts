import { describe, expect, it } from 'vitest';
import { localizePagination, localizeSidebar, trimSidebar, type SidebarEntries } from '../../../src/lib/content/sidebar';

const link = (i: number, current = false) => ({
	type: 'link' as const,
	label: `页面 ${i}`,
	href: `/s/${i}/`,
	isCurrent: current,
	badge: undefined,
	attrs: {},
});
const group = (label: string, n: number, currentIndex = -1): SidebarEntries[number] => ({
	type: 'group',
	label,
	collapsed: false,
	badge: undefined,
	entries: Array.from({ length: n }, (_, i) => link(i, i === currentIndex)),
});
const labels = (e: SidebarEntries[number]) => (e.type === 'group' ? e.entries.map((x) => x.label) : []);

describe('trimSidebar', () => {
	it('leaves small sections exactly as they are', () => {
		const sidebar = [group('常见问题', 12, 3), group('预防建议', 7)];
		expect(trimSidebar(sidebar, 30, 10)).toEqual(sidebar);
	});

	it('shows the overview, a window around the current page and a link to the full list', () => {
		const [trimmed] = trimSidebar([group('常见问题', 500, 250)], 30, 10);
		const l = labels(trimmed!);
		expect(l[0]).toBe('页面 0');
		expect(l).toContain('页面 250');
		expect(l).toContain('页面 240');
		expect(l).toContain('页面 260');
		expect(l).not.toContain('页面 239');
		expect(l.at(-1)).toBe('查看全部 500 篇');
		expect(l).toHaveLength(1 + 21 + 1);
	});

	it('collapses a large section the reader is not in to its overview and a “see all” link', () => {
		const [trimmed] = trimSidebar([group('求助指南', 400)], 30, 10);
		expect(labels(trimmed!)).toEqual(['页面 0', '查看全部 400 篇']);
		expect(trimmed?.type === 'group' && trimmed.collapsed).toBe(true);
	});

	it('keeps the window inside the list near its ends', () => {
		const [trimmed] = trimSidebar([group('常见问题', 100, 1)], 30, 10);
		expect(labels(trimmed!).slice(0, 3)).toEqual(['页面 0', '页面 1', '页面 2']);
	});

	it('does not change its input', () => {
		const sidebar = [group('常见问题', 100, 50)];
		const copy = structuredClone(sidebar);
		trimSidebar(sidebar, 30, 10);
		expect(sidebar).toEqual(copy);
	});
});

describe('localizePagination', () => {
	// The whole sidebar Starlight builds: pages 0–4; pages 1 and 3 are untranslated copies.
	const real = new Set(['/s/0/', '/s/2/', '/s/4/']);
	const localized = (current: number) => localizeSidebar([group('Problems', 5, current)], real);

	it('replaces a link to an untranslated copy with the neighbour among the real pages', () => {
		const pagination = { prev: link(1), next: link(3) };
		const { prev, next } = localizePagination(pagination, localized(2), real);
		expect(prev?.href).toBe('/s/0/');
		expect(next?.href).toBe('/s/4/');
	});

	it('drops the link when the real page has no neighbour on that side', () => {
		const { prev, next } = localizePagination({ prev: undefined, next: link(1) }, localized(0), real);
		expect(prev).toBeUndefined();
		expect(next?.href).toBe('/s/2/');
		expect(localizePagination({ prev: link(3), next: undefined }, localized(4), real)).toEqual({ prev: link(2), next: undefined });
		const alone = new Set(['/s/4/']);
		expect(localizePagination({ prev: link(3), next: undefined }, localizeSidebar([group('Problems', 5, 4)], alone), alone)).toEqual({ prev: undefined, next: undefined });
	});

	it('keeps links to real pages and links the page turned off', () => {
		const pagination = { prev: { ...link(0), label: 'Back to the start' }, next: undefined };
		expect(localizePagination(pagination, localized(2), real)).toEqual(pagination);
	});
});
