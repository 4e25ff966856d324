/**
 * Summarises V8 `.cpuprofile` files (from `node --cpu-prof`, see `npm run bench -- --cpu-prof`):
 * self time by function and by package, to show where a build spends its time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * Functions whose cost may grow faster than the page count: per-page collection scans and sorts
 * (our Search override, SectionIndex), Starlight's per-page sidebar work, and the post-build passes
 * over every HTML file (CSP, service worker precache with its gzip size report).
 */
const WATCH =
	/^(getCollection|getEntry|sortForListing|getSidebar|getSidebarHash|getPrevNextLinks|generateSW|buildServiceWorker|zlibBufferSync|withPolicyMeta|htmlFiles|renderPage|starlightPagefind|validateLinks)$/;

export interface ProfileSummary {
	totalMs: number;
	byFunction: Array<{ name: string; ms: number }>;
	byPackage: Array<{ name: string; ms: number }>;
	/** Inclusive time of a watch list of functions that scale with the page count (see WATCH). */
	watched: Array<{ name: string; ms: number }>;
}

/** `node_modules/@astrojs/starlight/…` → `@astrojs/starlight`; project files by folder. */
function packageOf(url: string): string {
	if (!url) return '(native / V8)';
	const nm = url.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = url.slice(nm + 'node_modules/'.length).split('/');
		return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
	}
	if (url.startsWith('node:')) return 'node core';
	const m = /\/\.tmp\/bench-[^/]+\/(.*)$/.exec(url);
	if (m) return `site: ${m[1]?.split('/').slice(0, 2).join('/')}`;
	return url.replace(/^file:\/\//, '');
}

export function summarizeProfiles(dir: string, top = 15): ProfileSummary {
	const byFunction = new Map<string, number>();
	const byPackage = new Map<string, number>();
	const watched = new Map<string, number>();
	let totalMs = 0;
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
		const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		const parent = new Map<number, number>();
		for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
		profile.samples.forEach((id, i) => {
			const ms = (profile.timeDeltas[i] ?? 0) / 1000;
			const node = nodes.get(id);
			if (!node) return;
			const { functionName, url, lineNumber } = node.callFrame;
			if (functionName === '(idle)' || functionName === '(program)') return;
			totalMs += ms;
			const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/\.tmp\/bench-[^/]+\//, '');
			const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
			byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
			const pkg = packageOf(url);
			byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
			const seen = new Set<string>();
			for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
				const fn = nodes.get(at)?.callFrame.functionName ?? '';
				if (WATCH.test(fn) && !seen.has(fn)) {
					seen.add(fn);
					watched.set(fn, (watched.get(fn) ?? 0) + ms);
				}
			}
		});
	}
	const sorted = (m: Map<string, number>) =>
		[...m.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, ms]) => ({ name, ms }));
	return { totalMs, byFunction: sorted(byFunction), byPackage: sorted(byPackage), watched: sorted(watched) };
}
