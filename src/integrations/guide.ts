/**
 * The 问题向导: adds its pages under `/start/` (`srcDir` is the project root, so there is no
 * `src/pages/`), after a first look at content/guide/tree.yaml that stops the build on a YAML
 * syntax error or a repeated id (Astro's `file()` loader would only log those). A tree with no
 * questions builds no guide: the site copies of the build tests and the benchmark use that.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { inspectTreeFile } from '../lib/guide/file';
import { TREE_FILE, TREE_FILE_EN } from '../lib/guide/tree';

export default function guide(): AstroIntegration {
	return {
		name: 'wallet-help:guide',
		hooks: {
			'astro:config:setup': ({ config, injectRoute, logger }) => {
				const file = new URL(TREE_FILE, config.root);
				if (!existsSync(file)) throw new Error(`${TREE_FILE} 不存在：问题向导的问题写在这个文件里（见 README“问题向导”）。`);
				const state = inspectTreeFile(readFileSync(file, 'utf8'));
				if (state.kind === 'broken') throw new Error(`${TREE_FILE}：${state.message}`);
				if (state.kind === 'empty') {
					logger.warn(`${TREE_FILE} 里没有问题：这次构建不生成问题向导 /start/。`);
					return;
				}
				injectRoute({ pattern: '/start/[...path]', entrypoint: './src/components/guide/QuestionPage.astro', prerender: true });
				// The English guide (/en/start/), when its tree exists: same checks.
				const en = new URL(TREE_FILE_EN, config.root);
				if (!existsSync(en)) return;
				const enState = inspectTreeFile(readFileSync(en, 'utf8'));
				if (enState.kind === 'broken') throw new Error(`${TREE_FILE_EN}：${enState.message}`);
				if (enState.kind === 'questions') {
					injectRoute({ pattern: '/en/start/[...path]', entrypoint: './src/components/guide/QuestionPageEn.astro', prerender: true });
				}
			},
		},
	};
}
