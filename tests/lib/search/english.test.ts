import { describe, expect, it } from 'vitest';
import { MAX_TERMS, createEnglishNormalizer, isLatinQuery, normalizeEnglish, slipDistance } from '../../../src/lib/search/english';
import { buildEnglishData } from '../../../src/lib/search/english-build';

describe('the English search path', () => {
	it.each([
		['My card was declined!', 'card declined', 'declined'],
		['How do I get a refund to my foreign card?', 'refund foreign card', 'foreign'],
		['  WeChat   Pay  ', 'wechat pay', 'wechat'],
		['how do i', 'how do i', 'how'],
		['', '', ''],
	])('%j → %j (fallback %j)', (raw, query, fallback) => {
		const q = normalizeEnglish(raw);
		expect(q.query).toBe(query);
		expect(q.fallback).toBe(query.includes(' ') ? fallback : '');
	});

	it('tells Latin-only queries from Chinese ones', () => {
		expect(isLatinQuery('card declined')).toBe(true);
		expect(isLatinQuery('支付宝 card')).toBe(false);
		expect(isLatinQuery('110')).toBe(false);
	});
});

describe('the English path with the pages’ words', () => {
	const data = buildEnglishData(
		['Your foreign card is declined. Refund to a foreign card.', 'Verification code not arriving by SMS.', 'Contact support in English.'],
		'keyTerms: [declined, refund]\nsynonyms:\n  - say: [customer service]\n    means: support\n',
	);
	const english = createEnglishNormalizer(data);
	const normalize = (text: string) => english.normalize(text);

	it('corrects typing slips against the pages’ words', () => {
		expect(normalize('verifcation code not recieved').terms).toEqual(['verification', 'code']);
		expect(normalize('refnud to forein card').query).toBe('refund foreign card');
	});

	it('turns visitor phrases into the pages’ words', () => {
		expect(normalize('customer service in English').query).toBe('support english');
	});

	it('keeps the most telling words of a long question, the editors’ key terms first', () => {
		const q = normalize('I was at a restaurant and my foreign card was declined and the code did not arrive by sms, what do I do');
		expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
		expect(q.terms).toContain('declined');
		expect(q.fallback).toBe('declined');
	});

	it('counts slips with transpositions', () => {
		expect(slipDistance('recieved', 'received', 2)).toBe(1);
		expect(slipDistance('card', 'code', 1)).toBe(2);
	});

	it('refuses a vocabulary file with an unknown field, naming it', () => {
		expect(() => buildEnglishData([], 'keyterms: [x]\n')).toThrow(/content\/search\/english.yaml/);
	});
});
