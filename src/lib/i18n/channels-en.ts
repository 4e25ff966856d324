/**
 * The channel picker's texts in English, keyed by the Chinese text they translate (the Chinese
 * rules in src/lib/channels.ts stay the one source; a unit test checks every text the picker can
 * show has an English line). Same facts, no new ones.
 */
export const CHANNELS_EN: Readonly<Record<string, string>> = {
	// Where each channel is explained: English has one contact page.
	'/contact/in-app/': '/en/contact/',
	'/contact/phone/': '/en/contact/',
	'/contact/website/': '/en/contact/',
	'/contact/social-media/': '/en/contact/',
	'/contact/service-center/': '/en/contact/',
	'APP 内在线客服': 'In-app chat',
	电话客服热线: 'Phone hotline',
	官网在线客服与留言: 'Website chat and message form',
	社交媒体: 'Social media',
	线下服务网点: 'Service counter in person',
	'最直接：在钱包 APP 的“客服中心”或“帮助与反馈”里就能找到人工客服。':
		'The most direct: a human agent is inside the wallet app, under its help or customer-service menu.',
	'能直接和客服对话，适合紧急或说不清的问题。': 'You talk to an agent directly: good for urgent or hard-to-explain problems.',
	'电脑或手机浏览器都能用，没人在线时也可以留言。': 'Works in any browser; when nobody is online you can leave a message.',
	'适合不着急的问题，在官方账号留言或私信。': 'For problems that can wait: message the official account.',
	'部分钱包和银行提供线下服务，去之前先在官方 APP 里确认。': 'Some wallets and banks help in person; check in the official app before you go.',
	'情况紧急，钱或账户可能正被别人动用：打官方热线，请客服先冻结账户或拦截付款。':
		'Urgent: someone else may be using your money or account. Call the official hotline and ask them to freeze the account or stop the payment.',
	'如果还能登录，APP 里的客服和安全功能也能马上处理。': 'If you can still log in, the in-app support and security settings can act at once.',
	'紧急的账户和资金问题不要在公开平台上讨论，以免泄露信息。': 'Never discuss an urgent account or money problem in public: you could expose your details.',
	'问题紧急：电话能最快说清情况并拿到处理意见。': 'Urgent: a call is the fastest way to explain and get an answer.',
	'紧急的问题不适合等社交媒体回复。': 'An urgent problem should not wait for a social-media reply.',
	'不着急时可以留言，把问题写清楚，等客服回复。': 'Not urgent: leave a clear message and wait for the reply.',
	'不着急的问题可以在官方账号私信，有时回复很快。': 'Not urgent: a private message to the official account is sometimes answered quickly.',
	'钱已经从账户扣除：尽快电话说明，方便客服核对和追回。': 'Money has left your account: call soon so support can check and try to recover it.',
	'钱已经扣除：在 APP 里找到这笔交易再联系客服，客服能直接看到记录。':
		'Money has left your account: open the payment in the app and contact support from there, so the agent sees the record.',
	'涉及资金不要在公开平台留言，以免泄露交易信息。': 'Never post about money in public: it exposes your payment details.',
	'和某一笔交易有关：在 APP 的账单里发起咨询最方便核对。': 'About one payment: ask from that payment in the app’s bills, where it is easiest to check.',
	'需要核实身份时，电话客服可以一步步带你完成验证。': 'When your identity must be checked, a phone agent can take you through it step by step.',
	'远程验证一直不通过时，可以问客服能否带证件线下办理。':
		'If online verification keeps failing, ask support whether you can do it in person with your documents.',
	'登录不了时 APP 内客服可能用不上，可以改用电话或官网。': 'If you cannot log in, in-app chat may be out of reach: use the phone or the website.',
	'登录不了也能在官网找到客服入口或留言。': 'The website’s support page and message form work without logging in.',
	'这类申请要在 APP 或订单页里提交，进度也在那里查看。': 'This kind of request is filed in the app or on the order page, and tracked there.',
	'你更想说话：电话沟通最快。': 'You prefer to talk: a call is the quickest.',
	'你更想打字：在线客服可以边聊边发截图。': 'You prefer to type: in chat you can send screenshots as you go.',
	'今天是周末：有的热线周末不接听或时间缩短，拨打前先在官方 APP 里查服务时间。':
		'It is the weekend: some hotlines are closed or keep shorter hours; check the hours in the official app before calling.',
	'现在不在常见的工作时间（如周一至周五 9:00–18:00）：有的热线已下班，拨打前先在官方 APP 里查服务时间。':
		'It is outside usual office hours (such as Mon–Fri 9:00–18:00): some hotlines are closed; check the hours in the official app before calling.',
	'现在多半不在营业时间，去之前先在官方 APP 里确认。': 'Counters are probably closed now; check in the official app before you go.',
	'现在客服可能不在线，但官网留言随时可以提交。': 'Agents may be offline now, but the website’s message form takes messages at any time.',
	'发生时间、金额、交易单号和错误提示截图': 'the time, the amount, the transaction number and a screenshot of the error',
	'发生时间、错误提示原文和截图': 'the time, the exact error message and a screenshot',
	'；在对话框里一次说清，截图直接发送。': '; say it all in one message and send the screenshot.',
	'注册手机号或账户名、': 'your registered phone number or account name, ',
	'；准备纸笔记下工单号。': '; have pen and paper for the ticket number.',
	'；留言时写上能联系到你的方式。': '; include how to reach you in the message.',
	'问题概要即可，不要公开账号、卡号、验证码；细节等官方私信再给。':
		'A short summary only: never post your account, card number or codes; give details when the official account messages you privately.',
	'身份证件、已登录钱包的手机、相关银行卡和截图；出发前在官方 APP 里确认能否线下办理。':
		'Your passport or ID, the phone logged in to the wallet, the card involved and screenshots; confirm in the official app that it can be done in person first.',
};
