import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Step } from '../../src/integrations/dist-files';
import { runPipeline } from '../../src/integrations/pipeline';
import { STEPS } from '../../src/integrations/steps';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
		// An old time, so a rewrite shows.
		utimesSync(join(dir, name), 1, 1);
	}
	return dir;
}

const context = { root: '/nowhere', site: undefined, base: '/' };

describe('runPipeline', () => {
	it('runs the steps in order over one read, each seeing the previous one’s changes, and writes only what changed', async () => {
		site({ 'index.html': '<main>首页</main>', 'a/index.html': '<main>A</main>', 'style.css': 'body{}' });
		const seen: string[] = [];
		const steps: Step[] = [
			{ name: 'first', run: (files) => (files.write('index.html', `${files.text('index.html')}<!--1-->`), { summary: 'one', stats: { n: 1 } }) },
			{ name: 'second', run: (files) => (seen.push(files.text('index.html')), files.write('new/file.txt', 'x'), { summary: 'two', stats: {} }) },
			{ name: 'third', run: (files) => (files.write('a/index.html', files.text('a/index.html')), { summary: 'same bytes', stats: {} }) },
		];
		const report = await runPipeline(dir, context, steps);
		expect(seen).toEqual(['<main>首页</main><!--1-->']);
		expect(report.steps.map((s) => s.name)).toEqual(['first', 'second', 'third']);
		expect(report.steps[0]?.stats).toEqual({ n: 1 });
		expect(report.io.written).toBe(2);
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<main>首页</main><!--1-->');
		expect(readFileSync(join(dir, 'new/file.txt'), 'utf8')).toBe('x');
		expect(statSync(join(dir, 'a/index.html')).mtimeMs).toBe(1000);
		expect(report.dist).toMatchObject({ files: 4, htmlPages: 2, gzipFiles: 0 });
	});

	it('writes nothing when a step fails', async () => {
		site({ 'index.html': '<main>首页</main>' });
		const steps: Step[] = [
			{ name: 'changes', run: (files) => (files.write('index.html', 'changed'), { summary: '', stats: {} }) },
			{
				name: 'fails',
				run: () => {
					throw new Error('stop');
				},
			},
		];
		await expect(runPipeline(dir, context, steps)).rejects.toThrow('stop');
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<main>首页</main>');
	});

	it('removes a file a step deletes, and the folder it leaves empty, so no later step sees it', async () => {
		site({ 'index.html': '<main>首页</main>', 'en/gone/index.html': '<main>copy</main>', 'en/index.html': '<main>en</main>' });
		const seen: string[][] = [];
		const steps: Step[] = [
			{ name: 'delete', run: (files) => (files.delete('en/gone/index.html'), { summary: 'deleted', stats: {} }) },
			{ name: 'look', run: (files) => (seen.push(files.list()), { summary: 'looked', stats: {} }) },
		];
		await runPipeline(dir, context, steps);
		expect(seen).toEqual([['en/index.html', 'index.html']]);
		expect(existsSync(join(dir, 'en/gone'))).toBe(false);
		expect(existsSync(join(dir, 'en/index.html'))).toBe(true);
	});

	it('keeps the site’s steps in the order each needs: untranslated copies out first, search data, CSP on the pages, the worker over the final pages, gzip last', () => {
		expect(STEPS.map((s) => s.name)).toEqual(['i18n-fallbacks', 'links', 'search-data', 'search-data-en', 'security', 'service-worker', 'precompress']);
	});
});
