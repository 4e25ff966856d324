/**
 * The 问题向导's pages for this build: the tree from the `guide` collection, completed against
 * the `docs` pages (src/lib/guide). content-check has checked the tree against the articles
 * before the build (src/lib/guide/check.ts); the issues here can only differ if a heading's id
 * came out other than github-slugger's, and still stop the build. Problem articles the tree does
 * not place yet produce one warning.
 */
import { getCollection, render } from 'astro:content';
import { sortForListing } from '../lib/content/pages';
import { problemIdOf } from '../lib/content/problems';
import { baseSlug, localeOfSlug, type Locale } from '../lib/i18n/locale';
import { unplacedWarning } from '../lib/guide/derive';
import { questionPages, type QuestionPage } from '../lib/guide/pages';
import { parsePageTarget, treeFile, type SitePage } from '../lib/guide/tree';
import { formatIssues, planGuide } from '../lib/guide/validate';

/** For `getStaticPaths` only: Astro calls it once per build (and again in `astro dev` after an edit). */
export async function guidePages(locale: Locale = 'zh'): Promise<QuestionPage[]> {
	const TREE_FILE = treeFile(locale);
	const written = (await getCollection(locale === 'en' ? 'guideEn' : 'guide')).map((entry) => entry.data);
	// Headings are read only for the pages an answer links with an `#anchor`.
	const anchored = new Set(written.flatMap((q) => q.answers.flatMap((a) => (a.page?.includes('#') ? [parsePageTarget(a.page).slug] : []))));
	// The guide of a language leads to that language's pages only.
	const docs = sortForListing(await getCollection('docs', (e) => localeOfSlug(e.id) === locale));
	const pages: SitePage[] = await Promise.all(
		docs.map(async (entry) => ({
			id: entry.id,
			title: entry.data.title,
			problem: problemIdOf(baseSlug(entry.id)) !== undefined,
			anchors: new Set(anchored.has(entry.id) ? (await render(entry)).headings.map((h) => h.slug) : []),
		})),
	);
	const plan = planGuide(written, pages, locale);
	if (plan.issues.length > 0) throw new Error(formatIssues(plan.issues, TREE_FILE));
	const warning = unplacedWarning(plan.unplaced, TREE_FILE);
	if (warning) console.warn(`[WARN] ${warning}`);
	return questionPages(plan.tree, locale);
}
