/**
 * The save button states its size without JavaScript, but the size of every page is only known
 * once every page is built. So the component renders empty slots —
 * `<span data-offline-size="download"></span>` — and the service-worker build step fills them
 * with text from the offline manifest.
 */
import { escapeHtml } from '../security/escape';
import { formatMB } from './format';
import type { OfflineManifest } from './manifest';
import { SAVE_MESSAGES_ZH, type SaveMessages } from './texts';

export type SizeSlot = 'download' | 'storage' | 'pages';

const SLOT = /(<span\b[^>]*\bdata-offline-size="(download|storage|pages)"[^>]*>)[^<]*(<\/span>)/g;

/**
 * The text of each slot: what saving everything downloads (“约 0.4 MB”; the first visit's shell is
 * already there), what the saved help center then takes on the device with the shell
 * (“约 2.1 MB”, as “已保存 N 篇，占用 X MB” says at the end), and the number of pages.
 */
export function slotTexts(
	manifest: Pick<OfflineManifest, 'total' | 'shell'>,
	t: Pick<SaveMessages, 'about' | 'under'> = SAVE_MESSAGES_ZH,
): Record<SizeSlot, string> {
	return {
		download: formatMB(manifest.total.gzip, t),
		storage: formatMB(manifest.total.bytes + manifest.shell.bytes, t),
		pages: String(manifest.total.pages),
	};
}

/** Does this page have slots to fill? */
export function hasSizeSlots(html: string): boolean {
	return html.includes('data-offline-size="');
}

/** Fills every slot of a page with its text (as text, escaped). */
export function fillSizeSlots(html: string, texts: Record<SizeSlot, string>): string {
	return html.replace(SLOT, (_whole, open: string, slot: SizeSlot, close: string) => `${open}${escapeHtml(texts[slot])}${close}`);
}
