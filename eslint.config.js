// @ts-check
/**
 * ESLint (flat config): JavaScript's and typescript-eslint's recommended rules with type
 * information for the TypeScript in src/, scripts/ and tests/ (the project's tsconfig), and
 * eslint-plugin-astro's for components. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
 * `npm run lint` runs both; `npm run lint:fix` and `npm run format` fix what they can.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'deploy/generated/', 'test-results/', 'tests/fixtures/**/dist/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a value left out on purpose (destructuring, unused parameters).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// One prefix for the islands' elements: src/lib/elements.ts.
			'no-restricted-properties': [
				'error',
				{ object: 'customElements', property: 'define', message: 'Use defineElement from src/lib/elements.ts (names start with help-).' },
			],
		},
	},
	{
		// Type-aware rules where the types are known: every TypeScript file of the project.
		files: ['**/*.ts'],
		extends: [...tseslint.configs.recommendedTypeCheckedOnly],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// Tests and build steps await promise-returning helpers inside callbacks on purpose.
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
			// Fakes of async browser APIs (Cache Storage, fetch) answer at once, yet must stay async.
			'@typescript-eslint/require-await': 'off',
		},
	},
);
