/** The problems the help center has an article for, keyed by the slug tail under `issues/`. */
export const PROBLEMS = {
	'payment-failed': '支付失败或无法完成交易',
	'login-problems': '无法登录或频繁掉线',
	'account-locked': '账户被锁定或冻结',
	'bank-card': '银行卡绑定失败或无法解绑',
	'balance-not-updated': '余额显示异常',
	'transfer-delayed': '转账延迟或资金未到账',
	'verification-code': '收不到验证码或安全验证失败',
	refund: '申请退款与退款进度',
	'top-up-failed': '充值失败',
	'withdrawal-failed': '提现不成功',
	'account-security': '怀疑账户被盗',
} as const satisfies Record<string, string>;

export type ProblemId = keyof typeof PROBLEMS;

export function isProblemId(value: unknown): value is ProblemId {
	return typeof value === 'string' && Object.hasOwn(PROBLEMS, value);
}

/** `issues/refund` → `refund`; any page outside `issues/` (or an unknown one) → undefined. */
export function problemFromPageId(pageId: string): ProblemId | undefined {
	const match = /^issues\/([a-z0-9-]+)$/.exec(pageId.replace(/\/$/, ''));
	const tail = match?.[1];
	return isProblemId(tail) ? tail : undefined;
}
