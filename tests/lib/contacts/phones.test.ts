import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/integrations/content-check';
import { findWrittenNumbers, knownNumbers, parsePhoneBook, telHref } from '../../../src/lib/contacts/phones';
import { unknownPhoneIdProblems, writtenNumberProblems } from '../../../src/lib/content/check';

const BOOK = `
- id: police
  name: 报警电话
  number: '110'
  source: 公安部
  reviewed: 2026-11-26
- id: alipay
  name: 支付宝客服热线
  number: '95188'
  source: 支付宝官网
  reviewed: 2026-11-23
- id: apple
  name: Apple 支持
  number: 400-666-8800
  source: Apple 官网
  reviewed: 2026-11-23
- id: china-telecom
  name: 中国电信
  number: '10000'
  source: 中国电信官网
  reviewed: 2026-11-26
`;
const known = knownNumbers(parsePhoneBook(BOOK).entries.values());
const found = (text: string) => findWrittenNumbers(text, known).map((n) => n.text);

describe('findWrittenNumbers', () => {
	it.each([
		['a made-up 400 number', '请拨打 400-123-4567 咨询。', ['400-123-4567']],
		['a 400 number in groups of spaces', '客服电话 400 123 4567。', ['400 123 4567']],
		['a five-digit service number', '拨打 95xxx 之外的 95555。', ['95555']],
		['a mobile number', '对方的手机号 13812345678 打不通。', ['13812345678']],
		['one of the site’s numbers, even short', '马上拨打 110 报警。', ['110']],
		['the site’s number with hyphens', 'Apple 的 400-666-8800。', ['400-666-8800']],
		['a known number at the start of a line', '95188 是支付宝的。', ['95188']],
		['an area code and a number', '显示为 010-96110 的来电。', ['010-96110']],
		['an international number', '拨打 +1-888-221-1161。', ['1-888-221-1161']],
	])('finds %s', (_name, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it.each([
		['a date', '最后整理于 2026-11-23。'],
		['a year', '最高人民法院 2020 年发布的指导意见。'],
		['an amount with a unit', '扣了 200 元，又扣了 12345 元。'],
		['a known number as an amount', '充值 10000 元，手续费 110 元。'],
		['an amount with thousands groups', '损失 5,000 美元，另有 1,250,000 元。'],
		['a percentage', '成功率 99999%。'],
		['a time range', '服务时间 9:00–18:00，或 10:00-16:00。'],
		['a version number', '更新到 8.0.45 或 10086.2.1 以后的版本。'],
		['a web address', '网站 https://www.12315.cn/ 上也能投诉。'],
		['a short count', '输错 5 次后锁定 24 小时，第 3 步。'],
		['a decimal amount', '金额 12345.67 元。'],
		['digits inside a word', '型号 iPhone15 和 sha256。'],
	])('leaves alone %s', (_name, text) => {
		expect(found(text)).toEqual([]);
	});

	it('names the line of each number', () => {
		expect(findWrittenNumbers('第一行\n\n拨打 400-123-4567\n110', known)).toEqual([
			{ line: 3, text: '400-123-4567', id: undefined },
			{ line: 4, text: '110', id: 'police' },
		]);
	});
});

describe('writtenNumberProblems (the content check)', () => {
	const body = `import Phone from '@components/Phone.astro';\nimport X from './x-110.astro';\n\n拨打 <Phone id="police" /> 报警。\n\n或者打 400-123-4567。\n`;
	const problems = writtenNumberProblems('content/docs/issues/x.mdx', body, 7, known);

	it('names the file and the line of the article, and ignores import lines and the component', () => {
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/docs/issues/x.mdx', line: 13, field: 'phone' });
		expect(problems[0]?.message).toContain('400-123-4567');
		expect(problems[0]?.message).toContain('content/contacts/phones.yaml');
	});

	it('tells the editor which component to use for a known number', () => {
		const [known110] = writtenNumberProblems('a.mdx', '打 110。', 0, known);
		expect(known110?.fix).toContain('<Phone id="police" />');
	});
});

describe('unknownPhoneIdProblems (the content check)', () => {
	it('names the file and line of a <Phone> whose id the phones file does not have, and the ids it has', () => {
		const problems = unknownPhoneIdProblems(
			'content/docs/issues/x.mdx',
			'第一行\n拨打 <Phone id="polce" /> 或 <Phone name id="police" />。',
			5,
			new Set(['police', 'alipay']),
		);
		expect(problems).toEqual([expect.objectContaining({ file: 'content/docs/issues/x.mdx', line: 7, field: 'Phone' })]);
		expect(problems[0]?.message).toContain('polce');
		expect(problems[0]?.fix).toContain('police、alipay');
	});
});

describe('parsePhoneBook', () => {
	it('reads the entries by id', () => {
		const book = parsePhoneBook(BOOK);
		expect(book.problems).toEqual([]);
		expect(book.entries.get('apple')?.number).toBe('400-666-8800');
		expect(telHref('400-666-8800')).toBe('tel:4006668800');
		expect(telHref('+1-888-221-1161')).toBe('tel:+18882211161');
	});

	it.each([
		['a number written as a YAML number', BOOK.replace("'95188'", '95188'), 'alipay.number', /加引号/],
		['a number with letters', BOOK.replace("'95188'", "'95188转1'"), 'alipay.number', /只能写数字/],
		['a missing source', BOOK.replace('  source: 公安部\n', ''), 'police.source', /缺少这个字段/],
		['an unknown field', BOOK.replace('  source: 公安部\n', '  source: 公安部\n  phone: x\n'), 'police', /不认识的字段：phone/],
		['a repeated id', BOOK.replace('id: apple', 'id: alipay'), 'alipay.id', /不止一次/],
		['a bad id', BOOK.replace('id: apple', 'id: Apple Support'), 'Apple Support.id', /小写英文/],
		['an impossible date', BOOK.replace('2026-11-26\n- id: alipay', '2026-13-45\n- id: alipay'), 'police.reviewed', /必须是日期|不能晚于今天/],
	])('refuses %s, naming the entry and field', (_name, text, field, message) => {
		const problem = parsePhoneBook(text).problems.find((p) => p.field === field);
		expect(problem?.message).toMatch(message);
		expect(problem?.line).toBeGreaterThan(1);
	});

	it('refuses broken YAML and a file that is not a list', () => {
		expect(parsePhoneBook('- id: [x\n').problems[0]?.field).toBe('YAML');
		expect(parsePhoneBook('id: x\n').problems[0]?.message).toMatch(/列表/);
	});
});

describe('the check before the build (checkProject) with a broken phones file', () => {
	it('names content/contacts/phones.yaml, the line, the entry and the field', () => {
		const root = mkdtempSync(join(tmpdir(), 'phones-'));
		try {
			mkdirSync(join(root, 'content/contacts'), { recursive: true });
			mkdirSync(join(root, 'content/docs'), { recursive: true });
			writeFileSync(join(root, 'content/contacts/phones.yaml'), BOOK.replace("'95188'", '95188'));
			const report = checkProject(root, join(root, 'content/docs'), join(root, 'public'));
			expect(report).toMatch(/content\/contacts\/phones\.yaml:\d+ {2}alipay\.number\n {2}.*加引号/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
