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
	feed: '/feed.xml',
	jsonFeed: '/feed.json',
} as const;

/** The permanent page of a statement. */
export function statementPath(id: string): string {
	return `/statements/${id}/`;
}

/** The card of a statement for other sites' iframes. */
export function embedPath(id: string): string {
	return `/embed/${id}/`;
}

/** The share image of a statement. */
export function sharePath(id: string): string {
	return `/og/${id}.png`;
}

export function speakerPath(id: string): string {
	return `/speakers/${id}/`;
}

/** Our page about one news report. */
export function sourcePath(slug: string): string {
	return `/sources/${slug}/`;
}

export function eventPath(id: string): string {
	return `/events/${id}/`;
}

/** Two statements side by side. */
export function comparePath(a: string, b: string): string {
	return `/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
