/**
 * After the build (step 2 of src/integrations/pipeline.ts): check every page for scripts the build did not emit and fail naming the page;
 * give every page a Content-Security-Policy <meta> with the hashes of its (allowed) inline
 * scripts; write the same policy with the other security and cache headers for static hosts
 * (`_headers`) and for nginx (`deploy/generated/site.conf`, included by deploy/nginx.conf); and
 * `robots.txt`. It runs before the service worker step, so the precache sees final pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicyMeta, judgeScripts } from '../lib/security/csp';
import { headersFile, nginxSnippet } from '../lib/security/headers';
import { auditHtml } from '../lib/security/html-audit';
import allowList from './csp-inline-scripts.json' with { type: 'json' };
import type { DistFiles, Step } from './dist-files';

/** Hash → what the script is: every inline script the build may emit. */
export const ALLOWED_INLINE_SCRIPTS: ReadonlyMap<string, string> = new Map(Object.entries(allowList));

export interface SecurityReport {
	pages: number;
	/** Allowed inline-script hashes the pages use. */
	hashes: Set<string>;
}

/**
 * Checks and stamps every HTML page of the build. Throws one error listing every page that holds
 * a script the build did not emit (nothing is changed then).
 */
export function securePages(files: DistFiles, allowed: ReadonlyMap<string, string> = ALLOWED_INLINE_SCRIPTS): SecurityReport {
	const pages = files.list().filter((f) => f.endsWith('.html'));
	const used = new Set<string>();
	const stamped: Array<[string, string]> = [];
	/** Problem → the pages that have it. */
	const problems = new Map<string, string[]>();
	for (const file of pages) {
		const html = files.text(file);
		const verdict = judgeScripts(auditHtml(html), allowed);
		for (const p of verdict.problems) problems.set(p, [...(problems.get(p) ?? []), file]);
		for (const h of verdict.hashes) used.add(h);
		stamped.push([file, withPolicyMeta(html, verdict.hashes)]);
	}
	if (problems.size > 0) {
		const listed = [...problems].map(([problem, where]) => {
			const shown = where.slice(0, 5).join(', ') + (where.length > 5 ? ` and ${where.length - 5} more` : '');
			return `  ${problem}\n    on ${shown}`;
		});
		throw new Error(
			[
				`Scripts in the built pages that the build does not emit — content must never carry scripts:`,
				...listed,
				'Fix: remove the <script>, on…= attribute or javascript: link from the article or data it came from.',
				'If a script is the site’s own (a Starlight upgrade, a new is:inline script in src/components), add its hash',
				'with a one-line description to src/integrations/csp-inline-scripts.json.',
			].join('\n'),
		);
	}
	for (const [file, html] of stamped) files.write(file, html);
	return { pages: pages.length, hashes: used };
}

/** Step 2 of the post-build pipeline. */
export const securityStep: Step = {
	name: 'security',
	run(files, { root, site }) {
		const { pages, hashes } = securePages(files);
		files.write('_headers', headersFile(hashes));
		const generated = join(root, 'deploy/generated');
		mkdirSync(generated, { recursive: true });
		writeFileSync(join(generated, 'site.conf'), nginxSnippet(hashes));
		const sitemap = site ? `Sitemap: ${new URL('sitemap-index.xml', site).href}\n` : '';
		files.write('robots.txt', `User-agent: *\nAllow: /\n${sitemap}`);
		return {
			summary: `Content-Security-Policy on ${pages} pages (${hashes.size} allowed inline scripts); _headers and deploy/generated/site.conf written`,
			stats: { pages, inlineScripts: hashes.size },
		};
	},
};
