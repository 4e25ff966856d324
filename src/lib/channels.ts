/**
 * The channel picker's ranking (客服渠道推荐): a pure function of the reader's answers and the
 * reader's local clock. Facts behind the rules come from the seed documents:
 * - in-app chat is the most direct (no claim about busy hours: no official source states them);
 * - phone suits urgent or complicated problems; some lines keep business hours such as
 *   Mon–Fri 9:00–18:00, so outside them the reader is told to check the published hours;
 * - the website offers chat and a message form that works when no agent is online;
 * - social media suits problems that are not urgent;
 * - some wallets and banks offer face-to-face help; readers must confirm it in the official app.
 * What a problem needs comes from its article's `support.traits`, never from its name.
 */
import { isSupportTrait, type SupportTrait } from './content/problems.ts';

/**
 * A picker text (name, reason, link) in the reader's language: the Chinese text is the key of the
 * other language's (src/lib/i18n/channels-en.ts). Islands get the table from the page, so a
 * Chinese page ships no English.
 */
export type Translate = (text: string) => string;
export const translateWith =
	(table: Readonly<Record<string, string>>): Translate =>
	(text) =>
		table[text] ?? text;
const same: Translate = (text) => text;

export const CHANNELS = {
	'in-app': { name: 'APP 内在线客服', href: '/contact/in-app/' },
	phone: { name: '电话客服热线', href: '/contact/phone/' },
	website: { name: '官网在线客服与留言', href: '/contact/website/' },
	'social-media': { name: '社交媒体', href: '/contact/social-media/' },
	'service-center': { name: '线下服务网点', href: '/contact/service-center/' },
} as const;

export type ChannelId = keyof typeof CHANNELS;

/**
 * Where a stuck reader writes the message for support, by language: the page holding the problem-report
 * builder (its element's id is `REPORT_BUILDER_ID`). Every problem page links there (ContactHelp).
 */
export const REPORT_PAGES = { zh: '/guide/describe-problem/', en: '/en/visitors/english-support/' } as const;
export const REPORT_BUILDER_ID = 'report-builder';

export type Urgency = 'urgent' | 'normal';
export type Preference = 'type' | 'talk';

/** The problem as the picker sees it: its id and its article's `support.traits`. */
export interface ProblemProfile {
	id: string;
	traits: readonly SupportTrait[];
}

export interface PickerAnswers {
	/** The problem, or null when none of the articles fits (“其他 / 不确定”). */
	problem: ProblemProfile | null;
	urgency: Urgency;
	/** Money has already left the reader's account (deducted, transferred, topped up). */
	moneyGone: boolean;
	/** Whether the reader would rather type or talk. */
	prefer: Preference;
}

export const DEFAULT_ANSWERS: PickerAnswers = {
	problem: null,
	urgency: 'normal',
	moneyGone: false,
	prefer: 'type',
};

export interface ClockFacts {
	/** Mon–Fri 9:00–18:00, the business hours the seeds give as typical. */
	businessHours: boolean;
	weekend: boolean;
}

/** Reads the facts the rules need from a local time. */
export function clockFacts(now: Date): ClockFacts {
	const day = now.getDay();
	const minutes = now.getHours() * 60 + now.getMinutes();
	const weekend = day === 0 || day === 6;
	return {
		weekend,
		businessHours: !weekend && minutes >= 9 * 60 && minutes < 18 * 60,
	};
}

export interface RankedChannel {
	id: ChannelId;
	name: string;
	href: string;
	score: number;
	/** One line: why this channel sits where it does for these answers. */
	reason: string;
	/** What to have ready before using it. */
	prepare: string;
}

const has = (answers: PickerAnswers, trait: SupportTrait) => answers.problem?.traits.includes(trait) ?? false;

function prepareFor(id: ChannelId, answers: PickerAnswers, t: (text: string) => string): string {
	const money = answers.moneyGone || has(answers, 'transaction');
	const base = t(money ? '发生时间、金额、交易单号和错误提示截图' : '发生时间、错误提示原文和截图');
	switch (id) {
		case 'in-app':
			return `${base}${t('；在对话框里一次说清，截图直接发送。')}`;
		case 'phone':
			return `${t('注册手机号或账户名、')}${base}${t('；准备纸笔记下工单号。')}`;
		case 'website':
			return `${base}${t('；留言时写上能联系到你的方式。')}`;
		case 'social-media':
			return t('问题概要即可，不要公开账号、卡号、验证码；细节等官方私信再给。');
		case 'service-center':
			return t('身份证件、已登录钱包的手机、相关银行卡和截图；出发前在官方 APP 里确认能否线下办理。');
	}
}

/**
 * Ranks every channel for the answers, best first, its texts through `t` (the reader's language). `now` is the reader's local time; leave it
 * out to rank without time-of-day advice (the server-rendered, no-JavaScript version).
 */
