/**
 * What readers asked: a small naive Bayes model learnt at build time from the editors' labelled
 * reader questions (content/search/questions/: a question as a reader typed it and the pages that
 * answer it, or none). Cues and profiles know the words editors thought of; this model knows the
 * words readers used — 转圈圈, 没反应, 钱没了 — each by how often it came with each page. A query is
 * compared by the same features as the profiles (character pairs, English word stems), after the
 * same normalising, so a question learnt in traditional characters or pinyin meets its page.
 * Pure.
 */

/** A labelled question, its features as the normaliser gives them. */
export interface AskedExample {
	features: readonly string[];
	/** The URLs of the pages that answer it; none when the site has no page for it. */
	pages: readonly string[];
}

import type { CuePage } from './cues';

/** The learnt model as the search data carries it. */
export interface AskedModel {
	/** The answering pages' URLs; one more class, the last, stands for “no page on this site”. */
	pages: string[];
	/** Per class (pages, then “no page”): its examples' summed feature count. */
	totals: number[];
	/** How many features the examples had in all (smoothing). */
	vocabulary: number;
	/** Feature → its counts per class: "class:count class:count" (classes as indexes). */
	grams: Record<string, string>;
}

/** A feature seen in fewer examples than this is left out of the model: it tells nothing twice. */
export const MIN_EXAMPLES = 5;

/** Naive Bayes is sure of itself beyond reason (its features are not independent): its odds are taken to this root. */
export const TEMPERATURE = 1;

/** Additive smoothing: what an unseen feature counts in every class. */
export const SMOOTHING = 0.1;

/** Learns the model from `examples`: each page an example names counts its features once. */
export function trainAsked(examples: readonly AskedExample[], minExamples = MIN_EXAMPLES): AskedModel {
	const pages = [...new Set(examples.flatMap((e) => e.pages))].sort();
	const classOf = new Map(pages.map((p, i) => [p, i]));
	const none = pages.length;
	const counts = new Map<string, Map<number, number>>();
	const seen = new Map<string, number>();
	const totals: number[] = Array.from({ length: pages.length + 1 }, () => 0);
	for (const example of examples) {
		const features = [...new Set(example.features)];
		const classes = example.pages.length > 0 ? example.pages.map((p) => classOf.get(p) as number) : [none];
		for (const f of features) {
			seen.set(f, (seen.get(f) ?? 0) + 1);
			const perClass = counts.get(f) ?? new Map<number, number>();
			for (const c of classes) perClass.set(c, (perClass.get(c) ?? 0) + 1);
			counts.set(f, perClass);
		}
		for (const c of classes) totals[c] = (totals[c] ?? 0) + features.length;
	}
	const grams: Record<string, string> = {};
	for (const [f, perClass] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		if ((seen.get(f) ?? 0) < minExamples) continue;
		grams[f] = [...perClass]
			.sort(([a], [b]) => a - b)
			.map(([c, n]) => `${c}:${n}`)
			.join(' ');
	}
	return { pages, totals, vocabulary: counts.size, grams };
}

/** The model read for matching: each feature's counts per class. */
export interface AskedIndex {
	model: AskedModel;
	grams: Map<string, Array<[number, number]>>;
	/** The pages the search data describes (those with a profile), by URL. */
	described: Map<string, CuePage>;
}

/** Whether `value` has the model's shape (data from an older build or a corrupt cache is ignored). */
export function isAskedModel(value: unknown): value is AskedModel {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Partial<AskedModel>;
	return (
		Array.isArray(m.pages) &&
		Array.isArray(m.totals) &&
		m.totals.length === m.pages.length + 1 &&
		typeof m.vocabulary === 'number' &&
		typeof m.grams === 'object' &&
		m.grams !== null
	);
}

/** The model read once for matching; `pages`: the pages the search data describes (CueData.pages). */
export function askedIndex(model: AskedModel, pages: readonly CuePage[] = []): AskedIndex {
	const grams = new Map<string, Array<[number, number]>>();
	for (const [f, encoded] of Object.entries(model.grams)) {
		grams.set(
			f,
			encoded.split(' ').map((pair) => {
				const [c, n] = pair.split(':');
				return [Number(c), Number(n)];
			}),
		);
	}
	return { model, grams, described: new Map(pages.map((p) => [p.url, p])) };
}

export interface AskedMatch {
	/** A page's URL, or `null` for “the site has no page for it”. */
	url: string | null;
	/** The page as the search data describes it (its profile's page), when it has one: what the dialog shows of it. */
	page?: CuePage;
	/** How likely the model holds it that this class answers the query (all classes sum to 1). */
	chance: number;
}

/**
 * The classes most likely to answer a query with `features`, most likely first (only the model's
 * own features count; a query with none of them gets no match). Naive Bayes with equal priors.
 */
export function matchAsked(features: Iterable<string>, index: AskedIndex): AskedMatch[] {
	const { model, grams, described } = index;
	const classes = model.totals.length;
	const denominators = model.totals.map((t) => Math.log(t + SMOOTHING * model.vocabulary));
	const logs: number[] = Array.from({ length: classes }, () => 0);
	let known = 0;
	for (const f of new Set(features)) {
		const counts = grams.get(f);
		if (!counts) continue;
		known++;
		for (let c = 0; c < classes; c++) logs[c] = (logs[c] as number) + Math.log(SMOOTHING) - (denominators[c] as number);
		for (const [c, n] of counts) logs[c] = (logs[c] as number) + Math.log((n + SMOOTHING) / SMOOTHING);
	}
	if (known === 0) return [];
	const top = Math.max(...logs);
	const odds = logs.map((l) => Math.exp((l - top) / TEMPERATURE));
	const sum = odds.reduce((a, b) => a + b, 0);
	return odds
		.map((o, c) => {
			const url = c < model.pages.length ? (model.pages[c] as string) : null;
			const page = url === null ? undefined : described.get(url);
			return { url, chance: o / sum, ...(page && { page }) };
		})
		.sort((a, b) => b.chance - a.chance);
}
