/**
 * npm run weight — prints HTML, CSS and JS bytes (raw and gzip) for every built page and checks
 * them against the budgets in scripts/lib/page-weight.ts. Run `npm run build` first.
 */
import { DIST } from './lib/paths.ts';
import { BUDGETS, overBudget, searchJs, siteWeights } from './lib/page-weight.ts';
import { cli } from './lib/cli.ts';

cli({ usage: 'npm run weight   (HTML/CSS/JS gzip bytes of every page of dist/ against the budgets)', options: {} }, () => undefined);

const root = DIST;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const rows = siteWeights(root);
console.log('page'.padEnd(34), 'html raw/gzip KB', '  css raw/gzip KB', '   js raw/gzip KB');
for (const w of rows) {
	console.log(w.page.padEnd(34), kb(w.html.raw), kb(w.html.gzip), ' ', kb(w.css.raw), kb(w.css.gzip), ' ', kb(w.js.raw), kb(w.js.gzip));
}
const max = (k: 'html' | 'css' | 'js') => Math.max(...rows.map((w) => w[k].gzip));
console.log(`\nlargest gzip: html ${kb(max('html'))} KB, css ${kb(max('css'))} KB, js ${kb(max('js'))} KB`);
console.log(`budgets gzip: html ${kb(BUDGETS.html)} KB, css ${kb(BUDGETS.css)} KB, js ${kb(BUDGETS.js)} KB`);
const search = searchJs(root);
console.log(`search, loaded when first opened: ${kb(search.raw)} KB raw, ${kb(search.gzip)} KB gzip (pagefind.js + wasm + entry)`);
const problems = rows.flatMap(overBudget);
if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exitCode = 1;
}
