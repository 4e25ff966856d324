/**
 * Once per test run, before the `build` project's tests: builds the real site plus hostile
 * frontmatter and one new problem article (tests/build/fixture.ts `siteWithExtras`), and hands
 * its folder to the tests that share it.
 */
import type { TestProject } from 'vitest/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { buildFixture, siteWithExtras } from './fixture';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built `dist/` of the shared fixture, or '' when it failed (see `extrasBuildOutput`). */
		extrasDist: string;
		extrasBuildOutput: string;
	}
}

export default function setup(project: TestProject) {
	// With the real question guide, so a new article is placed by its automatic fallback.
	const guideTree = readFileSync(join(ROOT, 'content/guide/tree.yaml'), 'utf8');
	const result = buildFixture('site-with-extras', siteWithExtras(), { keep: true, guideTree });
	project.provide('extrasDist', result.status === 0 ? `${result.dir}/dist` : '');
	project.provide('extrasBuildOutput', result.output);
}
