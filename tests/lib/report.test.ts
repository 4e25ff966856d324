import { describe, expect, it } from 'vitest';
import {
	DRAFT_KEY,
	EMPTY_REPORT,
	FIELD_LIMITS,
	attachmentsFor,
	buildReport,
	clampText,
	clearDraft,
	formatWhen,
	loadDraft,
	normalizeFields,
	saveDraft,
	triedItems,
} from '../../src/lib/report';
import { fakeStorage } from './fake-storage';

const filled = {
	...EMPTY_REPORT,
	problem: 'payment-failed',
	wallet: '支付宝',
	when: '2026-11-23T14:05',
	doing: '在超市收银台出示付款码',
	errorText: '支付失败，请稍后重试',
	amount: '128.50 元',
	orderNo: '2026112300001',
	tried: '切换了网络\n- 重启了 APP',
	ask: '请确认是否已扣款',
};

describe('buildReport', () => {
	it('orders the message time → scene → symptom → tried → ask', () => {
		const text = buildReport(filled, ['更新到最新版本'], { title: '支付失败或无法完成交易' });
		const order = [
			'支付失败或无法完成交易',
			'2026年11月23日 14:05',
			'收银台',
			'“支付失败，请稍后重试”',
			'128.50 元',
			'2026112300001',
			'我已经尝试过',
			'我的请求：请确认是否已扣款',
		];
		const positions = order.map((s) => text.indexOf(s));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(text.startsWith('您好')).toBe(true);
		expect(text).toContain('1. 更新到最新版本\n2. 切换了网络\n3. 重启了 APP');
	});

	it('leaves out lines for empty fields and still asks politely', () => {
		const text = buildReport(EMPTY_REPORT);
		expect(text).not.toContain('发生时间');
		expect(text).not.toContain('涉及金额');
		expect(text).toContain('我的请求：请帮我查明原因');
		expect(text.split('\n')).toHaveLength(3);
	});

	it('keeps HTML-looking input as literal text', () => {
		const text = buildReport({ ...EMPTY_REPORT, errorText: '<img src=x onerror=alert(1)>' });
		expect(text).toContain('“<img src=x onerror=alert(1)>”');
	});

	it('bounds very long input and never splits an emoji', () => {
		const long = '😀'.repeat(5000);
		const text = buildReport({ ...EMPTY_REPORT, doing: long });
		const line = text.split('\n').find((l) => l.startsWith('当时在做')) ?? '';
		expect(Array.from(line.replace('当时在做：', ''))).toHaveLength(FIELD_LIMITS.doing);
		expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});

	it('names the problem by its article’s title and passes free text through', () => {
		expect(buildReport({ ...EMPTY_REPORT, problem: 'refund' }, [], { title: '申请退款与退款进度' })).toContain('问题类型：申请退款与退款进度');
		expect(buildReport({ ...EMPTY_REPORT, problem: '别的问题' })).toContain('问题类型：别的问题');
	});
});

describe('helpers', () => {
	it.each([
		['2026-11-23T14:05', '2026年11月23日 14:05'],
		['2026-01-05T09:00', '2026年1月5日 09:00'],
		['昨天下午', '昨天下午'],
	])('formatWhen(%s)', (input, expected) => {
		expect(formatWhen(input)).toBe(expected);
	});

	it('clampText trims, folds blank lines and normalises line ends', () => {
		expect(clampText('  a\r\n\r\n\r\n\r\nb  ', 100)).toBe('a\n\nb');
		expect(clampText('一二三四五', 3)).toBe('一二三');
	});

	it('triedItems strips bullets and de-duplicates', () => {
		expect(triedItems('1. 重启\n2、换网络\n* 重启\n', ['重启'])).toEqual(['重启', '换网络']);
	});

	it('normalizeFields ignores unknown keys and non-strings', () => {
		const n = normalizeFields({ amount: 5, evil: 'x', wallet: ' 微信支付 ' });
		expect(n).toEqual({ ...EMPTY_REPORT, wallet: '微信支付' });
	});
});

describe('attachmentsFor', () => {
	it('always asks for identity details and warns against sharing secrets', () => {
		expect(attachmentsFor(EMPTY_REPORT)[0]).toContain('不要提供密码和验证码');
	});
	it('adds screenshots, bill details and, for a problem about a transaction, bank records', () => {
		const list = attachmentsFor(filled, { traits: ['transaction'], attachments: [] }).join('\n');
		expect(list).toContain('错误提示的截图');
		expect(list).toContain('账单详情截图');
		expect(list).toContain('银行卡的扣款');
		expect(attachmentsFor(filled, { traits: ['identity'], attachments: [] }).join()).not.toContain('银行卡的扣款');
	});
	it('adds what the problem’s article asks to prepare', () => {
		const list = attachmentsFor(EMPTY_REPORT, { traits: [], attachments: ['退款申请号'] });
		expect(list).toContain('退款申请号');
		expect(list.at(-1)).toContain('工单号');
	});
});

describe('draft storage', () => {
	it('survives a reload and can be cleared', () => {
		const store = fakeStorage();
		saveDraft(store, filled);
		expect(loadDraft(store)).toEqual(normalizeFields(filled));
		clearDraft(store);
		expect(loadDraft(store)).toBeUndefined();
	});
	it.each([
		['corrupt JSON', '{'],
		['wrong version', JSON.stringify({ v: 9, fields: {} })],
		['fields missing', JSON.stringify({ v: 1 })],
		['an array', '[]'],
	])('ignores %s', (_name, raw) => {
		expect(loadDraft(fakeStorage({ [DRAFT_KEY]: raw }))).toBeUndefined();
	});
	it('does not throw when storage is unavailable', () => {
		const failing = fakeStorage({}, true);
		expect(saveDraft(failing, filled)).toBe(false);
		expect(loadDraft(failing)).toBeUndefined();
		expect(() => clearDraft(failing)).not.toThrow();
	});
});

describe('the report in English', () => {
	it('writes the whole message and the list to prepare in English, the reader’s words as typed', () => {
		const fields = {
			...EMPTY_REPORT,
			problem: 'refund',
			wallet: 'Alipay',
			when: '2026-11-23T14:05',
			errorText: 'Payment failed',
			amount: '128 yuan',
			orderNo: 'A1',
			tried: 'Restarted the app',
		};
		const text = buildReport(fields, ['Checked my card'], { title: 'Getting a refund' }, 'en');
		expect(text).not.toMatch(/[\u3400-\u9fff]/u);
		expect(text).toContain('Problem: Getting a refund');
		expect(text).toContain('When it happened: 2026-11-23 14:05');
		expect(text).toContain('Message on screen: "Payment failed"');
		expect(text).toContain('1. Checked my card\n2. Restarted the app');
		expect(attachmentsFor(fields, { traits: ['transaction'], attachments: [] }, 'en').join(' ')).not.toMatch(/[\u3400-\u9fff]/u);
	});
});
