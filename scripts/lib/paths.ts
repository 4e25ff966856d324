/** Where things are, for scripts and tests alike. */
import { resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built site (`npm run build`). */
export const DIST = resolve(ROOT, 'dist');
