/**
 * The site's phone numbers (content/contacts/phones.yaml): reading and checking the file, the
 * `tel:` link of a number, and finding numbers written into an article's body instead of through
 * `<Phone id="…" />`. Pure: no Astro APIs, no file system.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { phoneEntrySchema, type PhoneEntry } from '../../schemas/phones';

export type { PhoneEntry } from '../../schemas/phones';

/** One mistake in the phones file, named by entry and field. */
export interface PhoneFileProblem {
	line: number;
	/** `alipay.number`, `[3].id`. */
	field: string;
	message: string;
	fix: string;
}

export interface PhoneBook {
	entries: ReadonlyMap<string, PhoneEntry>;
	problems: PhoneFileProblem[];
}

/** 1-based line of the `index`-th list item (or of its `key`). */
function lineOf(doc: Document, text: string, index: number, key?: string): number {
	const list = doc.contents;
	if (!isSeq(list)) return 1;
	const item = list.items[index];
	let range: readonly number[] | null | undefined = isMap(item) ? item.range : undefined;
	if (isMap(item) && key) {
		const pair = item.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key);
		const node = pair?.value ?? pair?.key;
		if (node && typeof node === 'object' && 'range' in node) range = node.range as readonly number[] | null | undefined;
	}
	const offset = range?.[0];
	return offset === undefined ? 1 : 1 + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** Reads the phones file; every entry is checked against the schema, ids must be unique. */
export function parsePhoneBook(text: string): PhoneBook {
	const problems: PhoneFileProblem[] = [];
	const entries = new Map<string, PhoneEntry>();
	const doc = parseDocument(text, { prettyErrors: false });
	for (const error of doc.errors) {
		problems.push({
			line: 1 + (error.linePos?.[0].line ?? 0),
			field: 'YAML',
			message: `YAML 写法有误：${error.message.split('\n')[0] ?? ''}`,
			fix: '检查缩进、冒号后的空格和引号是否成对。',
		});
	}
	if (problems.length > 0) return { entries, problems };
	const data: unknown = doc.toJS();
	if (!Array.isArray(data)) {
		problems.push({ line: 1, field: 'phones', message: '最外层必须是号码的列表（每一项以 “- id:” 开头）。', fix: '照文件开头的说明写，每个号码一项。' });
		return { entries, problems };
	}
	data.forEach((item: unknown, index) => {
		const rawId = item && typeof item === 'object' && 'id' in item ? String(item.id) : '';
		const name = rawId || `[${index}]`;
		const result = phoneEntrySchema.safeParse(item);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const key = String(issue.path[0] ?? '');
				const message =
					issue.code === 'unrecognized_keys'
						? `不认识的字段：${issue.keys.join('、')}。`
						: issue.code === 'invalid_type' && (item as Record<string, unknown>)[key] === undefined
							? '缺少这个字段（必填）。'
							: issue.message;
				problems.push({
					line: lineOf(doc, text, index, key || undefined),
					field: `${name}${key ? `.${key}` : ''}`,
					message,
					fix: '对照文件开头的说明改正这一项。',
				});
			}
			return;
		}
		if (entries.has(result.data.id)) {
			problems.push({
				line: lineOf(doc, text, index, 'id'),
				field: `${name}.id`,
				message: `id “${result.data.id}” 用了不止一次。`,
				fix: '每个号码的 id 必须不同：改掉后一个。',
			});
			return;
		}
		entries.set(result.data.id, result.data);
	});
	return { entries, problems };
}

/** The `tel:` link of a number as printed (`95188`, `+1-888-221-1161`): digits and the leading plus. */
export const telHref = (number: string): string => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** `reviewed` as the pages print it. */
export const reviewedDate = (entry: PhoneEntry): string => entry.reviewed.toISOString().slice(0, 10);

/** A number written into an article's text. */
export interface WrittenNumber {
	/** 1-based line within the scanned text. */
	line: number;
	/** As written: `400-123-4567`. */
	text: string;
	/** The phones entry it matches, when it is one of the site's numbers. */
	id?: string | undefined;
}

/** Units and signs after a number that make it an amount, a size, a duration or a count. */
const UNIT_AFTER = /^\s?(?:元|美元|块|角|分钱|万|亿|千|百|%|％|年|个月|月|日|号|天|周|小时|分钟|秒|次|个|位|条|笔|字|岁|人|页|步|kb|mb|gb|kib|mib|px|ms)/i;
/** A calendar date: 2026-11-23, 2026-11. */
const DATE = /^\d{4}-\d{1,2}(?:-\d{1,2})?$/;
/** Fewest digits of an unknown number that counts as phone-like. */
export const MIN_PHONE_DIGITS = 5;

/**
 * Phone-number-like digit strings in `text`: any of `known` (the site's numbers, digits only) when
 * it stands as a whole digit run, and any run of 5 or more digits, possibly split by `-` or by
 * spaces between groups of 3 or more (400-123-4567, 400 123 4567, 95xxx, 13812345678). Not dates
 * (2026-11-23), years, amounts or counts with a unit (200 元, 10000 元, 5,000 美元), percentages,
 * times (9:00–18:00), decimals, version numbers (8.0.45) or digits inside a web address.
 */
export function findWrittenNumbers(text: string, known: ReadonlyMap<string, string>): WrittenNumber[] {
	const runs = [...text.matchAll(/\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, digits: m[0] }));
	const found: WrittenNumber[] = [];
	for (let i = 0; i < runs.length; i++) {
		const first = runs[i]!;
		let last = first;
		// Join groups written as one number: 400-123-4567, 400 666 8800.
		while (i + 1 < runs.length) {
			const next = runs[i + 1]!;
			const gap = text.slice(last.end, next.start);
			const joins = gap === '-' || (gap === ' ' && last.digits.length >= 3 && next.digits.length >= 3);
			if (!joins) break;
			last = next;
			i++;
		}
		const written = text.slice(first.start, last.end);
		const digits = written.replace(/\D/g, '');
		const before = text.slice(Math.max(0, first.start - 2), first.start);
		const after = text.slice(last.end, last.end + 8);
		// Part of a decimal, a version, a time, a thousands group or a web address.
		if (/[.:：,，/]$/.test(before) || /^[.:：,，]\d/.test(after) || /^[a-z]/i.test(after) || /[a-z]$/i.test(before)) continue;
		if (DATE.test(written) || UNIT_AFTER.test(after)) continue;
		const id = known.get(digits);
		if (id !== undefined || digits.length >= MIN_PHONE_DIGITS) {
			found.push({ line: 1 + (text.slice(0, first.start).match(/\n/g)?.length ?? 0), text: written, id });
		}
	}
	return found;
}

/** The site's numbers, digits only → id, for `findWrittenNumbers`. */
export const knownNumbers = (entries: Iterable<PhoneEntry>): Map<string, string> => new Map([...entries].map((e) => [e.number.replace(/\D/g, ''), e.id]));
