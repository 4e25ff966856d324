/**
 * The problems the help center has an article for — derived from `content/docs/issues/*.mdx`,
 * never listed in code. What differs per problem (which channels suit it, what to prepare) is the
 * article's `support` frontmatter. No Zod here: this module ships to browsers.
 */

/**
 * What an article's `support.traits` can say about its problem. The channel picker ranks by
 * these, never by a problem's name.
 */
export const SUPPORT_TRAITS = {
	emergency: '钱或账户可能正在被别人动用：先打电话，请客服冻结或拦截',
	identity: '要靠证明“我是我”来解决（验证、认证、找回）',
	'locked-out': '读者可能登录不了钱包 APP，APP 内客服用不上',
	transaction: '和某一笔付款、转账、充值、提现有关',
	'in-app-process': '要在 APP 或订单页里提交申请并跟进（如退款）',
} as const;

export type SupportTrait = keyof typeof SUPPORT_TRAITS;
export const SUPPORT_TRAIT_NAMES = Object.keys(SUPPORT_TRAITS) as SupportTrait[];

export function isSupportTrait(value: unknown): value is SupportTrait {
	return typeof value === 'string' && Object.hasOwn(SUPPORT_TRAITS, value);
}

/** A problem as the tools see it. */
export interface Problem {
	/** The slug tail under `issues/`: `refund` for `/issues/refund/`. */
	id: string;
	title: string;
	traits: readonly SupportTrait[];
	/** Things to prepare that are specific to this problem. */
	attachments: readonly string[];
}

/** `issues/refund` → `refund`; the section overview and pages outside `issues/` → undefined. */
export function problemIdOf(pageId: string): string | undefined {
	return /^issues\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pageId)?.[1];
}

/** The part of a docs entry `toProblems` reads. */
export interface ProblemEntry {
	id: string;
	data: {
		title: string;
		support?: { traits?: readonly SupportTrait[]; attachments?: readonly string[] } | undefined;
	};
}

/** Problems from docs entries (already in listing order): every `issues/<id>` page. */
export function toProblems(entries: readonly ProblemEntry[]): Problem[] {
	return entries.flatMap((entry) => {
		const id = problemIdOf(entry.id);
		if (!id) return [];
		return [{ id, title: entry.data.title, traits: entry.data.support?.traits ?? [], attachments: entry.data.support?.attachments ?? [] }];
	});
}

/** A problem's traits as a data attribute value, and back (unknown words are ignored). */
export const traitsAttribute = (traits: readonly SupportTrait[]) => traits.join(' ');
export const parseTraits = (value: string | null | undefined): SupportTrait[] =>
	(value ?? '').split(/\s+/).filter(isSupportTrait);

/** A problem's attachments as a data attribute value (JSON), and back; anything malformed → none. */
export const attachmentsAttribute = (attachments: readonly string[]) => JSON.stringify(attachments);
export function parseAttachments(value: string | null | undefined): string[] {
	try {
		const parsed: unknown = JSON.parse(value ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string').slice(0, 4) : [];
	} catch {
		return [];
	}
}
