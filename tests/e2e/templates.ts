/**
 * One page of each template the site renders. The expensive browser checks (axe in both themes,
 * screenshots) run once per template, not once per page; every page still gets the cheap checks.
 * A new kind of page adds one entry here.
 */
export const TEMPLATES: Readonly<Record<string, string>> = {
	home: '/',
	'section index': '/issues/',
	'section index with the channel picker': '/contact/',
	problem: '/issues/payment-failed/',
	'contact channel': '/contact/phone/',
	'guide with the report builder': '/guide/describe-problem/',
	'prevention tip': '/prevention/phishing/',
	wallet: '/wallets/alipay/',
	'问题向导 question with steps': '/start/urgent/',
	'404': '/no-such-page/',
	'offline page': '/offline/',
	'English home': '/en/',
	'English problem': '/en/issues/payment-failed/',
	'English contact page with the picker': '/en/contact/',
	'English support page with the report builder': '/en/visitors/english-support/',
	/** Last: the address turns 长辈模式 on and it is remembered for the rest of the context. */
	'长辈模式 problem page': '/issues/payment-failed/?mode=elder',
};
