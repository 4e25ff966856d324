/**
 * Synthetic Simplified-Chinese help articles for `npm run bench`: reproducible (seeded PRNG),
 * valid against the site's content schema (src/schemas/article.ts), with the problem skeleton
 * of issue pages, our MDX components, internal links and varied length (≈300–3000 characters).
 * `toPlain` turns the same pages into what a plain Starlight site can build.
 */
import { CHANNELS, REPORT_PAGES } from '../../src/lib/channels.ts';

/**
 * Pages every problem page links to (the channel list, the report builder's card), at the site's
 * real addresses: the links step checks the articles' links, so a site without them cannot build.
 */
const slugOf = (href: string) => href.replace(/^\/|\/$/g, '');
const CHANNEL_SLUGS = Object.values(CHANNELS).map((c) => slugOf(c.href));
const REPORT_SLUG = slugOf(REPORT_PAGES.zh);
const REPORT_BUILDER = "\nimport ReportBuilder from '@components/ReportBuilder.astro';\n\n## 生成问题描述\n\n<ReportBuilder />\n";

/** mulberry32: small, fast, good enough for picking words; same seed → same site. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function sample<T>(r: Rand, list: readonly T[], n: number): T[] {
	const copy = [...list];
	const out: T[] = [];
	while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0] as T);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Word bank: e-wallet problem vocabulary.

const WALLETS = ['支付宝', '微信支付', 'PayPal', 'Apple Pay', '云闪付', '数字人民币钱包', '银行 APP', '钱包 APP'] as const;
const WALLET_IDS = ['alipay', 'wechat-pay', 'paypal', 'apple-pay'] as const;
const OBJECTS = [
	'银行卡',
	'余额',
	'零钱',
	'信用卡',
	'付款码',
	'收款码',
	'转账',
	'红包',
	'账单',
	'订单',
	'绑定手机号',
	'支付密码',
	'指纹支付',
	'面容支付',
	'免密支付',
	'自动扣款',
	'花呗',
	'信用额度',
	'交易记录',
	'跨境付款',
] as const;
const PROBLEMS = [
	'支付失败',
	'退款没到账',
	'提现失败',
	'充值失败',
	'到账延迟',
	'收不到验证码',
	'被冻结',
	'无法绑定',
	'无法解绑',
	'重复扣款',
	'余额不对',
	'登录异常',
	'被限制收款',
	'显示处理中',
	'扣款后订单失败',
	'无法实名认证',
	'账户被锁定',
	'交易被拦截',
] as const;
const SCENES = [
	'在超市付款时',
	'网购下单时',
	'出国旅行时',
	'换新手机后',
	'夜里转账时',
	'给家人转账时',
	'扫码乘车时',
	'缴水电费时',
	'还信用卡时',
	'节假日期间',
	'更新 APP 后',
	'改了手机号后',
	'在海外网站付款时',
	'用公共 Wi-Fi 时',
] as const;
const TIMES = ['今天上午', '昨天晚上', '刚才', '周末', '月底', '凌晨', '下班路上', '午饭时'] as const;
const ERRORS = [
	'交易失败，请稍后重试',
	'银行卡余额不足',
	'验证码错误或已过期',
	'账户存在风险，暂时无法使用',
	'系统繁忙',
	'该银行卡暂不支持',
	'超出单日限额',
	'网络异常，请检查网络设置',
	'请先完成实名认证',
	'操作过于频繁',
] as const;
const STATES = ['一直显示“处理中”', '显示“退款成功”', '显示“已扣款”', '没有任何记录', '状态是“待确认”', '显示“交易关闭”', '提示“已冻结”'] as const;
const CAUSES = [
	'银行系统正在清算，{object}的变动要等到下一个工作日才显示',
	'{wallet}检测到异常登录，为了保护资金临时限制了{object}',
	'网络不稳定，请求发出后没有收到结果，页面停在了中间状态',
	'绑定在{wallet}里的{object}已过期或被银行冻结',
	'超出了单笔或单日限额，{wallet}拒绝了这次{problem}',
	'商家还没有确认订单，{object}要等商家处理后才退回',
	'手机号停机或换过号，收不到{wallet}发出的验证码',
	'APP 版本太旧，新的安全规则不兼容',
	'实名信息和{object}的开户信息不一致',
	'节假日期间银行不处理跨行转账，到账会顺延',
	'平台正在维护，部分{object}功能暂停',
	'手机时间设置不对，验证码被判定为过期',
] as const;
const STEPS = [
	'打开{wallet}的账单，找到这笔{object}记录，截图保存交易单号',
	'在 Wi-Fi 和移动数据之间切换一次，确认网络正常后再刷新页面',
	'到应用商店把{wallet}更新到最新版本，完全关闭后重新打开',
	'核对{object}的卡号、户名和预留手机号，和银行 APP 里的信息比对',
	'查看{wallet}首页和消息中心的公告，确认是否在系统维护',
	'等待两小时后再看{object}的状态，不要反复提交',
	'到银行 APP 里查看这笔钱是否已经入账或被退回',
	'重新发送验证码前，先确认手机能正常接收其他短信',
	'检查是否开启了短信拦截或骚扰过滤，把{wallet}的号码加入白名单',
	'确认单日限额：在{wallet}的设置里查看{object}的剩余额度',
	'退出账号重新登录一次，再重试{problem}相关的操作',
	'把发生时间、金额和屏幕上的提示原文记在备忘录里',
] as const;
const ADVICE = [
	'定期检查{object}的有效期，到期前及时更换',
	'开启登录保护和{wallet}的交易提醒，第一时间看到异常',
	'不要把验证码告诉任何人，包括自称客服的人',
	'大额转账前先转一笔小额试试，确认对方能收到',
	'保留每笔{object}的截图和单号，至少保存半年',
	'只从官方应用商店下载{wallet}，不点短信里的陌生链接',
	'换手机号之前，先在{wallet}里改好绑定手机号',
] as const;
const FILLER = [
	'这种情况很常见，多数在一两个工作日内会自动恢复。',
	'如果涉及的金额较大，建议尽早联系客服，不要只等系统处理。',
	'不同平台的处理时间不一样，以{wallet}页面上写明的时间为准。',
	'客服通常会先问交易单号和发生时间，提前准备好能节省很多时间。',
	'请不要相信主动打来电话、要求你转账或提供验证码的“客服”。',
	'{scene}遇到{problem}，先别着急重复付款，以免被扣两次。',
	'部分银行在夜间和节假日批量处理交易，到账时间会延后。',
	'如果页面显示的状态和银行流水不一致，以银行流水为准。',
	'{wallet}的{object}规则会不定期调整，操作前先看最新说明。',
	'{object}{problem}不一定是你操作错了，也可能是{wallet}那边的风控在起作用。',
	'遇到{problem}时，先看清屏幕上的提示原文，再决定下一步。',
	'有的用户{scene}连续重试了好几次，结果触发了安全限制，反而要等更久。',
	'如果是{object}的问题，银行客服往往比{wallet}客服更清楚原因。',
	'退回的钱一般按原路返回，付款时用的是{object}，就退回到{object}。',
	'账户被临时限制时，资金是安全的，按提示完成验证后通常会恢复。',
	'跨境交易还会经过外币清算，{object}的入账时间可能多出三到五天。',
	'提交申请后记下受理编号，之后查询进度或投诉时都用得上。',
	'在{wallet}里可以导出近一年的交易记录，方便和银行流水核对。',
	'如果对方已经收到钱而你的{object}没有变化，多半只是显示延迟。',
	'为了安全，{wallet}在新设备上登录时会要求重新验证身份。',
] as const;

const TOPIC_SLUGS = [
	'payment',
	'refund',
	'withdrawal',
	'top-up',
	'transfer',
	'code',
	'frozen',
	'card-bind',
	'card-unbind',
	'double-charge',
	'balance',
	'login',
	'receive-limit',
	'pending',
	'order-failed',
	'real-name',
	'locked',
	'blocked',
] as const;

function fill(r: Rand, template: string, ctx: { wallet: string; object: string; problem: string; scene: string }): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		if (key === 'wallet') return r() < 0.7 ? ctx.wallet : pick(r, WALLETS);
		if (key === 'object') return r() < 0.6 ? ctx.object : pick(r, OBJECTS);
		if (key === 'problem') return ctx.problem;
		if (key === 'scene') return ctx.scene;
		return key;
	});
}

// ---------------------------------------------------------------------------------------------

export type Section = 'issues' | 'contact' | 'guide' | 'prevention' | 'wallets';
export const SECTIONS: Record<Section, { category: string; title: string; share: number }> = {
	issues: { category: 'issue', title: '常见问题', share: 0.5 },
	guide: { category: 'guide', title: '求助指南', share: 0.2 },
	prevention: { category: 'prevention', title: '预防建议', share: 0.15 },
	contact: { category: 'channel', title: '联系客服', share: 0.08 },
	wallets: { category: 'wallet', title: '钱包速查', share: 0.07 },
};
const SECTION_ORDER = Object.keys(SECTIONS) as Section[];

interface Meta {
	slug: string;
	section: Section;
	order: number;
	title: string;
	summary: string;
	keywords: string[];
	ctx: { wallet: string; object: string; problem: string; scene: string };
}

const SUMMARY_MAX = 60;

function isoDate(r: Rand): string {
	// 2025-01-01 … 2026-10-31: never in the future for the schema's `reviewed` check.
	const start = Date.UTC(2025, 0, 1);
	const end = Date.UTC(2026, 9, 31);
	return new Date(start + Math.floor(r() * (end - start))).toISOString().slice(0, 10);
}

const yamlList = (items: readonly string[]) => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;

function frontmatter(m: Meta, category: string, related: string[], r: Rand, extra = ''): string {
	return [
		'---',
		`title: ${JSON.stringify(m.title)}`,
		`category: ${category}`,
		`summary: ${JSON.stringify(m.summary)}`,
		`keywords: ${yamlList(m.keywords)}`,
		...(related.length ? [`related: ${yamlList(related)}`] : []),
		`reviewed: ${isoDate(r)}`,
		...(extra ? [extra] : []),
		'sidebar:',
		`  order: ${m.order}`,
		'---',
		'',
	].join('\n');
}

/** How many problem pages carry reader cues, and so a search profile: as many as the real site's. */
export const CUED_PAGES = 40;
/** Spoken fragments readers tell a problem with (a synthetic page gets some of them, with its object and problem). */
const CUE_POOL = [
	'钱被扣了',
	'一直转圈',
	'老是提示',
	'等了好久',
	'显示不对',
	'收不到短信',
	'被冻住了',
	'老是掉线',
	'退不回来',
	'转错人了',
	'没反应',
	'点了没用',
	'进不去',
	'卡住不动',
	'说我有风险',
	'让我验证',
	'找不到入口',
	'打不通',
	'没人理',
	'钱没了',
	'扫不出来',
	'绑不上',
	'提不出来',
	'充不进去',
	'登不上去',
	'不让付',
	'被人骗了',
	'偷偷扣',
	'多扣了',
	'少了钱',
];

