import { describe, expect, it } from 'vitest';
import {
	MAX_TERMS,
	MIN_SLIP_LENGTH,
	UNKNOWN_WORD_WEIGHT,
	ENGLISH_PAGES_SHOWN,
	createEnglishNormalizer,
	englishPagesFor,
	englishPart,
	isLatinQuery,
	normalizeEnglish,
	slipDistance,
	withEnglish,
} from '../../../src/lib/search/english';
import { buildEnglishData } from '../../../src/lib/search/english-build';
import { categoryLabel } from '../../../src/lib/content/categories';

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
		expect(englishPart('card declined')).toEqual({ text: 'card declined', mostly: true });
		expect(englishPart('支付宝 card')).toBeUndefined();
		expect(englishPart('passport face scan failing 支付宝')).toEqual({ text: 'passport face scan failing', mostly: true });
		expect(englishPart('alipay 怎么绑 visa 卡')).toEqual({ text: 'alipay visa', mostly: false });
		// Full-width Latin letters are Latin letters.
		expect(englishPart('ＣＡＲＤ ＤＥＣＬＩＮＥＤ 怎么办')?.text).toBe('CARD DECLINED');
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
		// A slip keeps the first letter: another word one letter away is another word (saying is not paying).
		expect(normalize('zerification code').terms).toEqual(['code']);
	});

	it('turns visitor phrases into the pages’ words', () => {
		expect(normalize('customer service in English').query).toBe('support english');
	});

	it('reads visitor phrases again once typing slips are corrected', () => {
		// custommer → customer (one slip from a page word), and only then is “customer service” support.
		const slips = createEnglishNormalizer(
			buildEnglishData(['Contact customer support.', 'Card declined.'], 'synonyms:\n  - say: [customer service]\n    means: support\n'),
		);
		expect(slips.normalize('custommer service please').query).toBe('support');
	});

	it('drops the places a visitor names, as chatter: where it happened, not what', () => {
		const places = createEnglishNormalizer(buildEnglishData(['Paying as a tourist.', 'Card declined.'], 'places: [shanghai, pudong]\n'));
		const q = places.normalize('I land at Pudong in Shanghai, paying as a tourist?');
		expect(q.meaning.map((m) => m.term)).toEqual(['land', 'paying', 'tourist']);
		expect(() => buildEnglishData([], 'places: [hong kong]\n')).toThrow(/content\/search\/english.yaml: places.0: one word per place/);
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

	it('leaves short words alone: one slip from a short page word lie too many real words (visa is not via)', () => {
		const withVia = createEnglishNormalizer(buildEnglishData(['Pay via the app.', 'Verification code'], ''));
		expect('visa'.length).toBeLessThan(MIN_SLIP_LENGTH);
		expect(withVia.normalize('visa code').meaning.map((m) => m.term)).toEqual(['visa', 'code']);
	});

	it('leaves four-letter words alone, even one a letter short of a page word (rest is not reset, debt is not debit)', () => {
		const withReset = createEnglishNormalizer(buildEnglishData(['Reset the debit card. Lost phone.'], ''));
		expect(withReset.normalize('rest debt phne').terms).toEqual(['rest', 'debt', 'phne']);
	});

	it('weighs the words no page uses in what a page must cover, though Pagefind is not asked for them', () => {
		const q = normalize('tax refund at the airport');
		expect(q.query).toBe('refund');
		expect(q.meaning).toContainEqual({ term: 'airport', weight: UNKNOWN_WORD_WEIGHT, site: false });
		expect(q.meaning.find((m) => m.term === 'refund')?.site).toBe(true);
	});

	it('reads up to MAX_TERMS meaningful words as a question (covered whole), more as a story, however many small words', () => {
		expect(english.normalize("Why can't I add my Revolut card to WeChat?").story).toBe(false);
		expect(english.normalize('My card was declined at the hotel desk in Xian while checking out last night').story).toBe(true);
		expect(MAX_TERMS).toBe(4);
	});

	it('finds the subjects the site has no page for, by whole words', () => {
		const withOutside = createEnglishNormalizer(
			buildEnglishData(['Card declined.'], 'outside:\n  - topic: tipping\n    say: [tipping, to tip]\n  - topic: maps\n    say: [google maps]\n'),
		);
		expect(withOutside.normalize('Is tipping expected? Google Maps?').outside).toEqual(['tipping', 'maps']);
		expect(withOutside.normalize('how much to tip a driver').outside).toEqual(['tipping']);
		// Words, not letters: "stipend" holds no "tip".
		expect(withOutside.normalize('card declined at stipend office').outside).toEqual([]);
	});

	it('knows when a problem the pages answer is named (situations, by stem), also through a phrase', () => {
		const withSituations = createEnglishNormalizer(
			buildEnglishData(['Card declined.'], 'situations: [scammed, declined]\nsynonyms:\n  - say: [cheated]\n    means: scammed\n'),
		);
		expect(withSituations.normalize('I paid for train tickets and got cheated').named).toBe(true);
		expect(withSituations.normalize('my cards keep declining').named).toBe(true);
		expect(withSituations.normalize('how to buy train tickets').named).toBe(false);
	});

	it('refuses a subject outside the site that a page’s keywords or cues cover, naming both', () => {
		const profile = {
			url: '/en/visitors/paying/',
			title: 'Paying in China',
			category: 'Visitors',
			keywords: 'red packets, qr code',
			cues: ['send a red packet'],
		};
		expect(() => buildEnglishData(['Paying.'], 'outside:\n  - topic: gifts\n    say: [red packets]\n', [profile])).toThrow(
			/content\/search\/english.yaml: outside .*“red packets” \(\/en\/visitors\/paying\/\)/,
		);
		expect(() => buildEnglishData(['Paying.'], 'outside:\n  - topic: tipping\n    say: [tipping]\n', [profile])).not.toThrow();
	});

	it('refuses a vocabulary file with an unknown field, naming it', () => {
		expect(() => buildEnglishData([], 'keyterms: [x]\n')).toThrow(/content\/search\/english.yaml/);
	});
});

