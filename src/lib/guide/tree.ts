/**
 * The 问题向导's model: the questions of content/guide/tree.yaml, the site pages they can lead to,
 * and the file's rules that every other module of src/lib/guide shares. Pure: no Astro APIs.
 */
import { pathOfSlug } from '../content/pages';
import type { Locale } from '../i18n/locale';

/** Where the tree lives, relative to the project root (error messages name it). */
export const TREE_FILE = 'content/guide/tree.yaml';
/** The English guide's tree (`/en/start/`), same schema and checks; its pages are `en/…` slugs. */
export const TREE_FILE_EN = 'content/guide/tree.en.yaml';
export const treeFile = (locale: Locale = 'zh') => (locale === 'en' ? TREE_FILE_EN : TREE_FILE);

/** The first question's id; its page is `/start/`. */
export const ROOT_ID = 'start';

/** The generated "其他问题" question's id (reserved: the tree may not use it). */
export const OTHER_ID = 'other';

/** Fewest and most answers a question page may show. */
export const MIN_ANSWERS = 2;
export const MAX_ANSWERS = 9;

/** Most answers a reader taps to reach any page (so questions sit at depth 0–3). */
export const MAX_DEPTH = 4;

/** Base address of the guide's pages. */
export const START_PATH = '/start/';

export interface GuideAnswer {
	label: string;
	hint?: string | undefined;
	/** Id of the next question, or … */
	next?: string | undefined;
	/** … a page slug with an optional `#anchor`. */
	page?: string | undefined;
	/** Added by the build (the "其他问题" fallback), not written by an editor. */
	generated?: boolean | undefined;
}

export interface GuideQuestion {
	id: string;
	question: string;
	hint?: string | undefined;
	steps?: readonly string[] | undefined;
	answers: readonly GuideAnswer[];
	generated?: boolean | undefined;
}

/** A page of the site an answer can lead to. */
export interface SitePage {
	/** Slug, e.g. `issues/refund`. */
	id: string;
	title: string;
	/** A problem article (`issues/*`): every one must be reachable from the guide. */
	problem: boolean;
	/** Anchor ids of its headings (`自查步骤`), to check `#anchor` targets. */
	anchors: ReadonlySet<string>;
}

/** `issues/refund#自查步骤` → `{ slug: 'issues/refund', anchor: '自查步骤' }`. */
export function parsePageTarget(target: string): { slug: string; anchor: string | undefined } {
	const hash = target.indexOf('#');
	return hash === -1 ? { slug: target, anchor: undefined } : { slug: target.slice(0, hash), anchor: target.slice(hash + 1) };
}

/** The address an answer's page target links to: `/issues/refund/#自查步骤`. */
export function pageHref(target: string): string {
	const { slug, anchor } = parsePageTarget(target);
	return pathOfSlug(slug) + (anchor ? `#${anchor}` : '');
}

/** The guide's base address in a locale: `/start/`, `/en/start/`. */
export const startPath = (locale: Locale = 'zh') => (locale === 'en' ? `/en${START_PATH}` : START_PATH);

/** Address of the question page reached through `path` (question ids after the first): `/start/money/`. */
export function questionHref(path: readonly string[], locale: Locale = 'zh'): string {
	return startPath(locale) + path.map((id) => `${id}/`).join('');
}

/** How error messages name an answer: `money → 答案 2「转账后对方没收到」`. */
export function answerNode(question: GuideQuestion, index: number): string {
	return `${question.id} → 答案 ${index + 1}「${question.answers[index]?.label ?? ''}」`;
}
