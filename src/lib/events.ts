/** How events' dates read: "14–16 February 2025", "28 February 2025", "January 2026". */
import { formatDay, formatMonthKey } from './dates.ts';
import { archiveAnchor, eventPagePath } from './routes.ts';

/**
 * An event with more statements than this has them on numbered pages (`/events/<id>/2/`…),
 * the first on the event page itself: an event page listed all of them, and the Washington
 * meeting's 229 made it 65 KB gzipped (issue 7: no page may grow with the record).
 */
export const EVENT_PAGE_SIZE = 100;

export interface EventPage {
	/** 1-based; page 1 is the event page. */
	page: number;
	pages: number;
	/** Ids of the statements on this page, oldest first, as the event lists them. */
	statements: string[];
	path: string;
}

/**
 * Where a statement's page links its event: the event page, or, for a statement listed on a
 * later page of a large event, that page at its card (with page 1 alone, 262 statements of the
 * record's four largest events linked to a page that does not list them, 5 December 2026).
 */
export function eventHref(id: string, statements: readonly string[], statementId: string): string {
	// The pages as the event lists them, so the link and the listing cannot disagree.
	const listed = eventPages(id, statements).find((p) => p.statements.includes(statementId));
	if (!listed) throw new Error(`statement ${statementId} is not among the statements of event ${id}`);
	return listed.page === 1 ? listed.path : archiveAnchor(listed.path, statementId);
}

/** The pages of an event's statements: always at least the event page, even with none. */
export function eventPages(id: string, statements: readonly string[]): EventPage[] {
	const pages = Math.max(1, Math.ceil(statements.length / EVENT_PAGE_SIZE));
	return Array.from({ length: pages }, (_, i) => ({
		page: i + 1,
		pages,
		statements: statements.slice(i * EVENT_PAGE_SIZE, (i + 1) * EVENT_PAGE_SIZE),
		path: eventPagePath(id, i + 1),
	}));
}

export function formatEventDates(start: string, end: string | null): string {
	if (start.length === 7) return formatMonthKey(start);
	if (!end || end === start) return formatDay(start);
	const [sy, sm] = start.split('-');
	const [ey, em] = end.split('-');
	if (sy === ey && sm === em) return `${Number(start.slice(8))}–${formatDay(end)}`;
	if (sy === ey) return `${formatDay(start).replace(` ${sy}`, '')} – ${formatDay(end)}`;
	return `${formatDay(start)} – ${formatDay(end)}`;
}

/** The front page's recent events: the `n` latest to start that have statements on record, newest first. */
export function recentEvents<T extends { start: string; statements: readonly string[] }>(events: ReadonlyMap<string, T>, n: number): [string, T][] {
	return [...events]
		.filter(([, e]) => e.statements.length > 0)
		.sort(([a, x], [b, y]) => y.start.localeCompare(x.start) || a.localeCompare(b))
		.slice(0, n);
}
