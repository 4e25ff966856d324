/**
 * The 问题向导: adds its pages under `/start/` (`srcDir` is the project root, so there is no
 * `src/pages/`). content-check has already looked at content/guide/tree.yaml (a YAML syntax error
 * or a repeated id stops the build there), and at content/guide/tree.en.yaml for /en/start/. A tree with no questions builds no guide: the site
 * copies of the build tests and the benchmark use that.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { TREE_FILE } from '../lib/guide/tree';
import { checkedInputs } from './content-check';

export default function guide(): AstroIntegration {
	return {
		name: 'wallet-help:guide',
		hooks: {
			'astro:config:setup': ({ config, injectRoute, logger }) => {
				const { guide, guideEn } = checkedInputs(fileURLToPath(config.root));
				if (guide.kind !== 'questions') {
					logger.warn(`${TREE_FILE} 里没有问题：这次构建不生成问题向导 /start/。`);
					return;
				}
				injectRoute({ pattern: '/start/[...path]', entrypoint: './src/components/guide/QuestionPage.astro', prerender: true });
				// The English guide (/en/start/), when its tree has questions (content-check looked at it).
				if (guideEn.kind === 'questions') {
					injectRoute({ pattern: '/en/start/[...path]', entrypoint: './src/components/guide/QuestionPageEn.astro', prerender: true });
				}
			},
		},
	};
}
