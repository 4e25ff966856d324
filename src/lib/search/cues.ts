/**
 * Reader cues: the fragments readers use to tell a situation (扣走了, 偷偷登, 俾人鎖咗, hacked),
 * written by editors in each article's `cues:`. A query — however long, however chatty — is
 * searched for every cue as a substring (after the normaliser's folding: width, case, traditional
 * → simplified, regional wording), so a cue is found even where word segmentation fails. Each
 * found cue votes for its pages, a longer cue more, a cue shared by several pages less. Pure.
 */

/**
 * What the dialog shows for a page a cue found and Pagefind did not: its title and section. Not its
 * summary — 36 summaries weigh 2 KB gzip in the data loaded when search opens (a 30 KB budget);
 * the title names the situation, and the page is one tap away.
 */
export interface CuePage {
	url: string;
	title: string;
	category: string;
}

/** In the normaliser's data: the pages that have cues, and each folded cue's pages (indexes). */
export interface CueData {
	pages: CuePage[];
	cues: Record<string, number[]>;
}

export interface CueSource extends CuePage {
	cues: readonly string[];
}

/**
 * The cue table, each cue folded with `fold` (the normaliser's own folding, so queries and cues
 * meet). A cue that folds to one of the site's own words (`siteWord`: 記錄 → 记录) is left out:
 * the site's words already lead to their pages through the search, and one word is no situation.
 */
export function buildCues(sources: readonly CueSource[], fold: (text: string) => string, siteWord: (word: string) => boolean = () => false): CueData {
	const pages: CuePage[] = [];
	const cues: Record<string, number[]> = {};
	for (const { cues: list, ...page } of sources) {
		if (list.length === 0) continue;
		const index = pages.push(page) - 1;
		for (const cue of list) {
			const key = fold(cue);
			if (!isCue(key) || siteWord(key)) continue;
			const owners = (cues[key] ??= []);
			if (!owners.includes(index)) owners.push(index);
		}
	}
	return { pages, cues };
}

const LATIN = /^[a-z0-9 ]+$/;
/** Long enough to mean something: two Chinese characters, or a Latin word of three letters. */
const isCue = (key: string) => (LATIN.test(key) ? key.replace(/ /g, '').length >= 3 : [...key.replace(/ /g, '')].length >= 2);

/** How much one found cue weighs: longer cues say more; a cue on `owners` pages gives each a share. */
export function cueWeight(cue: string, owners: number): number {
	const size = LATIN.test(cue) ? cue.split(' ').length * 2 : [...cue].length;
	return (1 + 0.3 * (size - 2)) / Math.sqrt(owners);
}

export interface CueMatch {
	page: CuePage;
	score: number;
	/** The cues found for it. */
	cues: string[];
}

/**
 * The pages the cues in `text` (a folded query) lead to, best first. Longer cues are found first and
 * the characters they cover are not counted again (被盗 inside 账号被盗). Latin cues match whole words.
 */
export function matchCues(text: string, data: CueData | undefined): CueMatch[] {
	if (!data || !text) return [];
	const keys = Object.keys(data.cues).sort((a, b) => b.length - a.length);
	const taken = new Array<boolean>(text.length).fill(false);
	const found = new Map<number, CueMatch>();
	const padded = ` ${text} `;
	for (const key of keys) {
		const latin = LATIN.test(key);
		let at = latin ? padded.indexOf(` ${key} `) : text.indexOf(key);
		while (at !== -1) {
			const start = at;
			const end = at + key.length;
			if (!taken.slice(start, end).some(Boolean)) {
				taken.fill(true, start, end);
				const owners = data.cues[key] ?? [];
				for (const index of owners) {
					const page = data.pages[index];
					if (!page) continue;
					const match = found.get(index) ?? { page, score: 0, cues: [] };
					match.score += cueWeight(key, owners.length);
					match.cues.push(key);
					found.set(index, match);
				}
				break;
			}
			at = latin ? padded.indexOf(` ${key} `, at + 1) : text.indexOf(key, at + 1);
		}
	}
	return [...found.values()].sort((a, b) => b.score - a.score);
}
