/**
 * The reader-facing texts of the “save the whole help center” control (SaveOffline.astro), as
 * templates: `{name}` marks a value the island or the build fills in. The Chinese table lives here
 * so the island can fall back to it without importing the whole interface table; src/lib/i18n/ui.ts
 * holds it, with the texts of the markup, as `saveOffline` next to its English twin, and the page
 * hands its own messages to the island in `data-texts`.
 */
import { textsFrom } from '../storage';

/** The texts the server renders into the markup (never needed by the island). */
export interface SaveMarkupText {
	/** Intro with the slots {pages}, {download}, {storage}. */
	intro: string;
	/** Button label with the slot {download}. */
	start: string;
	yes: string;
	no: string;
	cancel: string;
	remove: string;
	noScript: string;
}

/** The texts the island writes: statuses, questions, sizes and counts. */
export interface SaveMessages {
	/** “约 {mb} MB” and the text below 0.1 MB. */
	about: string;
	under: string;
	/** Stands in for the size when the page shows none. */
	someData: string;
	unsupported: string;
	declined: string;
	preparing: string;
	failed: string;
	unreachable: string;
	/** {count}: pages saved on the device. */
	savedCount: string;
	/** {done} / {total}. */
	progress: string;
	/** {pages}, {size}. */
	summary: string;
	/** {total}, {size}. */
	started: string;
	/** {summary}, {persist}: `mayClear` or nothing. */
	done: string;
	mayClear: string;
	cancelled: string;
	network: string;
	full: string;
	incomplete: string;
	/** {why}, {size}. */
	costQuestion: string;
	saveDataWhy: string;
	slowWhy: string;
	/** {needed}, {available}. */
	storageShort: string;
	removed: string;
}

export type SaveText = SaveMarkupText & SaveMessages;

/** The island's Chinese texts: its fallback, so the Chinese page needs no `data-texts`. */
export const SAVE_MESSAGES_ZH: SaveMessages = {
	about: '约 {mb} MB',
	under: '不到 0.1 MB',
	someData: '一些流量',
	unsupported: '这个浏览器不能保存页面供离线使用。',
	declined: '没有下载。你打开过的页面仍会自动保存。',
	preparing: '正在准备…',
	failed: '保存没有完成：现在连不上网络，或浏览器拒绝了保存。稍后再试一次。',
	unreachable: '现在连不上网络，联网后再试。',
	savedCount: '这台设备上已保存 {count} 篇。',
	progress: '正在保存：{done} / {total} 篇',
	summary: '已保存 {pages} 篇，占用 {size}',
	started: '开始保存 {total} 篇，下载{size}。',
	done: '{summary}。{persist}',
	mayClear: '浏览器在存储空间紧张时可能会清理这些页面。',
	cancelled: '已停止保存。{summary}，这些页面离线时可以打开。',
	network: '网络中断，{summary}。联网后再按一次，会接着保存其余的页面。',
	full: '这台设备的存储空间用完了，{summary}。清理空间后再按一次，会接着保存。',
	incomplete: '保存没有完成，{summary}。稍后再按一次，会接着保存其余的页面。',
	costQuestion: '{why}。保存整个帮助中心要下载{size}，确定现在下载吗？',
	saveDataWhy: '你的设备开启了“省流量”模式',
	slowWhy: '你现在的网络比较慢',
	storageShort:
		'这台设备上留给浏览器的空间不够：保存需要{needed}，现在只剩{available}。可以先清理手机里不用的应用或照片再试；你打开过的页面仍会自动保存，可以离线查看。',
	removed: '已删除保存的页面。首页和离线说明页仍然保留。',
};

/** The island's part of a page's texts (what goes into `data-texts`). */
export function saveMessages(t: SaveText): SaveMessages {
	const out = { ...SAVE_MESSAGES_ZH };
	for (const key of Object.keys(out) as Array<keyof SaveMessages>) out[key] = t[key];
	return out;
}

/** Fills `{name}` marks with values; a mark without a value stays as it is. */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A template cut at its marks: text pieces and slot names, in order (for markup around slots). */
export function templateParts(template: string): Array<{ text: string } | { slot: string }> {
	return template
		.split(/(\{\w+\})/)
		.filter((piece) => piece !== '')
		.map((piece) => (/^\{\w+\}$/.test(piece) ? { slot: piece.slice(1, -1) } : { text: piece }));
}

/**
 * The texts a page handed to the island (JSON in `data-texts`): each known key that is a string
 * replaces the Chinese text; anything else — missing, broken, of another shape — keeps it.
 */
export function parseSaveText(json: string | undefined, fallback: SaveMessages = SAVE_MESSAGES_ZH): SaveMessages {
	return textsFrom(json, fallback);
}
