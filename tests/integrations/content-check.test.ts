import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProjectInputs } from '../../src/integrations/content-check';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A site with no articles and an empty Chinese guide, plus the given English files. */
function site(files: Record<string, string>): ReturnType<typeof checkProjectInputs> {
	root = mkdtempSync(join(tmpdir(), 'content-check-'));
	mkdirSync(join(root, 'content/docs'), { recursive: true });
	mkdirSync(join(root, 'content/guide'), { recursive: true });
	mkdirSync(join(root, 'content/search'), { recursive: true });
	writeFileSync(join(root, 'content/guide/tree.yaml'), '[]\n');
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, name)), { recursive: true });
		writeFileSync(join(root, name), text);
	}
	return checkProjectInputs(root, join(root, 'content/docs'), join(root, 'public'));
}

describe('the English inputs, checked before the build with the others', () => {
	it('passes a site without them (empty English guide, no English words)', () => {
		const result = site({});
		expect(result.ok && result.inputs.guideEn.kind).toBe('empty');
		expect(result.ok && result.inputs.englishVocabulary).toBe('');
	});

	it('hands the checked English words to the build steps', () => {
		const result = site({ 'content/search/english.yaml': 'keyTerms: [refund]\n' });
		expect(result.ok && result.inputs.englishVocabulary).toBe('keyTerms: [refund]\n');
	});

	it('names the English guide file when its YAML is broken', () => {
		const result = site({ 'content/guide/tree.en.yaml': '- id: [start\n' });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.report).toMatch(/content\/guide\/tree\.en\.yaml:1 {2}YAML/);
	});

	it('names the English search words file and the field when an entry is wrong', () => {
		const result = site({ 'content/search/english.yaml': 'synonyms:\n  - say: refund\n    means: 退款\n' });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.report).toMatch(/content\/search\/english\.yaml {2}file\n {2}.*synonyms\.0\.say/);
	});
});

describe('the labelled reader questions the search learns from (content/search/questions/)', () => {
	const questions = (text: string) => site({ 'content/search/questions/queries.blind-a.json': text });

	it('hands the checked questions to the build steps, Chinese and English files apart', () => {
		const result = site({
			'content/search/questions/queries.blind-a.json': '{"queries": [{"q": "退款", "expect": ["start"]}, {"q": "炒股", "expect": []}]}',
			'content/search/questions/queries.en-blind-a.json': '{"queries": [{"q": "refund", "expect": []}]}',
		});
		expect(result.ok && result.inputs.questions).toEqual({
			zh: [
				{ q: '退款', expect: ['start'] },
				{ q: '炒股', expect: [] },
			],
			en: [{ q: 'refund', expect: [] }],
		});
	});

	it('names the file and the question when a page does not exist', () => {
		const result = questions('{"queries": [{"q": "退款", "expect": ["issues/no-such-page"]}]}');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.report).toMatch(/content\/search\/questions\/queries\.blind-a\.json {2}queries\.0\.expect\.0\n.*issues\/no-such-page/);
	});

	it('names the file and the field when a question breaks the schema, and the file when its JSON is broken', () => {
		const wrong = questions('{"queries": [{"q": "", "expect": ["start"]}]}');
		expect(!wrong.ok && wrong.report).toMatch(/queries\.blind-a\.json {2}queries\.0\.q/);
		rmSync(root, { recursive: true, force: true });
		const broken = questions('{"queries": [');
		expect(!broken.ok && broken.report).toMatch(/queries\.blind-a\.json {2}JSON/);
	});
});
