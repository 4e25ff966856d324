/**
 * The site's own interface texts in both languages: one typed table, so a missing English text is
 * a type error, not a Chinese word on an English page. Components pick the table of the page's
 * locale (`uiFor(locale)`); islands pick it from `<html lang>`. Starlight's own interface strings
 * come from content/i18n/*.json. Article text never lives here.
 */
import type { Locale } from './locale';
import { GUIDE_TEXT } from '../guide/ui';

const zh = {
	language: { switchLabel: 'English', switchTitle: '切换到英文版（English）', switchAria: 'English version' },
	elder: { toggle: '长辈模式' },
	readAloud: { start: '朗读', pause: '暂停', resume: '继续', stop: '停止' },
	search: {
		button: '搜索',
		title: '搜索帮助文章',
		placeholder: '说说你遇到的问题，例如：付款失败',
		close: '关闭',
		filterLegend: '只看某一类',
		suggestTitle: '常见问题',
		pickerLink: '不确定是哪类问题？用客服渠道推荐',
		guideLink: '不知道怎么说？回答几个问题，帮你找到办法',
		homeButton: '搜索：说说你遇到的问题，例如“付款失败”',
		homeNoScript: '搜索需要 JavaScript。也可以直接从下面的常见问题开始找。',
	},
	checklist: {
		reset: '清除勾选',
		doneBefore: '这些步骤都做过了，问题还在？请看',
		doneLink: '仍未解决时该联系哪个客服',
		doneAfter: '。',
		contactAnchor: '#仍未解决联系客服',
	},
	contactHelp: {
		pickerTitle: '帮我选客服渠道',
		pickerText: '回答几个问题，按问题类型和现在的时间排出最合适的渠道。',
		reportTitle: '生成问题描述',
		reportText: '填几项信息，得到一段可以直接发给客服的说明。',
	},
	fakeSupport: {
		title: '谨防假客服',
		text: '真正的官方客服不会向你要密码或短信验证码，也不会让你转账到所谓的“安全账户”。冒充客服的电话、短信和链接是常见骗局：拨打任何号码前，先在钱包的官方 APP 里查一遍；接到自称客服的来电，挂断后自己从官方 APP 里查号码回拨。',
	},
	related: { notThis: GUIDE_TEXT.notThis as string },
	picker: {
		problem: '遇到的是什么问题？',
		other: '其他 / 不确定',
		urgency: '有多急？',
		urgent: '很急，需要马上处理',
		normal: '不太急，今天之内能解决就行',
		money: '钱是否已经从账户扣除或转出？',
		moneyYes: '是，钱已经扣了或转出了',
		moneyNo: '否 / 不涉及资金',
		prefer: '你更愿意怎样沟通？',
		type: '打字',
		talk: '打电话说',
		heading: '推荐的联系顺序',
		prepare: '准备：',
		noScript: '以上是通用顺序。开启 JavaScript 后，可以按你的问题和当前时间重新排序。',
		clock: (time: string, business: boolean) => `按你设备上的时间 ${time} 排序：${business ? '在常见工作时间内' : '在常见工作时间外'}。`,
	},
	report: {
		privacy: '你填的内容只保存在这台设备的浏览器里，不会上传。不要填写密码、验证码或完整卡号。',
		problem: '问题类型',
		choose: '请选择',
		wallet: '使用的钱包',
		when: '发生时间',
		doing: '当时在做什么',
		doingHint: '例如：在超市收银台用付款码付款',
		errorText: '屏幕上的提示原文',
		errorHint: '照着屏幕一字不差地抄下来',
		amount: '涉及金额',
		amountHint: '例如：128.50 元',
		orderNo: '订单号或交易单号',
		orderHint: '在账单详情里可以找到',
		tried: '已经尝试过的办法（每行一条）',
		ask: '希望客服做什么',
		askHint: '例如：请确认这笔钱是否已扣款，如已扣款请退回',
		output: '生成的问题描述',
		copy: '复制描述',
		clear: '清空重填',
		attachments: '请准备好这些材料',
		noScript: '开启 JavaScript 后可以使用问题描述生成器。没有它也没关系：按上面的顺序（时间 → 场景 → 现象 → 已尝试 → 请求）自己写一段即可。',
		ticked: (n: number) => `已从该问题的自查清单带入 ${n} 个已完成的步骤。`,
		copied: '已复制，可以粘贴到客服对话框。',
		copyFailed: '复制失败：请长按上面的文字手动复制。',
		cleared: '已清空。',
	},
	phone: { call: '拨打' },
	guide: { entry: GUIDE_TEXT.entry as string },
};

