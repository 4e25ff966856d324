// @ts-check
/**
 * The sidebar: one group per section of the site map
 * (../shared/design/information-architecture.md), each generated from its folder
 * so a new article appears without editing this file.
 */
const sections = /** @type {const} */ ([
	['常见问题', 'issues'],
	['联系客服', 'contact'],
	['求助指南', 'guide'],
	['预防建议', 'prevention'],
	['钱包速查', 'wallets'],
]);

/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = sections.map(([label, directory]) => ({
	label,
	items: [{ autogenerate: { directory } }],
}));
