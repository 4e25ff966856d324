import { writeFileSync } from 'node:fs';
import { evaluateSearch, loadQueries } from './lib/search-eval.ts';
const out: unknown[] = [];
for (const f of process.argv.slice(2)) {
  const s = await evaluateSearch(loadQueries(f));
  for (const o of s.outcomes) out.push({ file: f, q: o.q, expect: o.expect, category: o.category, debug: JSON.parse(o.debug ?? '{}') });
}
writeFileSync('.tmp/dump.json', JSON.stringify(out));
