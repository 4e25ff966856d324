/**
 * Escaping by default for Starlight's components: every `import … from
 * '@astrojs/starlight/components'` (in src/ and in the articles' MDX) resolves to
 * src/components/safe/starlight.ts, which escapes the props Starlight renders as HTML. Only the
 * wrappers in src/components/safe/ reach Starlight's own module.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const STARLIGHT_COMPONENTS = '@astrojs/starlight/components';
const SAFE_DIR = fileURLToPath(new URL('../components/safe/', import.meta.url));
const SAFE_MODULE = fileURLToPath(new URL('../components/safe/starlight.ts', import.meta.url));

/** Where an import of `source` from `importer` should go instead, if anywhere. */
export function safeComponentsTarget(source: string, importer: string | undefined): string | undefined {
	if (source !== STARLIGHT_COMPONENTS) return undefined;
	if (importer?.split('?')[0]?.startsWith(SAFE_DIR)) return undefined;
	return SAFE_MODULE;
}

export default function safeComponents(): AstroIntegration {
	return {
		name: 'wallet-help:safe-components',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'wallet-help:safe-starlight-components',
								enforce: 'pre',
								resolveId: (source, importer) => safeComponentsTarget(source, importer) ?? null,
							},
						],
					},
				});
			},
		},
	};
}