describe('English page profiles', () => {
	const page = (slug: string, title: string, keywords: string, summary = '') => ({
		url: `/en/${slug}/`,
		title,
		category: 'Common problems',
		keywords,
		summary,
		cues: [],
	});
	const pages = [
		page('visitors/card-declined', 'Your foreign card is declined', 'card rejected, card not accepted', 'Your bank may block the first payment.'),
		page('issues/lost-phone', 'Lost or stolen phone', 'phone stolen, left my phone', 'Freeze the wallet from another device.'),
		page('issues/scam-recovery', 'You were scammed', 'fraud, fake police', 'Call the police first.'),
	];
	const data = buildEnglishData(['Card declined.', 'Lost phone.', 'Scam.'], '', pages);
	const english = createEnglishNormalizer(data);
	const best = (text: string) => english.normalize(text).profiled?.[0]?.page.url;

	it('are built from every English page given, and compared by word stems', () => {
		expect(data.profiles?.pages).toHaveLength(3);
		expect(best('my cards keep getting rejected at the shop')).toBe('/en/visitors/card-declined/');
		expect(best('I left my iPhone in a taxi and it was stolen')).toBe('/en/issues/lost-phone/');
	});

	it('leave the wallet names and chatter out: they tell no situation apart', () => {
		expect(english.normalize('alipay wechat please help me').profiled).toEqual([]);
	});

	it('give a visitor typing English on a Chinese page the English pages that answer it, and nothing for pinyin or Chinese', async () => {
		const { pages, visitor } = await englishPagesFor('my cards keep getting rejected and declined at the shop', async () => english);
		expect(visitor).toBe(false);
		expect(pages.map((p) => p.url)).toEqual(['/en/visitors/card-declined/']);
		expect(pages.length).toBeLessThanOrEqual(ENGLISH_PAGES_SHOWN);
		// What the dialog shows of it: title, section, summary.
		expect(pages[0]?.meta).toMatchObject({ title: 'Your foreign card is declined', summary: 'Your bank may block the first payment.' });
		expect((await englishPagesFor('mima wangle', async () => english)).pages).toEqual([]);
		expect((await englishPagesFor('卡被拒了 declined', () => Promise.reject(new Error('not asked for a query in Chinese')))).pages).toEqual([]);
	});

	it('read the English part of a query mixed with Chinese when it has two words or more', async () => {
		const visitors = createEnglishNormalizer(buildEnglishData(['Card declined.', 'Lost phone.', 'Scam.'], 'visitors: [tourist, visa]\n', pages));
		const mixed = await englishPagesFor('as a tourist my cards keep getting rejected and declined at the shop 怎么办', async () => visitors);
		expect(mixed.pages[0]?.url).toBe('/en/visitors/card-declined/');
		// Mostly English: its visitor's word puts the English pages first.
		expect(mixed.visitor).toBe(true);
		// Mostly Chinese: a Visa card is the Chinese reader's own card, the Chinese answer stays first.
		const chinese = await englishPagesFor('我的 visa 卡在超市里被 rejected declined 了怎么办呢', async () => visitors);
		expect(chinese.pages[0]?.url).toBe('/en/visitors/card-declined/');
		expect(chinese.visitor).toBe(false);
	});

	it('score a story that names its situation in several words above a question that shares one stray word', () => {
		const story = english.normalize('fake police called, I think it was a scam').profiled?.[0];
		const stray = english.normalize('which phone plan for China').profiled?.[0];
		expect(story?.page.url).toBe('/en/issues/scam-recovery/');
		expect(story?.score ?? 0).toBeGreaterThan(2 * (stray?.score ?? 0));
	});
});

