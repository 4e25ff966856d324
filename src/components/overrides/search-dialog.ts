/**
 * The search dialog's searching, loaded when the reader first opens search (the page itself only
 * carries the code that opens and closes the dialog): every keystroke, debounced, goes through
 * the normaliser and at most two Pagefind searches; a newer keystroke makes the older search stop.
 * Results, the correction note and the count are built with `textContent` only.
 */
import { helpSearch, loadResults, searchAnswer, type PageData } from '../../lib/search/query';
import { RESULTS_SHOWN, loadNormalizer, loadPagefind } from '../../lib/search/pagefind';
import { correctionNote, englishNote, outsideNote, pagefindFilter, resultStatus, searchFilters, walletNote } from '../../lib/search/ui';
import { markUnsavedResults } from '../../lib/offline/search-results';
import { NO_ENGLISH_PAGES, englishPagesFor, loadEnglishNormalizer, withEnglish } from '../../lib/search/english';
import { localeOfLang } from '../../lib/i18n/locale';
import type { Normalizer } from '../../lib/search/normalize';

const DEBOUNCE_MS = 150;

/**
 * The page's language: Pagefind loads the index of `<html lang>` itself; English queries skip the
 * Chinese normaliser (and its data) for the small English path.
 */
const locale = localeOfLang(document.documentElement.lang);
let english: Promise<Pick<Normalizer, 'normalize'>> | undefined;
/**
 * The English path (src/lib/search/english.ts), loaded once — unless its data did not come (offline,
 * not saved): then the next query asks again.
 */
const loadEnglish = (): Promise<Pick<Normalizer, 'normalize'>> =>
	(english ??= loadEnglishNormalizer(import.meta.env.BASE_URL).then((normalizer) => {
		if (!normalizer.ready) english = undefined;
		return normalizer;
	}));

/** Pagefind and the normaliser's data, loaded once. */
const engine = () => Promise.all([loadPagefind(import.meta.env.BASE_URL), locale === 'en' ? loadEnglish() : loadNormalizer(import.meta.env.BASE_URL)]);

function resultItem(page: { url: string; meta: Record<string, string | undefined> }, english = false): HTMLLIElement {
	const li = document.createElement('li');
	// An English page in a Chinese page's list (a visitor typing English) is marked, and read, as English.
	if (english) li.lang = 'en';
	const badge = document.createElement('span');
	badge.className = 'search-category';
	badge.textContent = english ? `English · ${page.meta['category'] ?? ''}` : (page.meta['category'] ?? '');
	const link = document.createElement('a');
	link.href = page.url;
	link.textContent = page.meta['title'] ?? page.url;
	const summary = document.createElement('p');
	summary.className = 'search-summary';
	summary.textContent = page.meta['summary'] ?? '';
	li.append(badge, link, summary);
	return li;
}