/** About 25 cues for a page: spoken fragments, and its object and problem told in a reader's words. */
function cuesFor(r: Rand, m: Meta): string[] {
	const own = [`${m.ctx.object}不行`, `${m.ctx.object}出问题`, `${m.ctx.problem}了`, `又${m.ctx.problem}`];
	return [...new Set([...own, ...sample(r, CUE_POOL, 21)])].filter((c) => c.length >= 2 && c.length <= 24);
}

const link = (m: Meta, hash = '') => `[${m.title}](/${m.slug}/${hash})`;

/** Builds the page list: `total` .mdx files including the home, 404 and five section overviews. */
export function generateSite(total: number, seed = 20261123): Map<string, string> {
	const r = prng(seed + total);
	const files = new Map<string, string>();
	const articleCount = Math.max(SECTION_ORDER.length, total - 2 - SECTION_ORDER.length);

	// 1. Decide every page's slug and title first, so links and `related` always point at real pages.
	const metas: Meta[] = [];
	const bySection = new Map<Section, Meta[]>(SECTION_ORDER.map((s) => [s, []]));
	for (let i = 0; i < articleCount; i++) {
		// Every section gets at least one page, then by share.
		let section: Section;
		if (i < SECTION_ORDER.length) section = SECTION_ORDER[i] as Section;
		else {
			let x = r();
			section = 'issues';
			for (const s of SECTION_ORDER) {
				x -= SECTIONS[s].share;
				if (x < 0) {
					section = s;
					break;
				}
			}
		}
		const ctx = { wallet: pick(r, WALLETS), object: pick(r, OBJECTS), problem: pick(r, PROBLEMS), scene: pick(r, SCENES) };
		const list = bySection.get(section) as Meta[];
		const n = list.length + 1;
		const slugTail = `${pick(r, TOPIC_SLUGS)}-${String(n).padStart(4, '0')}`;
		const title =
			section === 'issues'
				? `${ctx.scene.replace(/时$/, '')}${ctx.wallet}${ctx.object}${ctx.problem}`
				: section === 'guide'
					? `${ctx.problem}时如何${pick(r, ['准备材料', '描述问题', '跟进进度', '保存凭证', '自查'])}`
					: section === 'prevention'
						? `${pick(r, ['保护好', '定期检查', '及时更新', '备份'])}${ctx.object}：避免${ctx.problem}`
						: section === 'contact'
							? `${ctx.wallet}${pick(r, ['在线客服', '电话客服', '官网留言', '线下网点', '社交媒体私信'])}（${ctx.problem}）`
							: `${ctx.wallet}：${ctx.object}与${ctx.problem}速查`;
		let summary = `${ctx.scene}遇到${ctx.object}${ctx.problem}，先按步骤自查，再带上交易单号找${ctx.wallet}客服。`;
		if (summary.length > SUMMARY_MAX) summary = `${summary.slice(0, SUMMARY_MAX - 1)}。`;
		const keywords = [
			ctx.problem,
			ctx.object,
			ctx.wallet,
			...sample(r, PROBLEMS, int(r, 1, 4)),
			...sample(r, ['钱还没到', '付款不行', '扣钱了', '怎么办', '人工客服', '卡住了', '收不到码'], int(r, 0, 3)),
		];
		const meta: Meta = { slug: `${section}/${slugTail}`, section, order: n, title, summary, keywords: [...new Set(keywords)], ctx };
		list.push(meta);
		metas.push(meta);
	}

	// The pages the articles' components link to take the first pages of their sections (a small
	// site gets them as extra pages), before any link to them is written.
	const fixed: Array<[Section, string]> = [...CHANNEL_SLUGS.map((slug) => ['contact', slug] as [Section, string]), ['guide', REPORT_SLUG]];
	for (const [section, slug] of fixed) {
		const list = bySection.get(section) as Meta[];
		const free = list.find((m) => !fixed.some(([, f]) => f === m.slug));
		if (free) free.slug = slug;
		else {
			const model = metas[0] as Meta;
			const extra: Meta = { ...model, slug, section, order: list.length + 1 };
			list.push(extra);
			metas.push(extra);
		}
	}

	// 2. Write each article. The first CUED_PAGES problem pages get reader cues (from their own prng,
	// so the rest of the site is the same with or without them), as editors give the real ones.
	const rc = prng(seed + total + 1);
	let cuedPages = 0;
	for (const m of metas) {
		const related = [...new Set(Array.from({ length: int(r, 1, 4) }, () => pick(r, metas)))].filter((x) => x !== m).map((x) => x.slug);
		const target = int(r, 300, 3000); // body length in characters, roughly
		const body = m.section === 'issues' ? issueBody(r, m, metas, target) : otherBody(r, m, metas, target);
		const category = SECTIONS[m.section].category;
		const cued = m.section === 'issues' && cuedPages++ < CUED_PAGES;
		const fm = frontmatter(m, category, related, r, cued ? `cues: ${yamlList(cuesFor(rc, m))}` : '');
		files.set(`${m.slug}.mdx`, fm + '\n' + body + (m.slug === REPORT_SLUG ? REPORT_BUILDER : ''));
	}

	// 3. Section overviews, home and 404.
	for (const s of SECTION_ORDER) {
		const { category, title } = SECTIONS[s];
		const extraImport = s === 'contact' ? "import ChannelPicker from '@components/ChannelPicker.astro';\n" : '';
		const extraBody = s === 'contact' ? '\n## 帮我选客服渠道\n\n<ChannelPicker />\n' : '';
		files.set(
			`${s}/index.mdx`,
			[
				'---',
				`title: ${title}`,
				`category: ${category}`,
				`summary: ${JSON.stringify(`${title}：按情况找到对应的文章，每篇都有自查步骤和客服渠道。`)}`,
				`keywords: [${title}, 列表, 目录]`,
				'reviewed: 2026-11-01',
				'sidebar:',
				'  label: 概览',
				'  order: 0',
				'---',
				'',
				"import SectionIndex from '@components/SectionIndex.astro';",
				extraImport,
				`选出和你看到的情况最接近的一篇。${pick(r, FILLER).replace(/\{\w+\}/g, '')}`,
				extraBody,
				`<SectionIndex category="${category}" />`,
				'',
			].join('\n'),
		);
	}
	files.set('index.mdx', HOME);
	files.set('404.mdx', NOT_FOUND);
	return files;
}

