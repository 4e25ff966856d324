import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, clockFacts, parseAnswers, rankChannels, translateWith, type PickerAnswers, type ProblemProfile } from '../../src/lib/channels';
import { CHANNELS_EN } from '../../src/lib/i18n/channels-en';
import { SUPPORT_TRAIT_NAMES, type SupportTrait } from '../../src/lib/content/problems';

/**
 * Problem profiles as articles describe them in `support.traits` (the real articles' traits are
 * checked against the same expectations in tests/content/support.test.ts).
 */
const KINDS = {
	transaction: ['transaction'],
	'locked out': ['identity', 'locked-out'],
	identity: ['identity'],
	'in-app request': ['transaction', 'in-app-process'],
	emergency: ['emergency'],
	'emergency with money': ['emergency', 'transaction'],
	general: [],
} as const satisfies Record<string, readonly SupportTrait[]>;
type Kind = keyof typeof KINDS;
const profile = (kind: Kind): ProblemProfile => ({ id: kind.replace(/ /g, '-'), traits: KINDS[kind] });
const ALL_KINDS = Object.keys(KINDS) as Kind[];

/** Local-time dates: 2026-11-23 is a Monday. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const MONDAY_0930 = at(23, 9, 30);
const MONDAY_1400 = at(23, 14);
const MONDAY_2200 = at(23, 22);
const MIDNIGHT = at(24, 0, 0);
const SATURDAY_1100 = at(28, 11);
const SUNDAY_0800 = at(29, 8);

const answers = (over: Partial<Omit<PickerAnswers, 'problem'>> & { problem?: Kind | null } = {}): PickerAnswers => ({
	...DEFAULT_ANSWERS,
	...over,
	problem: over.problem ? profile(over.problem) : null,
});
const first = (a: PickerAnswers, now?: Date) => rankChannels(a, now)[0]?.id;

describe('clockFacts', () => {
	it.each([
		['Monday 09:30', MONDAY_0930, { businessHours: true, weekend: false }],
		['Monday 14:00', MONDAY_1400, { businessHours: true, weekend: false }],
		['Monday 22:00', MONDAY_2200, { businessHours: false, weekend: false }],
		['midnight', MIDNIGHT, { businessHours: false, weekend: false }],
		['Saturday 11:00', SATURDAY_1100, { businessHours: false, weekend: true }],
		['Sunday 08:00', SUNDAY_0800, { businessHours: false, weekend: true }],
		['Monday 09:59', at(23, 9, 59), { businessHours: true, weekend: false }],
		['Monday 10:00', at(23, 10, 0), { businessHours: true, weekend: false }],
		['Monday 16:00', at(23, 16, 0), { businessHours: true, weekend: false }],
		['Monday 18:00', at(23, 18, 0), { businessHours: false, weekend: false }],
	])('%s', (_name, date, expected) => {
		expect(clockFacts(date)).toEqual(expected);
	});
});

describe('rankChannels', () => {
	it('always returns all five channels once, best score first, each with a reason and preparation', () => {
		for (const problem of [...ALL_KINDS, null]) {
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

	it('puts the phone first for an emergency (a stolen account, a scam in progress), at any hour', () => {
		for (const kind of ['emergency', 'emergency with money'] as const) {
			for (const now of [undefined, MONDAY_1400, MIDNIGHT, SATURDAY_1100, SUNDAY_0800]) {
				const ranked = rankChannels(answers({ problem: kind }), now);
				expect(ranked[0]?.id).toBe('phone');
				expect(ranked[0]?.reason).toContain('冻结');
				expect(ranked.at(-1)?.id === 'social-media' || ranked.at(-1)?.id === 'service-center').toBe(true);
			}
		}
	});

	it('puts the phone first when money is gone and it is urgent, inside business hours', () => {
		const a = answers({ problem: 'transaction', urgency: 'urgent', moneyGone: true });
		expect(first(a, MONDAY_0930)).toBe('phone');
		expect(first(a, MONDAY_1400)).toBe('phone');
	});

	it('prefers in-app chat over a phone line that may be closed late at night, unless the reader wants to talk', () => {
		const a = answers({ problem: 'transaction', urgency: 'urgent', moneyGone: true });
		const late = rankChannels(a, MONDAY_2200);
		expect(late[0]?.id).toBe('in-app');
		expect(late.find((c) => c.id === 'phone')?.reason).toContain('服务时间');
		expect(first({ ...a, prefer: 'talk' }, MONDAY_2200)).toBe('phone');
	});

	it('never recommends public social media first when money is involved', () => {
		for (const problem of ALL_KINDS) {
			const ranked = rankChannels(answers({ problem, moneyGone: true }), MONDAY_1400);
			expect(ranked.findIndex((c) => c.id === 'social-media')).toBeGreaterThanOrEqual(3);
			expect(ranked.find((c) => c.id === 'social-media')?.reason).toMatch(/公开/);
		}
	});

	it('sends a reader who cannot log in to the website rather than the app', () => {
		const ranked = rankChannels(answers({ problem: 'locked out' }), MONDAY_0930);
		expect(ranked[0]?.id).toBe('website');
		expect(ranked.findIndex((c) => c.id === 'in-app')).toBeGreaterThan(0);
	});

	it('keeps requests filed in the app (refunds) in the app, where they are tracked', () => {
		const ranked = rankChannels(answers({ problem: 'in-app request' }), MONDAY_1400);
		expect(ranked[0]?.id).toBe('in-app');
		expect(ranked[0]?.reason).toContain('申请');
	});

	it('ranks the phone first for a reader who prefers to talk', () => {
		expect(first(answers({ prefer: 'talk' }), MONDAY_0930)).toBe('phone');
	});

	it('raises the website message form and social media for non-urgent problems', () => {
		const calm = rankChannels(answers({ problem: 'transaction' }), MONDAY_0930);
		const urgent = rankChannels(answers({ problem: 'transaction', urgency: 'urgent' }), MONDAY_0930);
		const pos = (r: typeof calm, id: string) => r.findIndex((c) => c.id === id);
		expect(pos(calm, 'website')).toBeLessThan(pos(urgent, 'website'));
		expect(pos(calm, 'social-media')).toBeLessThanOrEqual(pos(urgent, 'social-media'));
	});

	it('claims no busy hours, which no official source states: the same ranking at 9:30 and at 14:00', () => {
		for (const now of [MONDAY_0930, MONDAY_1400]) {
			const ranked = rankChannels(DEFAULT_ANSWERS, now);
			expect(ranked.map((c) => c.reason).join(''), now.toString()).not.toMatch(/高峰|10:00–16:00/);
		}
		expect(rankChannels(DEFAULT_ANSWERS, MONDAY_0930)).toEqual(rankChannels(DEFAULT_ANSWERS, MONDAY_1400));
	});

	it('warns about weekend and after-hours phone lines and service centres', () => {
		const weekend = rankChannels(answers({ prefer: 'talk', problem: 'locked out' }), SUNDAY_0800);
		expect(weekend.find((c) => c.id === 'phone')?.reason).toContain('周末');
		const night = rankChannels(DEFAULT_ANSWERS, MIDNIGHT);
		expect(night.at(-1)?.id).toBe('service-center');
		expect(night.find((c) => c.id === 'website')?.reason).toContain('留言');
	});

	it('ranks identity problems with the phone and service centre higher', () => {
		const plain = rankChannels(answers({ problem: null }), MONDAY_0930);
		const identity = rankChannels(answers({ problem: 'identity' }), MONDAY_0930);
		const score = (r: typeof plain, id: string) => r.find((c) => c.id === id)?.score ?? 0;
		expect(score(identity, 'phone')).toBeGreaterThan(score(plain, 'phone'));
		expect(score(identity, 'service-center')).toBeGreaterThan(score(plain, 'service-center'));
	});

	it('tells what to prepare, with transaction details when money is involved', () => {
		const money = rankChannels(answers({ problem: 'transaction' }));
		expect(money.find((c) => c.id === 'phone')?.prepare).toContain('交易单号');
		const social = money.find((c) => c.id === 'social-media')?.prepare ?? '';
		expect(social).toContain('不要公开');
	});
});

describe('parseAnswers', () => {
	const known = [profile('in-app request'), { id: 'refund', traits: ['transaction', 'in-app-process'] as SupportTrait[] }];
	const from = (q: string) => {
		const p = new URLSearchParams(q);
		return parseAnswers((n) => p.get(n), known);
	};
	it('reads known values, taking the problem’s traits from the page', () => {
		expect(from('problem=refund&urgency=urgent&money=yes&prefer=talk')).toEqual({
			problem: { id: 'refund', traits: ['transaction', 'in-app-process'] },
			urgency: 'urgent',
			moneyGone: true,
			prefer: 'talk',
		});
	});
	it('falls back to defaults for unknown or hostile values', () => {
		expect(from('problem=<script>&urgency=now&money=maybe&prefer=x')).toEqual(DEFAULT_ANSWERS);
		expect(from('problem=__proto__')).toEqual(DEFAULT_ANSWERS);
		expect(from('problem=other')).toEqual(DEFAULT_ANSWERS);
		expect(from('')).toEqual(DEFAULT_ANSWERS);
	});
	it('drops traits it does not know', () => {
		const odd = parseAnswers((n) => (n === 'problem' ? 'x' : null), [{ id: 'x', traits: ['emergency', 'nonsense' as SupportTrait] }]);
		expect(odd.problem?.traits).toEqual(['emergency']);
	});
});

describe('first two channels for each kind of problem (Monday 14:00, business hours)', () => {
	it.each([
		// kind, calm + no money lost, urgent + money gone
		['transaction', 'in-app>website', 'phone>in-app'],
		['locked out', 'website>phone', 'phone>in-app'],
		['identity', 'in-app>phone', 'phone>in-app'],
		['in-app request', 'in-app>website', 'in-app>phone'],
		['emergency', 'phone>in-app', 'phone>in-app'],
		['emergency with money', 'phone>in-app', 'phone>in-app'],
		['general', 'in-app>website', 'phone>in-app'],
	] as const)('%s: calm %s, urgent with money gone %s', (kind, calm, urgent) => {
		const top2 = (a: PickerAnswers) =>
			rankChannels(a, MONDAY_1400)
				.slice(0, 2)
				.map((c) => c.id)
				.join('>');
		expect(top2(answers({ problem: kind }))).toBe(calm);
		expect(top2(answers({ problem: kind, urgency: 'urgent', moneyGone: true }))).toBe(urgent);
	});

	it('covers every trait an article can use', () => {
		const used = new Set(Object.values(KINDS).flat());
		expect(SUPPORT_TRAIT_NAMES.filter((t) => !used.has(t))).toEqual([]);
	});
});

describe('the picker in English', () => {
	const CJK = /[\u3400-\u9fff]/u;
	const traits: SupportTrait[][] = [[], ['emergency'], ['identity', 'locked-out'], ['transaction', 'in-app-process']];
	const times = [undefined, new Date(2026, 10, 23, 11), new Date(2026, 10, 23, 20), new Date(2026, 10, 22, 12)];
	it('has an English line for every text any answers and time can show', () => {
		for (const t of traits)
			for (const urgency of ['urgent', 'normal'] as const)
				for (const moneyGone of [true, false])
					for (const prefer of ['type', 'talk'] as const)
						for (const now of times) {
							for (const c of rankChannels({ problem: { id: 'x', traits: t }, urgency, moneyGone, prefer }, now, translateWith(CHANNELS_EN))) {
								expect(`${c.name} ${c.reason} ${c.prepare}`).not.toMatch(CJK);
								expect(c.href).toBe('/en/contact/');
							}
						}
	});

	it('ranks exactly as in Chinese', () => {
		const answers = { problem: { id: 'x', traits: ['emergency'] as SupportTrait[] }, urgency: 'urgent' as const, moneyGone: true, prefer: 'talk' as const };
		expect(rankChannels(answers, undefined, translateWith(CHANNELS_EN)).map((c) => c.id)).toEqual(rankChannels(answers).map((c) => c.id));
	});
});
