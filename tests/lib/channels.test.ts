import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, clockFacts, parseAnswers, rankChannels, type PickerAnswers } from '../../src/lib/channels';
import { PROBLEMS, type ProblemId } from '../../src/lib/content/problems';

/** Local-time dates: 2026-11-23 is a Monday. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const MONDAY_0930 = at(23, 9, 30);
const MONDAY_1400 = at(23, 14);
const MONDAY_2200 = at(23, 22);
const MIDNIGHT = at(24, 0, 0);
const SATURDAY_1100 = at(28, 11);
const SUNDAY_0800 = at(29, 8);

const answers = (over: Partial<PickerAnswers>): PickerAnswers => ({ ...DEFAULT_ANSWERS, ...over });
const first = (a: PickerAnswers, now?: Date) => rankChannels(a, now)[0]?.id;

describe('clockFacts', () => {
	it.each([
		['Monday 09:30', MONDAY_0930, { businessHours: true, peak: false, weekend: false }],
		['Monday 14:00', MONDAY_1400, { businessHours: true, peak: true, weekend: false }],
		['Monday 22:00', MONDAY_2200, { businessHours: false, peak: false, weekend: false }],
		['midnight', MIDNIGHT, { businessHours: false, peak: false, weekend: false }],
		['Saturday 11:00', SATURDAY_1100, { businessHours: false, peak: true, weekend: true }],
		['Sunday 08:00', SUNDAY_0800, { businessHours: false, peak: false, weekend: true }],
		['Monday 09:59', at(23, 9, 59), { businessHours: true, peak: false, weekend: false }],
		['Monday 10:00', at(23, 10, 0), { businessHours: true, peak: true, weekend: false }],
		['Monday 16:00', at(23, 16, 0), { businessHours: true, peak: false, weekend: false }],
		['Monday 18:00', at(23, 18, 0), { businessHours: false, peak: false, weekend: false }],
	])('%s', (_name, date, expected) => {
		expect(clockFacts(date)).toEqual(expected);
	});
});

describe('rankChannels', () => {
	it('always returns all five channels once, best score first, each with a reason and preparation', () => {
		for (const problem of [...Object.keys(PROBLEMS), 'other'] as Array<ProblemId | 'other'>) {
			for (const now of [undefined, MONDAY_0930, MONDAY_1400, MIDNIGHT, SATURDAY_1100]) {
				const ranked = rankChannels(answers({ problem }), now);
				expect(new Set(ranked.map((c) => c.id)).size).toBe(5);
				expect(ranked.map((c) => c.score)).toEqual([...ranked.map((c) => c.score)].sort((a, b) => b - a));
				for (const c of ranked) {
					expect(c.reason.length).toBeGreaterThan(5);
					expect(c.prepare.length).toBeGreaterThan(5);
				}
			}
		}
	});

	it('puts in-app chat first for a typical non-urgent question', () => {
		expect(first(DEFAULT_ANSWERS)).toBe('in-app');
		expect(first(DEFAULT_ANSWERS, MONDAY_1400)).toBe('in-app');
	});

	it('puts the phone first for a suspected stolen account, at any hour', () => {
		for (const now of [undefined, MONDAY_1400, MIDNIGHT, SATURDAY_1100, SUNDAY_0800]) {
			const ranked = rankChannels(answers({ problem: 'account-security' }), now);
			expect(ranked[0]?.id).toBe('phone');
			expect(ranked[0]?.reason).toContain('冻结');
			expect(ranked.at(-1)?.id === 'social-media' || ranked.at(-1)?.id === 'service-center').toBe(true);
		}
	});

	it('puts the phone first when money is gone and it is urgent, inside business hours', () => {
		const a = answers({ problem: 'transfer-delayed', urgency: 'urgent', moneyGone: true });
		expect(first(a, MONDAY_0930)).toBe('phone');
		expect(first(a, MONDAY_1400)).toBe('phone');
	});

	it('prefers in-app chat over a phone line that may be closed late at night, unless the reader wants to talk', () => {
		const a = answers({ problem: 'transfer-delayed', urgency: 'urgent', moneyGone: true });
		const late = rankChannels(a, MONDAY_2200);
		expect(late[0]?.id).toBe('in-app');
		expect(late.find((c) => c.id === 'phone')?.reason).toContain('24 小时');
		expect(first({ ...a, prefer: 'talk' }, MONDAY_2200)).toBe('phone');
	});

	it('never recommends public social media first when money is involved', () => {
		for (const problem of Object.keys(PROBLEMS) as ProblemId[]) {
			const ranked = rankChannels(answers({ problem, moneyGone: true }), MONDAY_1400);
			expect(ranked.findIndex((c) => c.id === 'social-media')).toBeGreaterThanOrEqual(3);
			expect(ranked.find((c) => c.id === 'social-media')?.reason).toMatch(/公开/);
		}
	});

	it('sends a reader who cannot log in to the website rather than the app', () => {
		for (const problem of ['login-problems', 'account-locked'] as const) {
			const ranked = rankChannels(answers({ problem }), MONDAY_0930);
			expect(ranked[0]?.id).toBe('website');
			expect(ranked.findIndex((c) => c.id === 'in-app')).toBeGreaterThan(0);
		}
	});

	it('keeps refunds in the app, where they are filed and tracked', () => {
		const ranked = rankChannels(answers({ problem: 'refund' }), MONDAY_1400);
		expect(ranked[0]?.id).toBe('in-app');
		expect(ranked[0]?.reason).toContain('退款');
	});

	it('ranks the phone first for a reader who prefers to talk', () => {
		expect(first(answers({ prefer: 'talk' }), MONDAY_0930)).toBe('phone');
	});

	it('raises the website message form and social media for non-urgent problems', () => {
		const calm = rankChannels(answers({ problem: 'bank-card' }), MONDAY_0930);
		const urgent = rankChannels(answers({ problem: 'bank-card', urgency: 'urgent' }), MONDAY_0930);
		const pos = (r: typeof calm, id: string) => r.findIndex((c) => c.id === id);
		expect(pos(calm, 'website')).toBeLessThan(pos(urgent, 'website'));
		expect(pos(calm, 'social-media')).toBeLessThanOrEqual(pos(urgent, 'social-media'));
	});

	it('mentions the 10:00–16:00 peak during it and shorter waits outside it', () => {
		const inApp = (now: Date) => rankChannels(DEFAULT_ANSWERS, now).find((c) => c.id === 'in-app')?.reason ?? '';
		expect(inApp(MONDAY_1400)).toContain('16:00');
		expect(inApp(MONDAY_0930)).toContain('高峰');
		expect(inApp(MONDAY_0930)).not.toContain('排队可能较久');
	});

	it('warns about weekend and after-hours phone lines and service centres', () => {
		const weekend = rankChannels(answers({ prefer: 'talk', problem: 'account-locked' }), SUNDAY_0800);
		expect(weekend.find((c) => c.id === 'phone')?.reason).toContain('周末');
		const night = rankChannels(DEFAULT_ANSWERS, MIDNIGHT);
		expect(night.at(-1)?.id).toBe('service-center');
		expect(night.find((c) => c.id === 'website')?.reason).toContain('留言');
	});

	it('ranks identity problems with the phone and service centre higher', () => {
		const plain = rankChannels(answers({ problem: 'other' }), MONDAY_0930);
		const identity = rankChannels(answers({ problem: 'verification-code' }), MONDAY_0930);
		const score = (r: typeof plain, id: string) => r.find((c) => c.id === id)?.score ?? 0;
		expect(score(identity, 'phone')).toBeGreaterThan(score(plain, 'phone'));
		expect(score(identity, 'service-center')).toBeGreaterThan(score(plain, 'service-center'));
	});

	it('tells what to prepare, with transaction details when money is involved', () => {
		const money = rankChannels(answers({ problem: 'payment-failed' }));
		expect(money.find((c) => c.id === 'phone')?.prepare).toContain('交易单号');
		const social = money.find((c) => c.id === 'social-media')?.prepare ?? '';
		expect(social).toContain('不要公开');
	});
});

describe('parseAnswers', () => {
	const from = (q: string) => {
		const p = new URLSearchParams(q);
		return parseAnswers((n) => p.get(n));
	};
	it('reads known values', () => {
		expect(from('problem=refund&urgency=urgent&money=yes&prefer=talk')).toEqual({
			problem: 'refund',
			urgency: 'urgent',
			moneyGone: true,
			prefer: 'talk',
		});
	});
	it('falls back to defaults for unknown or hostile values', () => {
		expect(from('problem=<script>&urgency=now&money=maybe&prefer=x')).toEqual(DEFAULT_ANSWERS);
		expect(from('problem=__proto__')).toEqual(DEFAULT_ANSWERS);
		expect(from('')).toEqual(DEFAULT_ANSWERS);
	});
});

describe('first two channels for each problem type (Monday 14:00, peak, business hours)', () => {
	it.each([
		// problem, calm + no money lost, urgent + money gone
		['payment-failed', 'in-app>website', 'phone>in-app'],
		['login-problems', 'website>phone', 'phone>in-app'],
		['account-locked', 'website>phone', 'phone>in-app'],
		['bank-card', 'in-app>website', 'phone>in-app'],
		['balance-not-updated', 'in-app>website', 'phone>in-app'],
		['transfer-delayed', 'in-app>website', 'phone>in-app'],
		['verification-code', 'in-app>phone', 'phone>in-app'],
		['refund', 'in-app>website', 'in-app>phone'],
		['top-up-failed', 'in-app>website', 'phone>in-app'],
		['withdrawal-failed', 'in-app>website', 'phone>in-app'],
		['account-security', 'phone>in-app', 'phone>in-app'],
		['other', 'in-app>website', 'phone>in-app'],
	] as const)('%s: calm %s, urgent with money gone %s', (problem, calm, urgent) => {
		const top2 = (a: PickerAnswers) =>
			rankChannels(a, MONDAY_1400)
				.slice(0, 2)
				.map((c) => c.id)
				.join('>');
		expect(top2(answers({ problem }))).toBe(calm);
		expect(top2(answers({ problem, urgency: 'urgent', moneyGone: true }))).toBe(urgent);
	});
});
