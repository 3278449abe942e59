/**
 * Every address of the site, made in one place. An address, once published, never breaks
 * (permalinks.lock holds them), so pages, feeds, exports and the Markdown plugin all build
 * their links here rather than typing a path.
 */

import { PREFIX } from '../edition.ts';

/**
 * A page of this edition: the Ukrainian build's pages live under /uk/ (src/edition.ts). Files
 * that are the same in every edition (the data downloads, the icon) keep one address.
 */
const inEdition = (path: string): string => `${PREFIX}${path}`;

export const ROUTES = {
	home: inEdition('/'),
	timeline: inEdition('/timeline/'),
	speakers: inEdition('/speakers/'),
	sources: inEdition('/sources/'),
	events: inEdition('/events/'),
	search: inEdition('/search/'),
	about: inEdition('/about/'),
	data: inEdition('/data/'),
	positions: inEdition('/positions/'),
	compare: inEdition('/compare/'),
	corrections: inEdition('/corrections/'),
	changes: inEdition('/changes/'),
	feed: inEdition('/feed.xml'),
	jsonFeed: inEdition('/feed.json'),
	changesFeed: inEdition('/changes/feed.xml'),
	correctionsFeed: inEdition('/corrections/feed.xml'),
	sitemap: inEdition('/sitemap.xml'),
	favicon: '/favicon.svg',
	/** Hides the search page's box in a browser without JavaScript (linked from a <noscript>). */
	searchNoJsStyles: '/search-nojs.css',
	statementsJson: '/data/statements.json',
	statementsSchema: '/data/statements.schema.json',
	statementsCsv: '/data/statements.csv',
	statementSourcesCsv: '/data/statement-sources.csv',
	/** Pagefind's bundle: its script, index and fragments. */
	pagefind: inEdition('/pagefind/'),
	pagefindScript: inEdition('/pagefind/pagefind.js'),
	/** The news reports' own index, loaded only when a reader searches reports. */
	pagefindReports: inEdition('/pagefind/reports/'),
	/** The folder of share-card images (`sharePath`). */
	shareImages: inEdition('/og/'),
};

/** The files every edition shares at one address: built once, by the English edition. */
export const SHARED_FILES = [ROUTES.favicon, ROUTES.searchNoJsStyles, ROUTES.statementsJson, ROUTES.statementsSchema, ROUTES.statementsCsv, ROUTES.statementSourcesCsv] as const;

/** A section of the methodology page, e.g. `aboutSection('coding')` is `/about/#coding`. */
export function aboutSection(anchor: 'coding' | 'shifts' | 'corrections' | 'wordings' | 'reliability' | 'freshness' | 'stances'): string {
	return `${ROUTES.about}#${anchor}`;
}

/** The permanent page of a statement. */
export function statementPath(id: string): string {
	return `${PREFIX}/statements/${id}/`;
}

/** The id of the statement whose page `path` is, or null for any other address. */
export function statementIdFromPath(path: string): string | null {
	return path.startsWith(`${PREFIX}/statements/`) ? (/^\/statements\/([a-z0-9][a-z0-9-]*)\/$/.exec(path.slice(PREFIX.length))?.[1] ?? null) : null;
}

/** The card of a statement for other sites' iframes. */
export function embedPath(id: string): string {
	return `${PREFIX}/embed/${id}/`;
}

/** The share image of a statement. */
export function sharePath(id: string): string {
	return `${ROUTES.shareImages}${id}.png`;
}

export function speakerPath(id: string): string {
	return `${PREFIX}/speakers/${id}/`;
}

/** A speaker's statements in Atom. */
export function speakerFeedPath(id: string): string {
	return `${PREFIX}/speakers/${id}/feed.xml`;
}

/** A numbered list page of a speaker's statements (speakers with many statements). */
export function speakerListPath(id: string, page: number): string {
	return `${PREFIX}/speakers/${id}/statements/${page}/`;
}

/** A page of a speaker's full list of shifts. */
export function shiftsPath(id: string, page = 1): string {
	return page === 1 ? `${PREFIX}/speakers/${id}/shifts/` : `${PREFIX}/speakers/${id}/shifts/${page}/`;
}

/** The address of a month's archive page: `/timeline/2025/08/`, `/timeline/2025/08/2/`. */
export function monthPath(key: string, page = 1): string {
	const [year, month] = key.split('-');
	return `${PREFIX}/timeline/${year}/${month}/${page > 1 ? `${page}/` : ''}`;
}

/** A year of the timeline. */
export function yearPath(year: string): string {
	return `${PREFIX}/timeline/${year}/`;
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
	return `${PREFIX}/sources/${slug}/`;
}

/** One country's or organisation's speakers on the month grid (`slug` from `slugify(country)`). */
export function positionsGroupPath(slug: string): string {
	return `${PREFIX}/positions/${slug}/`;
}

export function eventPath(id: string): string {
	return `${PREFIX}/events/${id}/`;
}

/** Page `page` of an event's statements: the first is the event page itself. */
export function eventPagePath(id: string, page: number): string {
	return page === 1 ? eventPath(id) : `${eventPath(id)}${page}/`;
}

/** Two statements side by side. */
export function comparePath(a: string, b: string): string {
	return `${PREFIX}/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