export type UiText = typeof zh;

/** Widens the literal types of `zh` so the English table is checked against its shape only. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Shape<T[K]> };

const en: Shape<UiText> = {
	language: { switchLabel: '中文', switchTitle: 'Switch to Chinese (中文)', switchAria: '中文版 (Chinese version)' },
	elder: { toggle: 'Large text' },
	readAloud: { start: 'Read aloud', pause: 'Pause', resume: 'Resume', stop: 'Stop' },
	search: {
		button: 'Search',
		title: 'Search the help pages',
		placeholder: 'Describe the problem, e.g. card declined',
		close: 'Close',
		filterLegend: 'Only one kind',
		suggestTitle: 'Common problems',
		pickerLink: 'Not sure what kind of problem? Pick a support channel',
		guideLink: 'Not sure what to search for? Answer a few questions',
		homeButton: 'Search: describe the problem, e.g. “card declined”',
		homeNoScript: 'Search needs JavaScript. You can also start from the problems listed below.',
	},
	checklist: {
		reset: 'Clear ticks',
		doneBefore: 'Done all of these and still stuck? See ',
		doneLink: 'which support channel to contact',
		doneAfter: '.',
		contactAnchor: '#still-stuck-contact-support',
	},
	contactHelp: {
		pickerTitle: 'Help me pick a support channel',
		pickerText: 'Answer a few questions; the channels are ranked for your problem and the time of day.',
		reportTitle: 'Write my message to support',
		reportText: 'Fill in a few details and get a clear message you can send to support.',
	},
	fakeSupport: {
		title: 'Beware of fake support',
		text: 'Real support never asks for your password or text-message codes, and never asks you to move money to a “safe account”. Fake support calls, texts and links are a common scam: check any number in the wallet’s official app before you call; if someone calls you claiming to be support, hang up and call back on the number the official app shows.',
	},
	related: { notThis: 'Not this problem? Answer a few questions to find the right page' },
	picker: {
		problem: 'What is the problem?',
		other: 'Other / not sure',
		urgency: 'How urgent is it?',
		urgent: 'Very urgent, it needs action now',
		normal: 'Not very, today is fine',
		money: 'Has money already left your account?',
		moneyYes: 'Yes, money was taken or sent',
		moneyNo: 'No / no money involved',
		prefer: 'How would you rather talk to support?',
		type: 'Typing',
		talk: 'A phone call',
		heading: 'Suggested order of channels',
		prepare: 'Have ready: ',
		noScript: 'This is the general order. With JavaScript on, it is re-ranked for your problem and the time of day.',
		clock: (time: string, business: boolean) =>
			`Ranked for the time on your device, ${time}: ${business ? 'within usual office hours' : 'outside usual office hours'}.`,
	},
	report: {
		privacy: 'What you type stays in this browser on this device; nothing is uploaded. Never type a password, a code or a full card number.',
		problem: 'Problem',
		choose: 'Choose one',
		wallet: 'Wallet',
		when: 'When it happened',
		doing: 'What you were doing',
		doingHint: 'e.g. paying at a shop counter with the payment code',
		errorText: 'The exact message on screen',
		errorHint: 'Copy it word for word (a photo of the screen helps too)',
		amount: 'Amount',
		amountHint: 'e.g. 128.50 yuan',
		orderNo: 'Order or transaction number',
		orderHint: 'Shown in the payment’s details',
		tried: 'What you already tried (one per line)',
		ask: 'What you want support to do',
		askHint: 'e.g. please check whether I was charged and refund it if so',
		output: 'Your message to support',
		copy: 'Copy message',
		clear: 'Clear and start again',
		attachments: 'Have these ready',
		noScript:
			'The message builder needs JavaScript. Without it, write a few lines in this order: when → where → what you saw → what you tried → what you ask for.',
		ticked: (n: number) => `Steps you ticked in this problem’s checklist, added: ${n}.`,
		copied: 'Copied: paste it into the support chat.',
		copyFailed: 'Could not copy: press and hold the text above to copy it.',
		cleared: 'Cleared.',
	},
	phone: { call: 'Call' },
	guide: { entry: 'Not sure what to search for? Answer a few questions to find the right page' },
};

const TABLES: Readonly<Record<Locale, Shape<UiText>>> = { zh, en };

/** The interface texts of a locale. */
export const uiFor = (locale: Locale): Shape<UiText> => TABLES[locale];
