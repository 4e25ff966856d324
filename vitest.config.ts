import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic and content, no build needed) and `e2e` (a real headless
 * Chromium against the built `dist/`; `npm test` builds first).
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
		allowOnly: !process.env['CI'],
	},
});