function paragraph(r: Rand, m: Meta, sentences: number): string {
	return sample(r, FILLER, sentences)
		.map((t) => fill(r, t, m.ctx))
		.join('');
}

const sectionLists = new WeakMap<readonly Meta[], Map<Section, Meta[]>>();

/** A random page to link to (of one section), preferably not `self`. */
function otherLink(r: Rand, metas: readonly Meta[], self: Meta, section?: Section): Meta {
	let lists = sectionLists.get(metas);
	if (!lists) {
		lists = new Map(SECTION_ORDER.map((s) => [s, metas.filter((x) => x.section === s)]));
		sectionLists.set(metas, lists);
	}
	const list = section ? (lists.get(section) ?? []) : metas;
	if (list.length === 0) return pick(r, metas);
	const found = pick(r, list);
	return found === self && list.length > 1 ? pick(r, list) : found;
}

function issueBody(r: Rand, m: Meta, metas: readonly Meta[], target: number): string {
	const c = m.ctx;
	const lines: string[] = [
		"import { Aside } from '@astrojs/starlight/components';",
		"import Checklist from '@components/Checklist.astro';",
		"import ContactHelp from '@components/ContactHelp.astro';",
		"import RelatedPages from '@components/RelatedPages.astro';",
		'',
		paragraph(r, m, 2),
		'',
		'## 症状',
		'',
	];
	let length = 0;
	const add = (s: string) => {
		lines.push(s);
		length += s.length;
	};
	const symptoms = int(r, 2, 6);
	for (let i = 0; i < symptoms; i++) {
		add(
			pick(r, [
				`- ${pick(r, TIMES)}${c.scene}，页面提示“${pick(r, ERRORS)}”。`,
				`- ${c.object}${pick(r, STATES)}，但${pick(r, ['银行卡里没有变化', '对方说没收到', '订单却显示失败', '余额没有增加'])}。`,
				`- 在${c.wallet}里操作${c.problem.replace(/^无法/, '')}时，按钮一直转圈，最后提示“${pick(r, ERRORS)}”。`,
			]),
		);
	}
	lines.push('');
	if (r() < 0.4) {
		const other = otherLink(r, metas, m, 'issues');
		lines.push(`<Aside type="note" title="不是这种情况？">`, `如果问题更像“${other.ctx.problem}”，请看${link(other)}。`, '</Aside>', '');
	}
	lines.push('## 可能原因', '');
	const causes = int(r, 2, 6);
	for (const cause of sample(r, CAUSES, causes)) add(`- ${fill(r, cause, c)}。`);
	lines.push('');
	// Long pages get explanatory subsections until they reach their length.
	let extra = 0;
	while (length < target * 0.45 && extra < 6) {
		extra++;
		lines.push(
			`### ${pick(r, CAUSES)
				.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'wallet' ? c.wallet : k === 'object' ? c.object : c.problem))
				.slice(0, 16)}`,
			'',
		);
		add(paragraph(r, m, int(r, 3, 6)));
		lines.push('');
	}
	lines.push('## 自查步骤', '', '<Checklist>', '');
	const steps = int(r, 3, 8);
	sample(r, STEPS, steps).forEach((s, i) => add(`${i + 1}. ${fill(r, s, c)}。`));
	lines.push('', '</Checklist>', '');
	if (r() < 0.3) {
		const phishing = otherLink(r, metas, m, 'prevention');
		lines.push(
			`<Aside type="danger" title="主动来电说要帮你处理的，先挂断">`,
			`对方让你报验证码、开屏幕共享或先转一笔钱，都是诈骗。详见${link(phishing)}。`,
			'</Aside>',
			'',
		);
	}
	const channel = otherLink(r, metas, m, 'contact');
	const guide = otherLink(r, metas, m, 'guide');
	lines.push('## 仍未解决？联系客服', '');
	add(
		`自查之后问题还在，先找${link(channel)}；准备好发生时间、金额、${c.object}信息和屏幕提示的截图，整理方法见${link(guide)}。${paragraph(r, m, int(r, 1, 3))}`,
	);
	lines.push('', '<ContactHelp />', '', '## 预防', '');
	const prevention = int(r, 1, 3);
	for (let i = 0; i < prevention; i++) {
		const p = otherLink(r, metas, m, 'prevention');
		add(`- ${link(p)}：${fill(r, pick(r, ADVICE), c)}。`);
	}
	if (length < target) {
		lines.push('', `更多排查细节：${link(otherLink(r, metas, m, 'issues'), '#自查步骤')}。`, '');
		while (length < target) add(paragraph(r, m, int(r, 2, 5)) + '\n');
	}
	lines.push('', '## 相关问题', '', '<RelatedPages />', '');
	return lines.join('\n');
}

