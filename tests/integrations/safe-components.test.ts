import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeComponentsTarget } from '../../src/integrations/safe-components';

const SAFE = fileURLToPath(new URL('../../src/components/safe/starlight.ts', import.meta.url));
const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('safeComponentsTarget (escaping by default for Starlight’s components)', () => {
	it.each([
		['an article', file('content/docs/index.mdx')],
		['a component', file('src/components/RelatedPages.astro')],
		['a component with a query', `${file('src/components/SectionIndex.astro')}?astro&type=script`],
		['no importer', undefined],
	])('sends Starlight’s components imported from %s to the safe module', (_name, importer) => {
		expect(safeComponentsTarget('@astrojs/starlight/components', importer)).toBe(SAFE);
	});

	it('lets the safe wrappers reach Starlight’s own module, and leaves other imports alone', () => {
		expect(safeComponentsTarget('@astrojs/starlight/components', file('src/components/safe/LinkCard.astro'))).toBeUndefined();
		expect(safeComponentsTarget('@astrojs/starlight/components', SAFE)).toBeUndefined();
		expect(safeComponentsTarget('@astrojs/starlight/route-data', file('src/route-data.ts'))).toBeUndefined();
		expect(safeComponentsTarget('astro:content', file('content/docs/index.mdx'))).toBeUndefined();
	});
});
