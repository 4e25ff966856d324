/** Marks text an editor must still write (`npm run new` writes it); the build refuses to ship it. Imports nothing: Node scripts load it as it is. */
export const PLACEHOLDER = '待补充';
