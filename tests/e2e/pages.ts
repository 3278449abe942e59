/** Addresses of the built pages, read from dist/ (the site under test). */
import { readdirSync, readFileSync } from 'node:fs';
import YAML from 'yaml';

export function builtPages(): string[] {
	return readdirSync('dist', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

/** A page's type: its address with every id, year, month and page number replaced. */
export function pageType(path: string): string {
	return path
		.replace(/^(\/uk)?\/(statements|speakers|sources|events|embed|positions)\/[^/]+\//, '$1/$2/<id>/')
		.replace(/\/\d{4}\//, '/<year>/')
		.replace(/\/\d{2}\//, '/<month>/')
		.replace(/\/\d+\/$/, '/<n>/');
}

/** A small deterministic generator, so the sample is the same on every run and machine. */
function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/**
 * The pages the browser checks visit: the first page of every type (so each template is
 * checked), the named page types below, and a fixed random sample of the rest. Checking every
 * page of a record of thousands would take hours; the whole-site checks (HTML validator,
 * links) still read every page, in tests/build.
 */
export function sampledPages(sampleSize = 80, seed = 20261203): string[] {
	// A moved address's page sends the browser on at once, so there is nothing to check there
	// (tests/build/redirects.test.ts checks each one and where it points).
	const moved = new Set(((YAML.parse(readFileSync('content/redirects.yaml', 'utf8')) as { from: string }[] | null) ?? []).flatMap((r) => [r.from, `/uk${r.from}`]));
	const all = builtPages().filter((p) => !moved.has(p));
	const chosen = new Set<string>(Object.values(PAGE_TYPES));
	const seen = new Set<string>();
	for (const path of all) {
		const type = pageType(path);
		if (seen.has(type)) continue;
		seen.add(type);
		chosen.add(path);
	}
	const rest = all.filter((p) => !chosen.has(p));
	const random = seeded(seed);
	for (let i = 0; i < sampleSize && rest.length; i++) chosen.add(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
	return [...chosen].filter((p) => all.includes(p) || p.includes('?')).sort();
}

/** One page of each kind, for checks that need a page type rather than every page. */
export const PAGE_TYPES = {
	timeline: '/',
	archive: '/timeline/2025/02/',
	statement: '/statements/trump-2025-02-26-europe-do-that/',
	speakers: '/speakers/',
	speaker: '/speakers/donald-trump/',
	sources: '/sources/',
	source: '/sources/axy-media-trump-signals-readiness-to-commit-u-s-support-for-ukraine-s-future/',
	events: '/events/',
	event: '/events/nyt-interview-2026-01-07/',
	positions: '/positions/',
	positionsGroup: '/positions/united-states/',
	compare: '/compare/',
	about: '/about/',
	data: '/data/',
	search: '/search/',
} as const;
