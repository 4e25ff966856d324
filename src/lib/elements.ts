/**
 * The site's custom elements (its islands) all carry one prefix, `help-`: never a clash with
 * Starlight's (`starlight-…`, `sl-…`) or a future standard element, and one `grep help-` finds
 * them all. Every island defines its element through `defineElement` (ESLint forbids calling
 * `customElements.define` directly); the template for a new island is in README “Islands”.
 */
export const ELEMENT_PREFIX = 'help-';

/** A custom-element name of this site. */
export type ElementName = `${typeof ELEMENT_PREFIX}${string}`;

/** Is `name` a valid custom-element name with the site's prefix? */
export function isElementName(name: string): name is ElementName {
	return name.startsWith(ELEMENT_PREFIX) && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name);
}

/**
 * Defines an island's element once (a second definition, e.g. a script bundled twice, is skipped
 * instead of throwing).
 */
export function defineElement(
	name: ElementName,
	element: CustomElementConstructor,
	registry: Pick<CustomElementRegistry, 'define' | 'get'> = customElements,
): void {
	if (!isElementName(name)) throw new Error(`custom element <${String(name)}>: names start with ${ELEMENT_PREFIX} and use lower-case words joined by hyphens`);
	if (!registry.get(name)) registry.define(name, element);
}
