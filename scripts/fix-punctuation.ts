/**
 * Editors' helper: turns ASCII `,:;?!()` that touch Chinese text into full-width punctuation in
 * MDX articles. Leaves import lines, link targets and frontmatter other than title/summary/
 * label/tagline alone (keyword lists need their ASCII commas).
 *
 *   npm run fix:punctuation            # every article under content/docs
 *   npm run fix:punctuation -- a.mdx   # only the named files
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixProse } from '../src/lib/content/punctuation.ts';
import { cli } from './lib/cli.ts';

const articles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => join(dir, f));

const files = cli(
	{ usage: 'npm run fix:punctuation -- [file.mdx …]   (default: every article under content/docs)', options: {}, allowPositionals: true },
	({ positionals }) => (positionals.length > 0 ? positionals : articles('content/docs')),
);
let changed = 0;
for (const file of files) {
	const before = readFileSync(file, 'utf8');
	const after = fixProse(before);
	if (after !== before) {
		writeFileSync(file, after);
		changed++;
		console.log(`fixed ${file}`);
	}
}
console.log(`${changed} of ${files.length} files changed`);
