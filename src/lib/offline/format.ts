/**
 * Sizes and counts as the reader sees them, in the language of `t` (Chinese unless given).
 * MB here is 1,000,000 bytes, as phones show storage.
 */
import { fillText, SAVE_MESSAGES_ZH, type SaveMessages } from './texts';

const MB = 1_000_000;

type SizeWords = Pick<SaveMessages, 'about' | 'under'>;

/** “0.8”, “12”; undefined below 0.1 MB. */
function megabytes(bytes: number): string | undefined {
	const mb = Math.max(0, bytes) / MB;
	if (mb < 0.1) return undefined;
	return mb < 10 ? (Math.round(mb * 10) / 10).toFixed(1) : String(Math.round(mb));
}

/** “约 0.8 MB”: one decimal below 10 MB, whole numbers above; never “约 0.0 MB”. */
export function formatMB(bytes: number, t: SizeWords = SAVE_MESSAGES_ZH): string {
	const mb = megabytes(bytes);
	return mb === undefined ? t.under : fillText(t.about, { mb });
}

/** `formatMB` without the “约”, for “占用 0.8 MB”. */
export function plainMB(bytes: number, t: SizeWords = SAVE_MESSAGES_ZH): string {
	const mb = megabytes(bytes);
	return mb === undefined ? t.under : `${mb} MB`;
}

/** The line at the end of a save: “已保存 36 篇，占用 2.1 MB”. */
export function savedSummary(pages: number, bytes: number, t: Pick<SaveMessages, 'about' | 'under' | 'summary'> = SAVE_MESSAGES_ZH): string {
	return fillText(t.summary, { pages, size: plainMB(bytes, t) });
}

/** Progress while saving: “正在保存：12 / 36 篇”. */
export function progressText(done: number, total: number, t: Pick<SaveMessages, 'progress'> = SAVE_MESSAGES_ZH): string {
	return fillText(t.progress, { done: Math.min(done, total), total });
}
