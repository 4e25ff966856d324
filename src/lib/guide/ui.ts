import type { Locale } from '../i18n/locale';

/** Reader-facing text of the 问题向导 that does not come from content/guide/tree.yaml. */
export const GUIDE_TEXT = {
	/** Shown under a question that has no `hint` of its own; also its page description. */
	defaultHint: '选最接近的一项，点一下就到下一步。说不清也没关系。',
	/** Before the path of answers so far, and that line's name for screen readers. */
	trail: '你的选择：',
	trailLabel: '你的选择',
	restart: '重新开始',
	/** Before a question's `steps`. */
	stepsTitle: '先做这几件事：',
	/** The generated answer on the first question, and the question it leads to. */
	other: '其他问题',
	otherAnswerHint: '上面都不像，或者说不清',
	otherQuestion: '是下面哪一个？',
	otherHint: '都不像也没关系：可以浏览全部常见问题，或者请客服帮忙。',
	allProblems: '都不是：浏览全部常见问题',
	askSupport: '都不是：请客服帮忙',
	/** The home page's link and the search dialog's "no results" link. */
	entry: '不知道怎么搜？回答几个问题，帮你找到办法',
	/** On every problem page, under 相关问题. */
	notThis: '不是这个问题？回答几个问题，找到对应的办法',
} as const;

/** The same texts for the English guide (`/en/start/`, content/guide/tree.en.yaml). */
export const GUIDE_TEXT_EN: { readonly [K in keyof typeof GUIDE_TEXT]: string } = {
	defaultHint: 'Pick the closest answer; one tap takes you to the next step. Not sure is fine.',
	trail: 'Your answers:',
	trailLabel: 'Your answers',
	restart: 'Start again',
	stepsTitle: 'Do these first:',
	other: 'Something else',
	otherAnswerHint: 'None of these fits, or not sure',
	otherQuestion: 'Is it one of these?',
	otherHint: 'None fits? Browse all problems, or ask support for help.',
	allProblems: 'None of these: see all problems',
	askSupport: 'None of these: contact support',
	entry: 'Not sure what to search for? Answer a few questions to find the right page',
	notThis: 'Not this problem? Answer a few questions to find the right page',
};

/** The guide's texts in a locale. */
export const guideText = (locale: Locale = 'zh') => (locale === 'en' ? GUIDE_TEXT_EN : GUIDE_TEXT);
