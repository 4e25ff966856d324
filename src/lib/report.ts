/**
 * The problem-report builder （问题描述生成器）： turns what the reader fills in into a polite,
 * structured message (time → scene → symptom → what was tried → what is asked) and a list of
 * attachments to prepare. Pure: nothing here touches the DOM or the network.
 *
 * The draft is stored under `wallet-help:report-draft:v1` as `{ "v": 1, "fields": ReportFields }`.
 */
import type { Problem } from './content/problems';
import type { Locale } from './i18n/locale';
import { isRecord, readJson, removeKey, writeJson, type KeyValueStore } from './storage';

export const REPORT_FIELDS = ['problem', 'when', 'wallet', 'doing', 'errorText', 'amount', 'orderNo', 'tried', 'ask'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportFields = Record<ReportField, string>;

/** Longest accepted value per field, in characters (code points, so emoji are never split). */
export const FIELD_LIMITS: Readonly<Record<ReportField, number>> = {
	problem: 40,
	when: 40,
	wallet: 40,
	doing: 300,
	errorText: 300,
	amount: 40,
	orderNo: 80,
	tried: 1000,
	ask: 300,
};

export const EMPTY_REPORT: ReportFields = Object.fromEntries(REPORT_FIELDS.map((f) => [f, ''])) as ReportFields;

export const DRAFT_KEY = 'wallet-help:report-draft:v1';

/** Trims, folds runs of blank lines and cuts to `max` code points. */
export function clampText(value: string, max: number): string {
	const cleaned = value
		.replace(/\r\n?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	const chars = Array.from(cleaned);
	return chars.length > max ? chars.slice(0, max).join('') : cleaned;
}

/** Normalises raw values (any source) into bounded strings; unknown keys are dropped. */
export function normalizeFields(raw: Partial<Record<string, unknown>>): ReportFields {
	const out = { ...EMPTY_REPORT };
	for (const field of REPORT_FIELDS) {
		const value = raw[field];
		if (typeof value === 'string') out[field] = clampText(value, FIELD_LIMITS[field]);
	}
	return out;
}

/** The builder's message texts per language (same structure, no new facts). */
export const REPORT_TEXT = {
	zh: {
		hello: '您好，我遇到了一个问题，麻烦帮忙处理。',
		problem: '问题类型：',
		wallet: '使用的钱包：',
		when: '发生时间：',
		doing: '当时在做：',
		errorText: (text: string) => `看到的提示：“${text}”`,
		amount: '涉及金额：',
		orderNo: '订单号/交易单号：',
		tried: '我已经尝试过：',
		ask: '我的请求：',
		defaultAsk: '请帮我查明原因并告诉我下一步该怎么做，以及大约需要多久。',
		thanks: '相关截图我可以随时补充。谢谢！',
		account: '注册时用的手机号或邮箱、账户名（核实身份用，不要提供密码和验证码）',
		errorShot: '错误提示的截图（能看到提示原文和时间）',
		billShot: '这笔交易的账单详情截图（含交易单号、金额、时间）',
		bankRecord: '银行卡的扣款或入账记录（银行 APP 或短信）',
		recording: '操作过程的录屏（如果问题能重现）',
		history: '之前和客服沟通的记录、工单号（如果有）',
	},
	en: {
		hello: 'Hello, I have a problem and would like your help, please.',
		problem: 'Problem: ',
		wallet: 'Wallet: ',
		when: 'When it happened: ',
		doing: 'What I was doing: ',
		errorText: (text: string) => `Message on screen: "${text}"`,
		amount: 'Amount: ',
		orderNo: 'Order or transaction number: ',
		tried: 'What I have already tried:',
		ask: 'What I am asking for: ',
		defaultAsk: 'Please find out what went wrong, tell me what to do next and roughly how long it will take.',
		thanks: 'I can send screenshots at any time. Please reply in English if you can. Thank you.',
		account: 'The phone number or email you registered with, and your account name (to confirm it is you; never give a password or code)',
		errorShot: 'A screenshot of the error (showing its exact words and the time)',
		billShot: 'A screenshot of the payment details (transaction number, amount, time)',
		bankRecord: 'Your card’s record of the charge or refund (bank app or text message)',
		recording: 'A screen recording of what happens (if you can repeat it)',
		history: 'Earlier messages with support and any ticket number',
	},
} as const satisfies Record<Locale, Record<string, string | ((text: string) => string)>>;

/** `2026-11-23T14:05` (a datetime-local value) → `2026年11月23日 14:05` (en: `2026-11-23 14:05`); other text is kept. */
export function formatWhen(value: string, locale: Locale = 'zh'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
	if (!m) return value;
	return locale === 'en' ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` : `${m[1]}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}`;
}

/** Splits the free-text "what I tried" into items and merges the ticked checklist steps. */
export function triedItems(tried: string, tickedSteps: readonly string[]): string[] {
	const typed = tried
		.split(/\n+/)
		.map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.、））])\s*/, '').trim())
		.filter(Boolean);
	const all = [...tickedSteps.map((s) => s.trim()).filter(Boolean), ...typed];
	return [...new Set(all)];
}

/**
 * The message to paste into a support chat or read out on the phone, in `locale`. Lines for empty
 * fields are left out; the result is plain text and must be shown as text, never as HTML. `problem`
 * is the article the `problem` field names, when there is one (its title is shown instead of the id).
 */
export function buildReport(fields: ReportFields, tickedSteps: readonly string[] = [], problem?: Pick<Problem, 'title'>, locale: Locale = 'zh'): string {
	const f = normalizeFields(fields);
	const t = REPORT_TEXT[locale];
	const lines: string[] = [t.hello];
	if (f.problem) lines.push(`${t.problem}${problem?.title ?? f.problem}`);
	if (f.wallet) lines.push(`${t.wallet}${f.wallet}`);
	if (f.when) lines.push(`${t.when}${formatWhen(f.when, locale)}`);
	if (f.doing) lines.push(`${t.doing}${f.doing}`);
	if (f.errorText) lines.push(t.errorText(f.errorText));
	if (f.amount) lines.push(`${t.amount}${f.amount}`);
	if (f.orderNo) lines.push(`${t.orderNo}${f.orderNo}`);
	const tried = triedItems(f.tried, tickedSteps);
	if (tried.length > 0) {
		lines.push(t.tried);
		tried.forEach((item, i) => lines.push(`${i + 1}. ${item}`));
	}
	lines.push(`${t.ask}${f.ask || t.defaultAsk}`);
	lines.push(t.thanks);
	return lines.join('\n');
}

/**
 * What to have ready to send or show, derived from what the reader filled in and from the
 * problem's article (`support.traits` and `support.attachments`).
 */
export function attachmentsFor(fields: ReportFields, problem?: Pick<Problem, 'traits' | 'attachments'>, locale: Locale = 'zh'): string[] {
	const f = normalizeFields(fields);
	const t = REPORT_TEXT[locale];
	const list: string[] = [t.account];
	if (f.errorText) list.push(t.errorShot);
	if (f.amount || f.orderNo) list.push(t.billShot);
	if (problem?.traits.includes('transaction')) list.push(t.bankRecord);
	list.push(...(problem?.attachments ?? []));
	list.push(t.recording);
	list.push(t.history);
	return list;
}

/** Reads the saved draft; anything unusable gives `undefined`. */
export function loadDraft(store: KeyValueStore | null | undefined): ReportFields | undefined {
	const stored = readJson(store, DRAFT_KEY);
	if (!isRecord(stored) || stored['v'] !== 1 || !isRecord(stored['fields'])) return undefined;
	return normalizeFields(stored['fields']);
}

export function saveDraft(store: KeyValueStore | null | undefined, fields: ReportFields): boolean {
	return writeJson(store, DRAFT_KEY, { v: 1, fields: normalizeFields(fields) });
}

export function clearDraft(store: KeyValueStore | null | undefined): void {
	removeKey(store, DRAFT_KEY);
}