/** Wires searching into the dialog inside `root`; runs at once if something was typed already. */
export function startSearching(root: HTMLElement): void {
	const get = <T extends Element>(selector: string) => {
		const el = root.querySelector<T>(selector);
		if (!el) throw new Error(`search dialog: ${selector} missing`);
		return el;
	};
	const input = get<HTMLInputElement>('input[type="search"]');
	const list = get<HTMLOListElement>('.search-results');
	const status = get<HTMLElement>('.search-status');
	const suggest = get<HTMLElement>('.search-suggest');
	const none = get<HTMLElement>('.search-none');
	const outside = get<HTMLElement>('.search-outside');
	const weakBox = get<HTMLElement>('.search-weak');
	const weakList = get<HTMLOListElement>('.search-weak-list');
	const correction = get<HTMLElement>('.search-correction');
	const correctionText = get<HTMLElement>('.search-correction-text');
	const correctionSwitch = get<HTMLButtonElement>('.search-correction-switch');
	const form = get<HTMLFormElement>('form');

	let token = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The reader asked for exactly what they typed (until they type again). */
	let literal = false;
	const category = () => root.querySelector<HTMLInputElement>('input[name="help-search-category"]:checked')?.value ?? 'all';

	const run = async () => {
		const mine = ++token;
		const isStale = () => mine !== token;
		const typed = input.value;
		if (!typed.trim()) {
			list.replaceChildren();
			weakList.replaceChildren();
			weakBox.hidden = true;
			status.textContent = '';
			correction.hidden = true;
			none.hidden = true;
			suggest.hidden = false;
			return;
		}
		const chosen = category();
		const label = searchFilters(locale).find((f) => f.value === chosen)?.label;
		try {
			const [pagefind, normalizer] = await engine();
			if (isStale()) return;
			const normalized = normalizer.normalize(typed);
			const filters = pagefindFilter(chosen, locale) ?? {};
			// Exactly what was typed: Pagefind's pages as they are. Otherwise (the Chinese normaliser, or
			// English on /en/: src/lib/search/english.ts) the pages that answer the query, ranked by how
			// much of its meaning they cover and how close their profiles come — or none when no page answers it.
			let pages: PageData[];
			let weak: PageData[] = [];
			let topics: string[] = [];
			let inEnglish: PageData[] = [];
			let found: number;
			let onlyWallet = '';
			if (literal) {
				const outcome = await helpSearch(pagefind, normalized, { filters, literal, isStale });
				if (isStale()) return;
				pages = await loadResults(outcome.hits, literal ? [] : normalized.terms, RESULTS_SHOWN);
				found = outcome.hits.length;
			} else {
				const outcome = await searchAnswer(pagefind, normalized, RESULTS_SHOWN, { filters, isStale });
				weak = outcome.answer.weak;
				topics = outcome.answer.outside;
				// A visitor typing English on a Chinese page: the English pages too, when their profiles answer it (all sections only),
				// in the same list — the Chinese answer first, the best English page second (withEnglish).
				const alsoEnglish = locale === 'zh' && chosen === 'all' ? await englishPagesFor(typed, loadEnglish) : NO_ENGLISH_PAGES;
				inEnglish = alsoEnglish.pages;
				pages = withEnglish(outcome.answer.pages, alsoEnglish);
				found = pages.length === 0 ? 0 : outcome.answer.onlyWallet ? pages.length : Math.max(pages.length, outcome.found + inEnglish.length);
				onlyWallet = outcome.answer.onlyWallet === true ? walletNote(outcome.answer.pages[0]?.meta['title'] ?? '', locale) : '';
			}
			if (isStale()) return;
			list.replaceChildren(...pages.map((page) => resultItem(page, inEnglish.includes(page))));
			weakList.replaceChildren(...weak.map((page) => resultItem(page)));
			weakBox.hidden = weak.length === 0;
			// Offline: results whose page is not saved say so instead of leading into an error.
			void markUnsavedResults(list, window);
			void markUnsavedResults(weakList, window);
			const note = locale === 'en' ? undefined : correctionNote(normalized.query, normalized.literal, literal);
			correction.hidden = !note;
			correctionText.textContent = note?.text ?? '';
			correctionSwitch.textContent = note?.action ?? '';
			// A subject the site has no page for: say which, and what the site is about instead.
			const beyond = found > 0 ? '' : outsideNote(topics, locale);
			// The live region says all a reader would see: the count, the English pages beside it, a subject outside the site.
			status.textContent = [
				onlyWallet || resultStatus(found, locale === 'en' || literal || !normalized.query ? typed : normalized.query, label, locale),
				englishNote(inEnglish.length),
				beyond,
			]
				.filter(Boolean)
				.join(' ');
			none.hidden = found > 0;
			outside.textContent = beyond;
			outside.hidden = !beyond;
			suggest.hidden = true;
		} catch {
			if (isStale()) return;
			list.replaceChildren();
			weakList.replaceChildren();
			weakBox.hidden = true;
			correction.hidden = true;
			none.hidden = true;
			suggest.hidden = false;
			status.textContent =
				locale === 'en' ? 'Search is not available right now. Start from the common problems below.' : '搜索暂时不可用。可以从下面的常见问题开始找。';
		}
	};

	input.addEventListener('input', () => {
		literal = false;
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	correctionSwitch.addEventListener('click', () => {
		literal = !literal;
		void run();
		input.focus();
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		void run();
	});
	root.querySelectorAll('input[name="help-search-category"]').forEach((r) => r.addEventListener('change', () => void run()));
	if (input.value.trim()) void run();
	// The reader opened search: fetch the index while they type (a failure is reported by run()).
	else void engine().catch(() => undefined);
}