describe('how-to pages for a query that says something went wrong', () => {
	const page = (slug: string, title: string, category: 'issue' | 'visitor') => ({
		url: `/en/${slug}/`,
		title,
		category: categoryLabel(category, 'en'),
		keywords: 'add card, link card',
		cues: [],
	});
	const data = buildEnglishData(['Add a card.', 'Card declined.', 'Cannot add a card.'], 'situations: [declined, scammed]\n', [
		page('visitors/alipay-setup', 'Setting up Alipay as a visitor', 'visitor'),
		page('visitors/card-declined', 'Your foreign card is declined', 'visitor'),
		page('issues/bank-card', "Can't add or remove a card", 'issue'),
	]);
	const english = createEnglishNormalizer(data);

	it('are the pages of no problem whose title says nothing went wrong, named only when the query says something did', () => {
		for (const trouble of ["can't add my card to alipay", 'my card was declined', 'the card never shows up', 'I got scammed'])
			expect(english.normalize(trouble).howTo).toEqual(['/en/visitors/alipay-setup/']);
		for (const question of ['how to add my card to alipay', 'link a card']) expect(english.normalize(question).howTo).toBeUndefined();
	});
});

describe('one list for English typed on a Chinese page', () => {
	const zh = (url: string) => ({ url, meta: { title: url, category: '常见问题' }, excerpt: '' });
	const en = (url: string) => ({ url, meta: { title: url, category: categoryLabel('visitor', 'en') }, excerpt: '' });
	const english = (urls: string[], visitor = false) => ({ pages: urls.map(en), visitor });

	it('puts the best English page right after the Chinese answer and the other English pages after the Chinese ones', () => {
		const list = withEnglish([zh('/a/'), zh('/b/')], english(['/en/x/', '/en/y/']));
		expect(list.map((p) => p.url)).toEqual(['/a/', '/en/x/', '/b/', '/en/y/']);
	});

	it('puts the English pages first for a query that reads as a visitor’s', () => {
		expect(withEnglish([zh('/a/')], english(['/en/x/'], true)).map((p) => p.url)).toEqual(['/en/x/', '/a/']);
	});

	it('lists the English pages alone when the Chinese answer is empty, and the Chinese answer alone without English ones', () => {
		expect(withEnglish([], english(['/en/x/'])).map((p) => p.url)).toEqual(['/en/x/']);
		expect(withEnglish([zh('/a/')], english([])).map((p) => p.url)).toEqual(['/a/']);
	});
});

describe('a query that reads as a visitor’s', () => {
	const data = buildEnglishData(['Setting up Alipay.'], 'visitors: [tourist, passport]\nsynonyms:\n  - say: [tourists]\n    means: tourist\n');
	const english = createEnglishNormalizer(data);

	it('names one of the vocabulary’s visitor words, in any form', () => {
		expect(english.normalize('how do I set up alipay as a tourist').visitor).toBe(true);
		expect(english.normalize('alipay for tourists').visitor).toBe(true);
		expect(english.normalize('passports not accepted').visitor).toBe(true);
		expect(english.normalize('alipay payment failed').visitor).toBeUndefined();
	});
});
