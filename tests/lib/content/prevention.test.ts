import { describe, expect, it } from 'vitest';
import { preventedBy, sectionOf } from '../../../src/lib/content/prevention';

const problem = (id: string, prevention: string) => ({ id, title: `标题 ${id}`, body: `## 症状\n\n见[钓鱼](/prevention/phishing/)。\n\n## 预防\n\n${prevention}\n\n## 相关问题\n\n<RelatedPages />\n` });

describe('preventedBy', () => {
	it.each([
		['a link with a reason', '- [不点陌生链接](/prevention/phishing/)：假客服是骗局的开头。', { 'prevention/phishing': [{ id: 'issues/a', title: '标题 issues/a', reason: '假客服是骗局的开头。' }] }],
		['a link without a reason', '- [设置强密码](/prevention/strong-password/)', { 'prevention/strong-password': [{ id: 'issues/a', title: '标题 issues/a', reason: '' }] }],
		['a reason with a link and emphasis, read as plain text', '- [备份](/prevention/backup-records/)：见[怀疑账户被盗](/issues/account-security/)，**尽快**。', { 'prevention/backup-records': [{ id: 'issues/a', title: '标题 issues/a', reason: '见怀疑账户被盗，尽快。' }] }],
		['a tip linked twice, counted once', '- [钓鱼](/prevention/phishing/)：一。\n- 另见[钓鱼](/prevention/phishing/)。', { 'prevention/phishing': [{ id: 'issues/a', title: '标题 issues/a', reason: '一。' }] }],
		['plain advice with no tip link', '- 支付密码只留给自己。', {}],
		['a link to a problem, not a tip', '- [被骗了怎么办](/issues/scam-recovery/)：看这里。', {}],
	])('reads %s', (_name, prevention, expected) => {
		expect(Object.fromEntries(preventedBy([problem('issues/a', prevention)]))).toEqual(expected);
	});

	it('ignores tip links outside the 预防 section and keeps the problems’ order', () => {
		const tips = preventedBy([problem('issues/b', '- [钓鱼](/prevention/phishing/)：乙。'), problem('issues/a', '- 无链接。'), problem('issues/c', '- [钓鱼](/prevention/phishing/)：丙。')]);
		expect(tips.get('prevention/phishing')?.map((p) => p.id)).toEqual(['issues/b', 'issues/c']);
	});

	it('a new problem appears on the tips it names without any other edit', () => {
		const before = preventedBy([problem('issues/a', '- [钓鱼](/prevention/phishing/)：甲。')]);
		const after = preventedBy([problem('issues/a', '- [钓鱼](/prevention/phishing/)：甲。'), problem('issues/new', '- [钓鱼](/prevention/phishing/)：新。')]);
		expect(after.get('prevention/phishing')?.length).toBe((before.get('prevention/phishing')?.length ?? 0) + 1);
	});
});

describe('sectionOf', () => {
	it('returns one section up to the next H2, or nothing', () => {
		expect(sectionOf('## 甲\n一\n## 乙\n二\n', '甲')).toBe('\n一\n');
		expect(sectionOf('## 甲\n一\n', '丙')).toBe('');
		expect(sectionOf('## 甲乙\n一\n', '甲')).toBe('');
	});
});
