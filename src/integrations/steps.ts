/**
 * The post-build steps of the site, in the order src/integrations/pipeline.ts runs them over the
 * finished build: search data from the pages' text; the CSP, which changes pages; the service
 * worker, which precaches and measures the final pages; gzip copies of the final files.
 */
import type { Step } from './dist-files';
import { precompressStep } from './precompress';
import { searchDataStep } from './search-data';
import { securityStep } from './security';
import { serviceWorkerStep } from './service-worker';

export const STEPS: readonly Step[] = [searchDataStep, securityStep, serviceWorkerStep, precompressStep];