export function rankChannels(answers: PickerAnswers, now?: Date, t: Translate = same): RankedChannel[] {
	const clock = now ? clockFacts(now) : undefined;
	const emergency = has(answers, 'emergency');
	const identity = has(answers, 'identity');
	const transaction = has(answers, 'transaction');
	const urgent = answers.urgency === 'urgent' || emergency;
	const talk = answers.prefer === 'talk';

	const rows: Record<ChannelId, { score: number; reasons: Array<[number, string]> }> = {
		'in-app': { score: 50, reasons: [[1, '最直接：在钱包 APP 的“客服中心”或“帮助与反馈”里就能找到人工客服。']] },
		phone: { score: 40, reasons: [[1, '能直接和客服对话，适合紧急或说不清的问题。']] },
		website: { score: 30, reasons: [[1, '电脑或手机浏览器都能用，没人在线时也可以留言。']] },
		'social-media': { score: 15, reasons: [[1, '适合不着急的问题，在官方账号留言或私信。']] },
		'service-center': { score: 5, reasons: [[1, '部分钱包和银行提供线下服务，去之前先在官方 APP 里确认。']] },
	};
	const add = (id: ChannelId, delta: number, weight: number, reason?: string) => {
		rows[id].score += delta;
		if (reason) rows[id].reasons.push([weight, reason]);
	};

	if (emergency) {
		add('phone', 60, 10, '情况紧急，钱或账户可能正被别人动用：打官方热线，请客服先冻结账户或拦截付款。');
		add('in-app', 15, 6, '如果还能登录，APP 里的客服和安全功能也能马上处理。');
		add('social-media', -20, 6, '紧急的账户和资金问题不要在公开平台上讨论，以免泄露信息。');
	}
	if (urgent && !emergency) {
		add('phone', 35, 7, '问题紧急：电话能最快说清情况并拿到处理意见。');
		add('in-app', 10, 4);
		add('social-media', -10, 5, '紧急的问题不适合等社交媒体回复。');
		add('website', -5, 0);
	}
	if (!urgent) {
		add('website', 10, 4, '不着急时可以留言，把问题写清楚，等客服回复。');
		add('social-media', 10, 4, '不着急的问题可以在官方账号私信，有时回复很快。');
	}
	if (answers.moneyGone) {
		add('phone', 15, 8, '钱已经从账户扣除：尽快电话说明，方便客服核对和追回。');
		add('in-app', 10, 7, '钱已经扣除：在 APP 里找到这笔交易再联系客服，客服能直接看到记录。');
		add('social-media', -15, 5, '涉及资金不要在公开平台留言，以免泄露交易信息。');
	}
	if (transaction && !answers.moneyGone && !emergency) {
		add('in-app', 10, 6, '和某一笔交易有关：在 APP 的账单里发起咨询最方便核对。');
	}
	if (identity) {
		add('phone', 10, 6, '需要核实身份时，电话客服可以一步步带你完成验证。');
		add('service-center', 10, 6, '远程验证一直不通过时，可以问客服能否带证件线下办理。');
	}
	if (has(answers, 'locked-out')) {
		add('in-app', -15, 5, '登录不了时 APP 内客服可能用不上，可以改用电话或官网。');
		add('website', 10, 5, '登录不了也能在官网找到客服入口或留言。');
	}
	if (has(answers, 'in-app-process')) {
		add('in-app', 10, 8, '这类申请要在 APP 或订单页里提交，进度也在那里查看。');
	}
	if (talk) {
		add('phone', 20, 5, '你更想说话：电话沟通最快。');
	} else {
		add('in-app', 10, 3, '你更想打字：在线客服可以边聊边发截图。');
		add('website', 5, 0);
	}

	if (clock) {
		if (!clock.businessHours) {
			add(
				'phone',
				-10,
				9,
				clock.weekend
					? '今天是周末：有的热线周末不接听或时间缩短，拨打前先在官方 APP 里查服务时间。'
					: '现在不在常见的工作时间（如周一至周五 9:00–18:00）：有的热线已下班，拨打前先在官方 APP 里查服务时间。',
			);
			add('service-center', -20, 7, '现在多半不在营业时间，去之前先在官方 APP 里确认。');
			add('website', 5, 5, '现在客服可能不在线，但官网留言随时可以提交。');
		}
	}

	const order: ChannelId[] = ['in-app', 'phone', 'website', 'social-media', 'service-center'];
	return order
		.map((id) => {
			const row = rows[id];
			const reason = [...row.reasons].sort((a, b) => b[0] - a[0])[0]?.[1] ?? '';
			const { name, href } = CHANNELS[id];
			return { id, name: t(name), href: t(href), score: row.score, reason: t(reason), prepare: prepareFor(id, answers, t) };
		})
		.sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * Parses answers from URL search params / form data; anything unknown falls back to defaults.
 * `problems` are the problems the page knows (from the articles), each with its traits.
 */
export function parseAnswers(get: (name: string) => string | null, problems: readonly ProblemProfile[]): PickerAnswers {
	const id = get('problem');
	const urgency = get('urgency');
	const prefer = get('prefer');
	const problem = problems.find((p) => p.id === id);
	return {
		problem: problem ? { id: problem.id, traits: problem.traits.filter(isSupportTrait) } : null,
		urgency: urgency === 'urgent' ? 'urgent' : 'normal',
		moneyGone: get('money') === 'yes',
		prefer: prefer === 'talk' ? 'talk' : 'type',
	};
}
