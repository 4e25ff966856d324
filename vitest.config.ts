import { defineConfig } from 'vitest/config';

/**
 * Three projects, run one after the other (`sequence.groupOrder`) so that Astro builds and
 * Chromium never compete for this machine's two cores:
 * - `unit`: pure logic, the schema and the real articles (no build needed);
 * - `build`: small fixture builds and checks of the built `dist/` (`npm test` builds first);
 * - `e2e`: a real headless Chromium against `dist/`, one file at a time.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
					/** Pure functions and fakes reset by each file: one module graph for all (22 s → 7 s here). */
					isolate: false,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					/** The real site plus hostile and new articles, built once and shared by the files here. */
					globalSetup: ['tests/build/global-setup.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
					fileParallelism: false,
					/** One module graph for the files, as in `unit`. */
					isolate: false,
					sequence: { groupOrder: 1 },
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
					/** Files one after the other in one module graph: playwright-core and axe load once (−0.7 s a file). */
					isolate: false,
					sequence: { groupOrder: 2 },
				},
			},
		],
		/** `.ci/run` sets CI=true: a stray `.only` then fails the run instead of skipping the rest. */
		allowOnly: !process.env['CI'],
	},
});
