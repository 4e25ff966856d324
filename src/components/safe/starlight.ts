/**
 * `@astrojs/starlight/components` as this site uses it: the same components, except that the
 * props Starlight renders as HTML are escaped first (LinkCard's title and description, Card's
 * title), so content strings always show as text. src/integrations/safe-components.ts resolves
 * every `import … from '@astrojs/starlight/components'` outside this folder — in components and
 * in the editors' MDX alike — to this module: escaping is the default, nobody has to remember it.
 * (The page-level ones — the <title>, the hero, a banner — are escaped in src/route-data.ts.)
 */
export * from '@astrojs/starlight/components';
// Explicit exports win over the `export *` above.
export { default as LinkCard } from './LinkCard.astro';
export { default as Card } from './Card.astro';
