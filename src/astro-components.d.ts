/**
 * What a `.astro` import is, for `tsc`: Astro's editor tooling (`@astrojs/check`, the language
 * server) knows it, plain TypeScript does not. The project type-checks its TypeScript with `tsc`
 * (`npm run typecheck`), and Starlight's own `.ts` sources import `.astro` files too.
 */
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const Component: AstroComponentFactory;
	export default Component;
}
