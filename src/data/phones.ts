/**
 * The site's phone numbers, read from content/contacts/phones.yaml when the build (or a test)
 * imports this module: for components that render numbers outside MDX (the wallets' hotlines,
 * the offline page). The same file is the `phones` collection that `<Phone />` reads. A mistake
 * in the file has already stopped the build in the content check; this repeats it for tests.
 */
import text from '../../content/contacts/phones.yaml?raw';
import { parsePhoneBook, type PhoneEntry } from '../lib/contacts/phones';
import { PHONES_FILE } from '../schemas/phones';

const book = parsePhoneBook(text);
if (book.problems.length > 0) {
	throw new Error(`${PHONES_FILE}:\n${book.problems.map((p) => `  ${p.line} ${p.field}: ${p.message}`).join('\n')}`);
}

export const PHONES: ReadonlyMap<string, PhoneEntry> = book.entries;

/** The entry `id`, or an error naming the id and the file (a typo in a component's prop). */
export function phoneEntry(id: string, usedBy: string): PhoneEntry {
	const entry = PHONES.get(id);
	if (!entry) throw new Error(`${usedBy}: 没有 id 为 “${id}” 的电话号码。号码写在 ${PHONES_FILE} 里，可用的 id：${[...PHONES.keys()].join('、')}。`);
	return entry;
}
