/** Sizes and counts as the reader sees them. MB here is 1,000,000 bytes, as phones show storage. */

const MB = 1_000_000;

/** “约 0.8 MB”: one decimal below 10 MB, whole numbers above; never “约 0.0 MB”. */
export function formatMB(bytes: number): string {
	const mb = Math.max(0, bytes) / MB;
	if (mb < 0.1) return '不到 0.1 MB';
	if (mb < 10) return `约 ${(Math.round(mb * 10) / 10).toFixed(1)} MB`;
	return `约 ${Math.round(mb)} MB`;
}

/** `formatMB` without the “约”, for “占用 0.8 MB”. */
export function plainMB(bytes: number): string {
	return formatMB(bytes).replace(/^约 /, '');
}

/** The line at the end of a save: “已保存 36 篇，占用 2.1 MB”. */
export function savedSummary(pages: number, bytes: number): string {
	return `已保存 ${pages} 篇，占用 ${plainMB(bytes)}`;
}

/** Progress while saving: “正在保存：12 / 36 篇”. */
export function progressText(done: number, total: number): string {
	return `正在保存：${Math.min(done, total)} / ${total} 篇`;
}
