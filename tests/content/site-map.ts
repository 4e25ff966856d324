/**
 * The site map of ../shared/design/information-architecture.md: slug → title. Slugs are a public
 * interface (bookmarks, links from wallet apps, saved offline copies) and must never change.
 */
export const SITE_MAP: Readonly<Record<string, string>> = {
	'issues/payment-failed': '支付失败或无法完成交易',
	'issues/login-problems': '无法登录或频繁掉线',
	'issues/account-locked': '账户被锁定或冻结',
	'issues/bank-card': '银行卡绑定失败或无法解绑',
	'issues/balance-not-updated': '余额显示异常',
	'issues/transfer-delayed': '转账延迟或资金未到账',
	'issues/verification-code': '收不到验证码或安全验证失败',
	'issues/refund': '申请退款与退款进度',
	'issues/top-up-failed': '充值失败',
	'issues/withdrawal-failed': '提现不成功',
	'issues/account-security': '怀疑账户被盗',
	'issues/scam-recovery': '被骗了怎么办',
	'issues/unknown-charges': '不明扣款、自动续费和免密支付',
	'issues/account-restricted': '账户被限制或冻结\uff08风控、司法冻结\uff09',
	'issues/lost-phone': '手机丢了或换了号码',
	'issues/minor-spending': '未成年人消费退款',
	'issues/wrong-transfer': '转错账怎么办',
	'issues/identity-verification': '实名认证或人脸识别失败',
	contact: '联系客服\uff1a如何选择渠道',
	'contact/in-app': 'APP 内在线客服',
	'contact/phone': '电话客服热线',
	'contact/website': '官网在线客服与留言',
	'contact/social-media': '通过社交媒体求助',
	'contact/service-center': '线下服务网点',
	'guide/self-check': '先自查\uff1a排除操作问题',
	'guide/prepare-information': '联系客服前准备哪些信息',
	'guide/describe-problem': '如何清楚地描述问题',
	'guide/keep-records': '记录沟通内容\uff0c保留证据',
	'guide/escalation': '跟进进度与升级投诉',
	'prevention/update-app': '定期更新 APP',
	'prevention/strong-password': '设置强密码并开启双重验证',
	'prevention/phishing': '不点陌生链接\uff0c防范钓鱼诈骗',
	'prevention/check-bank-cards': '定期检查绑定的银行卡',
	'prevention/backup-records': '备份交易记录和凭证',
	'prevention/stable-network': '在稳定、安全的网络环境下交易',
	wallets: '钱包速查',
	'wallets/alipay': '支付宝',
	'wallets/wechat-pay': '微信支付',
	'wallets/paypal': 'PayPal',
	'wallets/apple-pay': 'Apple Pay',
};

/** Every URL prefix resolves to an index page listing its section. */
export const SECTION_INDEXES = ['issues', 'contact', 'guide', 'prevention', 'wallets'] as const;

/** The English edition's fixed pages (issue #24): a blind query set expects exactly these slugs. */
export const EN_PAGES = [
	'en',
	'en/visitors',
	'en/visitors/alipay-setup',
	'en/visitors/wechat-pay-setup',
	'en/visitors/paying',
	'en/visitors/card-declined',
	'en/visitors/english-support',
	'en/issues',
	'en/issues/payment-failed',
	'en/issues/identity-verification',
	'en/issues/bank-card',
	'en/issues/refund',
	'en/issues/account-restricted',
	'en/issues/scam-recovery',
	'en/issues/lost-phone',
	'en/issues/verification-code',
	'en/contact',
] as const;

