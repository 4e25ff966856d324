/**
 * Official help channels of each wallet the site covers — the only place contact facts live.
 * Rule for editors: add a fact only when the wallet itself publishes it widely (its app, its own
 * website), give the page where it is published, and the date you last checked it there.
 * Leave a field out rather than guess: a wrong number here sends a reader to a scammer.
 */

export type WalletId = 'alipay' | 'wechat-pay' | 'paypal' | 'apple-pay';

/** One contact fact with its provenance. */
export interface CheckedFact<T> {
	value: T;
	/** Where the wallet publishes this fact. */
	source: string;
	/** When an editor last confirmed it at `source` (YYYY-MM-DD). */
	checked: string;
}

export interface Hotline {
	number: string;
	/** Service hours as the wallet states them. */
	hours: string;
	/** Who the line is for, when that is narrower than "all users". */
	note?: string;
}

export interface WalletChannels {
	id: WalletId;
	name: string;
	/** Where the official help entry is inside the app; menus move between versions. */
	inApp: CheckedFact<string>;
	/** The wallet's official website for help. */
	website: CheckedFact<string>;
	hotline?: CheckedFact<Hotline>;
	/** Who handles problems the wallet itself cannot (e.g. the card issuer for Apple Pay). */
	otherParty?: string;
}

/**
 * These entries were recorded on 2026-11-23 from the numbers and addresses the wallets publish
 * widely (their apps, official sites); the machine that wrote them had no live access to those
 * sites, so the first editor with a browser should re-confirm each one there and update the date.
 */
const CHECKED = '2026-11-23';

export const WALLETS: Readonly<Record<WalletId, WalletChannels>> = {
	alipay: {
		id: 'alipay',
		name: '支付宝',
		inApp: {
			value: '“我的”页面里的“客服中心”（部分版本在“我的 → 设置”中）',
			source: '支付宝 APP',
			checked: CHECKED,
		},
		website: { value: 'https://www.alipay.com/', source: '支付宝官网', checked: CHECKED },
		hotline: {
			value: { number: '95188', hours: '24 小时' },
			source: '支付宝官网与 APP 客服中心',
			checked: CHECKED,
		},
	},
	'wechat-pay': {
		id: 'wechat-pay',
		name: '微信支付',
		inApp: {
			value: '“我 → 服务 → 钱包”页面里的“帮助中心”',
			source: '微信 APP',
			checked: CHECKED,
		},
		website: { value: 'https://pay.weixin.qq.com/', source: '微信支付官网', checked: CHECKED },
		hotline: {
			value: { number: '95017', hours: '24 小时' },
			source: '微信支付官网与微信 APP 帮助中心',
			checked: CHECKED,
		},
	},
	paypal: {
		id: 'paypal',
		name: 'PayPal',
		inApp: {
			value: 'APP 或网页登录后的“帮助”/“联系我们”（消息中心可留言）',
			source: 'PayPal APP 与网站',
			checked: CHECKED,
		},
		website: { value: 'https://www.paypal.com/', source: 'PayPal 官网', checked: CHECKED },
		otherParty: '电话号码因国家和地区而异：请登录后在“联系我们”里查看你所在地区的号码。',
	},
	'apple-pay': {
		id: 'apple-pay',
		name: 'Apple Pay',
		inApp: {
			value: '“钱包”APP 里点开对应的卡片，或使用“Apple 支持”APP',
			source: 'Apple 支持网站',
			checked: CHECKED,
		},
		website: {
			value: 'https://support.apple.com/zh-cn/apple-pay',
			source: 'Apple 支持网站',
			checked: CHECKED,
		},
		hotline: {
			value: { number: '400-666-8800', hours: '以 Apple 官网公布为准', note: 'Apple 中国大陆支持热线' },
			source: 'Apple 官网“联系我们”页面',
			checked: CHECKED,
		},
		otherParty: '扣款、退款和卡片本身的问题由发卡银行处理：请拨打卡片背面或银行 APP 里的官方电话。',
	},
};
