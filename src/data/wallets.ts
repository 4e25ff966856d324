/**
 * Official help channels of each wallet the site covers. Phone numbers are not here: each wallet
 * names its entry in content/contacts/phones.yaml (the one file every number on the site lives in).
 * Rule for editors: add a fact only when the wallet itself publishes it widely (its app, its own
 * website), name where it is published, and the date you compiled it. Say "checked" only after
 * confirming it live on the wallet's own site or app. Leave a field out rather than guess: a wrong
 * number here sends a reader to a scammer.
 */

export type WalletId = 'alipay' | 'wechat-pay' | 'paypal' | 'apple-pay';

/** One contact fact with its provenance. */
export interface SourcedFact<T> {
	value: T;
	/** Where the wallet publishes this fact. */
	source: string;
	/** When it was compiled from public material (YYYY-MM-DD); not a live check. */
	compiled: string;
}

export interface WalletChannels {
	id: WalletId;
	name: string;
	/** Where the official help entry is inside the app; menus move between versions. */
	inApp: SourcedFact<string>;
	/** The wallet's official website for help. */
	website: SourcedFact<string>;
	/** The id of the wallet's hotline in content/contacts/phones.yaml, where its number, hours and source live. */
	hotline?: string;
	/** Who handles problems the wallet itself cannot (e.g. the card issuer for Apple Pay). */
	otherParty?: string;
}

/**
 * These entries were compiled on 2026-11-23 from the numbers and addresses the wallets publish
 * widely (their apps, official sites), without live access to those sites: the pages say so
 * (“整理自公开资料……以官方 APP 内公布为准”). The first editor who confirms one live on the
 * wallet's own site may say so in its `source`.
 */
const COMPILED = '2026-11-23';

export const WALLETS: Readonly<Record<WalletId, WalletChannels>> = {
	alipay: {
		id: 'alipay',
		name: '支付宝',
		inApp: {
			value: '在“我的”页面查找“客服中心”，不同版本位置可能不同',
			source: '支付宝 APP',
			compiled: COMPILED,
		},
		website: { value: 'https://www.alipay.com/', source: '支付宝官网', compiled: COMPILED },
		hotline: 'alipay',
	},
	'wechat-pay': {
		id: 'wechat-pay',
		name: '微信支付',
		inApp: {
			value: '在“我 → 服务 → 钱包”里查找“帮助中心”或客服入口，不同版本位置可能不同',
			source: '微信 APP',
			compiled: COMPILED,
		},
		website: { value: 'https://pay.weixin.qq.com/', source: '微信支付官网', compiled: COMPILED },
		hotline: 'wechat-pay',
	},
	paypal: {
		id: 'paypal',
		name: 'PayPal',
		inApp: {
			value: '登录 APP 或网页后，查找“帮助”或“联系我们”，不同版本位置可能不同',
			source: 'PayPal APP 与网站',
			compiled: COMPILED,
		},
		website: { value: 'https://www.paypal.com/', source: 'PayPal 官网', compiled: COMPILED },
		otherParty: '电话号码因国家和地区而异：请登录后在“联系我们”里查看你所在地区的号码。',
	},
	'apple-pay': {
		id: 'apple-pay',
		name: 'Apple Pay',
		inApp: {
			value: '在“钱包”APP 里点开对应的卡片查找帮助，或使用“Apple 支持”APP',
			source: 'Apple 支持网站',
			compiled: COMPILED,
		},
		website: {
			value: 'https://support.apple.com/zh-cn/apple-pay',
			source: 'Apple 支持网站',
			compiled: COMPILED,
		},
		hotline: 'apple',
		otherParty: '扣款、退款和卡片本身的问题由发卡银行处理：请拨打卡片背面或银行 APP 里的官方电话。',
	},
};

/** The line every page that shows these facts carries: where they come from, and what wins. */
export const SOURCE_LINE = `整理自公开资料，最后整理于 ${COMPILED}；以官方 APP 内公布为准。`;

/** Every wallet, in the order the site lists them. */
export const WALLET_LIST: readonly WalletChannels[] = Object.values(WALLETS);
