import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { evaluateSearch, formatSummary, loadQueries } from '../../scripts/lib/search-eval';

const dev = loadQueries(resolve(import.meta.dirname, '../search/queries.dev.json'));
const extra = loadQueries(resolve(import.meta.dirname, '../search/queries.extra.json'));

describe('search quality on the real Pagefind index', () => {
	it('keeps top-3 at or above 90% on the dev query set, with no empty result', async () => {
		const summary = await evaluateSearch(dev);
		console.log(formatSummary('dev', summary));
		expect(summary.count).toBe(dev.length);
		expect(summary.top3).toBeGreaterThanOrEqual(0.9);
		expect(summary.zeroResults).toBe(0);
	});

	it('keeps top-3 at or above 85% on our own reader queries', async () => {
		const summary = await evaluateSearch(extra);
		console.log(formatSummary('extra', summary));
		expect(summary.top3).toBeGreaterThanOrEqual(0.85);
		expect(summary.zeroResults).toBe(0);
	});
});
