/** A small site's search data, built by the real build step's code and tools, for normaliser tests. */
import { buildSearchData } from '../../../src/lib/search/data';
import { compileSayings } from '../../../src/lib/search/vocabulary';
import { vocabularySchema } from '../../../src/schemas/search';
import { BUILD_TOOLS } from '../../../src/integrations/search-data';

export const vocabulary = vocabularySchema.parse({
	synonyms: [
		{ say: ['付不了', '付不出去'], means: '支付失败' },
		{ say: ['账号', '帐户'], means: '账户' },
		{ say: ['没收到', '没到账'], means: '到账' },
		{ say: ['投诉'], means: '升级投诉' },
		{ say: ['升级'], means: '更新' },
		{ say: ['验证码不来'], means: '收不到 验证码' },
	],
	english: [
		{ say: ['transfer', 'transferred'], means: '转账' },
		{ say: ['not received', 'not arrived'], means: '到账' },
		{ say: ['top up'], means: '充值' },
		{ say: ['failed', 'fail'], means: '失败' },
		{ say: ['alipay'], means: '支付宝' },
		{ say: ['login', 'log in'], means: '登录' },
	],
	regional: [
		{ say: ['唔'], means: '不' },
		{ say: ['咗'], means: '了' },
		{ say: ['戶口'], means: '账户' },
		{ say: ['㗎'], means: '' },
	],
	pages: [{ say: ['钱要不回来'], page: 'issues/refund' }],
	wallets: ['支付宝', '微信支付'],
	keyTerms: ['冻结', '失败', '余额', '验证码', '到账', '转账', '支付'],
	situations: ['支付失败', '冻结', '被偷'],
	fillers: ['怎么办', '什么', '请问', '您好', '尊敬的用户', '您的', '一张', '的', '了', '吗', '是', '我', '被', '钱'],
	outside: [
		{ topic: '理财和投资收益', say: ['收益', '基金'] },
		{ topic: '社保和公积金', say: ['公积金', '养老金'] },
		{ topic: '手机设置', say: ['wifi密码'] },
	],
});

const titles = new Map([['issues/refund', '申请退款与退款进度']]);

/** Titles, keywords and headings of an imaginary help center. */
const phrases = [
	'支付失败或无法完成交易',
	'绑定银行卡失败',
	'绑定',
	'银行卡',
	'余额显示异常',
	'余额不对',
	'转账延迟或资金未到账',
	'对方没收到',
	'收不到验证码或安全验证失败',
	'验证码',
	'密码',
	'忘了密码',
	'账户被锁定或冻结',
	'账户异常',
	'申请退款与退款进度',
	'充值失败',
	'双重验证',
	'设置强密码并开启双重验证',
	'跟进进度与升级投诉',
	'定期更新 APP',
	'支付宝',
	'微信支付',
	'登录',
	'暂时无法付款',
	'付款失败',
];

export const searchData = buildSearchData(
	{
		phrases,
		text: `${phrases.join('。')}。换一张银行卡。APP 版本。PayPal 与 Apple Pay。110 报警。忘了，不对。`,
		pageTexts: [phrases.slice(0, 10).join('。'), phrases.slice(10).join('。'), '换一张银行卡。APP 版本。PayPal 与 Apple Pay。110 报警。忘了，不对。'],
	},
	compileSayings(vocabulary, titles),
	vocabulary,
	BUILD_TOOLS,
);
