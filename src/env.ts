/**
 * Every environment variable the project reads, in one place: name, meaning, default. The
 * config, the build script, the loaders and the pages read them from here, never from
 * `process.env` directly, so this list is complete.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | `SITE_URL` | the site's public address (https, no path); every permanent link, citation, feed and share tag is built on it | unset: a preview build at http://localhost:4321 |
 * | `GW_PUBLISH` | `1`: a build for publishing; refuses to run without an https `SITE_URL` | unset |
 * | `CONTENT_DIR` | the content folder to build from (fixtures, benchmarks) | `content` |
 * | `PERMALINKS_LOCK` | the list of published addresses to hold the content to | `permalinks.lock` for `content/`, none otherwise |
 * | `GW_OUT_DIR` | Astro's output folder (the build script builds into a fresh one and swaps it in) | `dist` |
 * | `GW_CACHE_DIR` | Astro's cache folder, one per content folder | `node_modules/.astro` |
 * | `GW_LANG` | the edition to build: `en` at the root, `uk` for the Ukrainian one (scripts/build.ts builds both; read in src/edition.ts, which browser code shares) | `en` |
 * | `GW_OG_IMAGES` | `0`: build without share images | on |
 * | `GW_SEARCH_INDEX` | `0`: build without the Pagefind index (the page-size test only) | on |
 * | `GW_SEARCH_PART_SIZE` | statements per part of the search index (src/lib/search-parts.ts); smaller only to test the parts on a small record | `SEARCH_PART_SIZE` (4,000) |
 * | `GW_CONCURRENCY` | pages Astro renders at once | 8 |
 * | `GW_REPORT_URL` | where readers report an error (an issue form, or a mailto: address) | the correction form of `GITHUB_REPOSITORY` (set by GitHub Actions), else none |
 * | `CHROMIUM_PATH` | the Chromium the browser tests, screenshots and audits drive | `/usr/bin/chromium` |
 * | `E2E_PORT`, `BENCH_PORT` | ports of the test and bench servers | 4322, 4345 |
 */

const env = (name: string): string | undefined => {
	const v = process.env[name];
	return v === undefined || v === '' ? undefined : v;
};

/** The address of a preview build: never a permanent one. */
export const PREVIEW_SITE = 'http://localhost:4321';

export interface SiteAddress {
	/** The origin every absolute address is built on. */
	url: string;
	/** True when no public address was given: pages say they are a preview and are not indexed. */
	preview: boolean;
}

/**
 * The site's address from SITE_URL, checked: a publishing build needs https and no path (every
 * address on the site starts at the root). Throws a message for the person building, never a
 * stack trace (scripts/build.ts prints it).
 */
export function siteAddress(value = env('SITE_URL'), publish = env('GW_PUBLISH') === '1'): SiteAddress {
	if (value === undefined) {
		if (publish) throw new Error('GW_PUBLISH=1 needs the public address: set SITE_URL=https://your.domain');
		return { url: PREVIEW_SITE, preview: true };
	}
	let u: URL;
	try {
		u = new URL(value);
	} catch {
		throw new Error(`SITE_URL "${value}" is not a web address; give it as https://your.domain`);
	}
	const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
	if (local && !publish) return { url: u.origin, preview: true };
	if (u.protocol !== 'https:') throw new Error(`SITE_URL "${value}" must start with https:// for a public build (permanent links must not break or downgrade)`);
	if (u.pathname !== '/' || u.search || u.hash) {
		throw new Error(`SITE_URL "${value}" has a path; the site must be served at the root of its address (on GitHub Pages use a custom domain or an <owner>.github.io repository)`);
	}
	return { url: u.origin, preview: false };
}

export const ENV = {
	publish: env('GW_PUBLISH') === '1',
	contentDir: env('CONTENT_DIR') ?? 'content',
	permalinksLock: env('PERMALINKS_LOCK'),
	outDir: env('GW_OUT_DIR') ?? 'dist',
	cacheDir: env('GW_CACHE_DIR') ?? 'node_modules/.astro',
	ogImages: env('GW_OG_IMAGES') !== '0',
	searchIndex: env('GW_SEARCH_INDEX') !== '0',
	/** Undefined: src/lib/search-parts.ts's own size. */
	searchPartSize: env('GW_SEARCH_PART_SIZE') === undefined ? undefined : Number(env('GW_SEARCH_PART_SIZE')),
	concurrency: Number(env('GW_CONCURRENCY') ?? 8),
	/** Null when neither is set: the corrections page then says how to reach us through the data instead. */
	reportUrl: env('GW_REPORT_URL') ?? (env('GITHUB_REPOSITORY') ? `https://github.com/${env('GITHUB_REPOSITORY')}/issues/new?template=correction.yml` : null),
	chromiumPath: env('CHROMIUM_PATH') ?? '/usr/bin/chromium',
} as const;