function otherBody(r: Rand, m: Meta, metas: readonly Meta[], target: number): string {
	const c = m.ctx;
	const lines: string[] = [
		"import { Aside } from '@astrojs/starlight/components';",
		"import RelatedPages from '@components/RelatedPages.astro';",
		...(m.section === 'wallets' ? ["import WalletContacts from '@components/WalletContacts.astro';"] : []),
		'',
		paragraph(r, m, int(r, 1, 3)),
		'',
	];
	let length = 0;
	const add = (s: string) => {
		lines.push(s);
		length += s.length;
	};
	if (m.section === 'wallets') lines.push('## 官方帮助入口', '', `<WalletContacts wallet="${pick(r, WALLET_IDS)}" />`, '');
	const headings = ['适用情况', '怎么做', '注意事项', '常见误区', '需要准备的材料', '处理时间'];
	let h = 0;
	while (length < target || h < 2) {
		lines.push(`## ${headings[h % headings.length]}${h >= headings.length ? `（${Math.floor(h / headings.length) + 1}）` : ''}`, '');
		const kind = r();
		if (kind < 0.4) {
			const n = int(r, 3, 6);
			for (let i = 0; i < n; i++) add(`${i + 1}. ${fill(r, pick(r, STEPS), c)}。`);
		} else if (kind < 0.7) {
			const n = int(r, 2, 5);
			for (let i = 0; i < n; i++) add(`- ${fill(r, pick(r, ADVICE), c)}，见${link(otherLink(r, metas, m))}。`);
		} else if (kind < 0.8) {
			add('| 情况 | 建议 | 处理时间 |');
			add('| --- | --- | --- |');
			for (let i = 0; i < int(r, 2, 4); i++) add(`| ${pick(r, PROBLEMS)} | ${fill(r, pick(r, ADVICE), c)} | ${int(r, 1, 7)} 个工作日 |`);
		} else {
			add(paragraph(r, m, int(r, 2, 6)));
		}
		lines.push('');
		if (r() < 0.15) lines.push(`<Aside type="tip">`, fill(r, pick(r, FILLER), c), '</Aside>', '');
		h++;
	}
	lines.push('## 相关页面', '', '<RelatedPages />', '');
	return lines.join('\n');
}

