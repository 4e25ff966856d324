/**
 * The post-build steps of the site, in the order src/integrations/pipeline.ts runs them over the
 * finished build: Starlight's untranslated copies under /en/ go first, so no later step sees them;
 * every link must lead to a page and heading that exist; search data from the pages' text (Chinese, then English); the CSP, which changes pages; the service
 * worker, which precaches and measures the final pages; gzip copies of the final files.
 */
import type { Step } from './dist-files';
import { i18nFallbacksStep } from './i18n-fallbacks';
import { linksStep } from './links';
import { englishSearchDataStep } from './search-data-en';
import { precompressStep } from './precompress';
import { searchDataStep } from './search-data';
import { securityStep } from './security';
import { serviceWorkerStep } from './service-worker';

export const STEPS: readonly Step[] = [i18nFallbacksStep, linksStep, searchDataStep, englishSearchDataStep, securityStep, serviceWorkerStep, precompressStep];
