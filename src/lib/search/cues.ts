/**
 * Reader cues: the fragments readers use to tell a situation (扣走了, 偷偷登, 俾人鎖咗, hacked),
 * written by editors in each article's `cues:`. A query — however long, however chatty — is
 * searched for every cue as a substring (after the normaliser's folding: width, case, traditional
 * → simplified, regional wording), so a cue is found even where word segmentation fails. Each
 * found cue votes for its pages, a longer cue more, a cue shared by several pages less. The same
 * data carries each page's profile (src/lib/search/profile.ts), which compares a query with the
 * cues, title, keywords, summary and headings pair of characters by pair. Pure.
 */

/**
 * A page with cues, as the normaliser's data carries it: what the dialog shows when a cue or the
 * page's profile found it and Pagefind did not (title, section, summary), and its profile
 * (src/lib/search/profile.ts): keywords, summary and telling headings, as the editor wrote them.
 */
export interface CuePage {
	url: string;
	title: string;
	category: string;
	keywords?: string;
	summary?: string;
	headings?: string;
	/**
	 * The article's problem may be an emergency (`support.traits` has `emergency`: a scam, a stolen phone):
	 * a story its whole cue places is not refused for naming a subject the site has no page for, and a query
	 * it is found for is not weighed by what other readers asked (src/lib/search/query.ts).
	 */
	urgent?: true;
}

/** In the normaliser's data: the pages that have cues or a profile, each with its folded cues. */
export interface CueData {
	pages: Array<CuePage & { cues: string[] }>;
}

/** Each folded cue's pages (indexes into `data.pages`), longest cue first, worked out once per data. */
const tables = new WeakMap<CueData, Map<string, number[]>>();
export function cueTable(data: CueData): Map<string, number[]> {
	let table = tables.get(data);
	if (!table) {
		const owners = new Map<string, number[]>();
		for (const [index, page] of data.pages.entries()) for (const cue of page.cues) owners.set(cue, [...(owners.get(cue) ?? []), index]);
		table = new Map([...owners].sort(([a], [b]) => b.length - a.length));
		tables.set(data, table);
	}
	return table;
}

export interface CueSource extends Omit<CuePage, 'headings'> {
	cues: readonly string[];
	/** The article's headings (those most articles share, such as 症状, are left out of its profile). */
	headings?: readonly string[];
}

/** A heading on more pages than this is the articles' skeleton (症状, 可能原因), not what one page is about. */
export const SHARED_HEADING = 2;

/**
 * The pages' cues and profiles, for each page given (the caller chooses them), each cue folded
 * with `fold` (the normaliser's own folding, so queries and cues meet). A cue that folds to one of the site's own words (`siteWord`: 記錄 → 记录) is left out:
 * the site's words already lead to their pages through the search, and one word is no situation.
 */
export function buildCues(sources: readonly CueSource[], fold: (text: string) => string, siteWord: (word: string) => boolean = () => false): CueData {
	const pages: CueData['pages'] = [];
	const headingUse = new Map<string, number>();
	for (const source of sources) for (const h of new Set((source.headings ?? []).map(fold))) headingUse.set(h, (headingUse.get(h) ?? 0) + 1);
	const shared = new Set([...headingUse].filter(([, n]) => n > SHARED_HEADING).map(([h]) => h));
	for (const { cues: list, headings = [], keywords, summary, ...page } of sources) {
		const own = [...new Set(headings)].filter((h) => !shared.has(fold(h)));
		const profile = { ...(keywords && { keywords }), ...(summary && { summary }), ...(own.length > 0 && { headings: own.join(' ') }) };
		const cues = [...new Set(list.map(fold))].filter((key) => isCue(key) && !siteWord(key));
		pages.push({ ...page, ...profile, cues });
	}
	return { pages };
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
	const table = cueTable(data);
	const taken = new Array<boolean>(text.length).fill(false);
	const found = new Map<number, CueMatch>();
	const padded = ` ${text} `;
	for (const key of table.keys()) {
		const latin = LATIN.test(key);
		let at = latin ? padded.indexOf(` ${key} `) : text.indexOf(key);
		while (at !== -1) {
			const start = at;
			const end = at + key.length;
			if (!taken.slice(start, end).some(Boolean)) {
				taken.fill(true, start, end);
				const owners = table.get(key) ?? [];
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