const HOME = `---
title: 钱包帮助中心
category: home
summary: 电子钱包付不了款、登不上、钱没到账时，在这里找到自查步骤和该找的客服。
keywords: [首页, 帮助中心, 电子钱包, 客服]
reviewed: 2026-11-01
template: splash
pagefind: false
hero:
  title: 钱包出问题了？
  tagline: 付不了款、登不上、钱没到账，先在这里找办法。
---

import HomeSearch from '@components/HomeSearch.astro';

<HomeSearch />

## 从这里开始

- [常见问题](/issues/)
- [联系客服](/contact/)
- [求助指南](/guide/)
- [预防建议](/prevention/)
- [钱包速查](/wallets/)
`;

const NOT_FOUND = `---
title: 没有找到这个页面
category: home
summary: 这个地址没有内容，可能链接已过期。可以搜索，或从常见问题开始找。
keywords: [找不到页面, "404", 页面不存在]
reviewed: 2026-11-01
template: splash
editUrl: false
pagefind: false
hero:
  tagline: 这个地址没有内容。
  actions:
    - text: 回到首页
      link: /
      variant: primary
---

可以搜索，或从[常见问题](/issues/)开始找。
`;

/** Component imports and tags our site provides (plain Starlight has none of them). */
const OUR_COMPONENTS = ['Checklist', 'ContactHelp', 'RelatedPages', 'SectionIndex', 'HomeSearch', 'ChannelPicker', 'WalletContacts', 'ReportBuilder'];

/** The same page for plain Starlight: our components removed (their list contents stay), frontmatter kept. */
export function toPlain(text: string): string {
	const names = OUR_COMPONENTS.join('|');
	return text
		.replace(new RegExp(`^import (?:${names}) from '@components/[^']+';\\n`, 'gm'), '')
		.replace(new RegExp(`^<(?:${names})\\b[^>]*/>\\n?`, 'gm'), '')
		.replace(new RegExp(`^</?(?:${names})>\\n?`, 'gm'), '');
}

/** ~20 reader queries over the word bank, fixed so runs compare. */
export const QUERIES = [
	'退款没到账',
	'收不到验证码',
	'银行卡绑定失败',
	'账户被冻结怎么办',
	'提现失败',
	'支付失败扣钱了',
	'人工客服电话',
	'转账到账延迟',
	'余额不对',
	'充值失败',
	'登录异常',
	'重复扣款',
	'解绑银行卡',
	'海外网站付款失败',
	'显示处理中',
	'实名认证',
	'付款码',
	'交易被拦截',
	'换新手机后登录',
	'免密支付 自动扣款',
] as const;
