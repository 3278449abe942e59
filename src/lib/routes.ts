/**
 * Every address of the site, made in one place. An address, once published, never breaks
 * (permalinks.lock holds them), so pages, feeds, exports and the Markdown plugin all build
 * their links here rather than typing a path.
 */

export const ROUTES = {
	home: '/',
	timeline: '/timeline/',
	speakers: '/speakers/',
	sources: '/sources/',
	events: '/events/',
	search: '/search/',
	about: '/about/',
	data: '/data/',
	positions: '/positions/',
	compare: '/compare/',
	corrections: '/corrections/',
	changes: '/changes/',
	feed: '/feed.xml',
	jsonFeed: '/feed.json',
	changesFeed: '/changes/feed.xml',
	correctionsFeed: '/corrections/feed.xml',
	sitemap: '/sitemap.xml',
	favicon: '/favicon.svg',
	/** Hides the search page's box in a browser without JavaScript (linked from a <noscript>). */
	searchNoJsStyles: '/search-nojs.css',
	statementsJson: '/data/statements.json',
	statementsSchema: '/data/statements.schema.json',
	statementsCsv: '/data/statements.csv',
	statementSourcesCsv: '/data/statement-sources.csv',
	/** Pagefind's bundle: its script, index and fragments. */
	pagefind: '/pagefind/',
	pagefindScript: '/pagefind/pagefind.js',
	/** The news reports' own index, loaded only when a reader searches reports. */
	pagefindReports: '/pagefind/reports/',
	/** The folder of share-card images (`sharePath`). */
	shareImages: '/og/',
} as const;

/** A section of the methodology page, e.g. `aboutSection('coding')` is `/about/#coding`. */
export function aboutSection(anchor: 'coding' | 'shifts' | 'corrections' | 'wordings' | 'reliability' | 'freshness' | 'stances'): string {
	return `${ROUTES.about}#${anchor}`;
}

/** The permanent page of a statement. */
export function statementPath(id: string): string {
	return `/statements/${id}/`;
}

/** The id of the statement whose page `path` is, or null for any other address. */
export function statementIdFromPath(path: string): string | null {
	return /^\/statements\/([a-z0-9][a-z0-9-]*)\/$/.exec(path)?.[1] ?? null;
}

/** The card of a statement for other sites' iframes. */
export function embedPath(id: string): string {
	return `/embed/${id}/`;
}

/** The share image of a statement. */
export function sharePath(id: string): string {
	return `${ROUTES.shareImages}${id}.png`;
}

export function speakerPath(id: string): string {
	return `/speakers/${id}/`;
}

/** A speaker's statements in Atom. */
export function speakerFeedPath(id: string): string {
	return `/speakers/${id}/feed.xml`;
}

/** A numbered list page of a speaker's statements (speakers with many statements). */
export function speakerListPath(id: string, page: number): string {
	return `/speakers/${id}/statements/${page}/`;
}

/** A page of a speaker's full list of shifts. */
export function shiftsPath(id: string, page = 1): string {
	return page === 1 ? `/speakers/${id}/shifts/` : `/speakers/${id}/shifts/${page}/`;
}

/** The address of a month's archive page: `/timeline/2025/08/`, `/timeline/2025/08/2/`. */
export function monthPath(key: string, page = 1): string {
	const [year, month] = key.split('-');
	return `/timeline/${year}/${month}/${page > 1 ? `${page}/` : ''}`;
}

/** A year of the timeline. */
export function yearPath(year: string): string {
	return `/timeline/${year}/`;
}

/** A statement's place in its month's archive page. */
export function archiveAnchor(pagePath: string, id: string): string {
	return `${pagePath}#${id}`;
}

/** Our page about one news report. */
/** A page of the list of news reports: the first is /sources/ itself. */
export function sourcesListPath(page: number): string {
	return page === 1 ? ROUTES.sources : `${ROUTES.sources}list/${page}/`;
}

export function sourcePath(slug: string): string {
	return `/sources/${slug}/`;
}

/** One country's or organisation's speakers on the month grid (`slug` from `slugify(country)`). */
export function positionsGroupPath(slug: string): string {
	return `/positions/${slug}/`;
}

export function eventPath(id: string): string {
	return `/events/${id}/`;
}

/** Two statements side by side. */
export function comparePath(a: string, b: string): string {
	return `/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
