/**
 * How the timeline is split into pages, so that no page grows with the record: `/` shows the
 * newest HOME_LIMIT statements, and every month has its own archive at
 * `/timeline/YYYY/MM/`, split into pages of MONTH_PAGE_SIZE (`/timeline/YYYY/MM/2/`, …).
 * Every statement is on exactly one archive page, found by `archivePageOf`.
 */
import type { Statement } from './content/schemas.ts';
import { formatMonthKey, monthKeysBetween } from './dates.ts';
import { archiveAnchor, monthPath } from './routes.ts';
import { groupByMonth, newestFirst, type MonthGroup } from './statements.ts';

/** `/` shows this many statements, the newest. */
export const HOME_LIMIT = 50;
/** At most this many statements on one archive page. */
export const MONTH_PAGE_SIZE = 100;


export interface ArchivePage {
	/** `YYYY-MM` */
	key: string;
	year: string;
	/** "August 2025" */
	label: string;
	/** 1-based page within the month. */
	page: number;
	/** Pages in this month. */
	pages: number;
	/** Statements in the whole month. */
	monthTotal: number;
	/** This page's statements, newest first. */
	statements: Statement[];
	path: string;
}

export interface Timeline {
	/** Months newest first, each with all its statements newest first. */
	months: MonthGroup[];
	/** Every archive page, newest month first, page 1 first. */
	pages: ArchivePage[];
	/** What `/` shows: the newest HOME_LIMIT statements by month, the oldest month possibly cut short. */
	home: MonthGroup[];
	/** How many statements of the oldest month shown `/` leaves out (0 when it shows all of it). */
	homeCut: number;
	/** Years newest first, with their months newest first. */
	years: { year: string; months: MonthGroup[]; count: number }[];
	/**
	 * Every calendar month from the first on record to the last, newest first, by year: the
	 * archive lists a month with no statement as such rather than skipping it silently.
	 */
	calendar: { year: string; months: { key: string; count: number }[] }[];
	/** The archive page each statement is on, by statement id. */
	archivePageOf: Map<string, ArchivePage>;
}

export function buildTimeline(statements: Iterable<Statement>): Timeline {
	const months = groupByMonth(newestFirst(statements));
	const pages: ArchivePage[] = [];
	const archivePageOf = new Map<string, ArchivePage>();
	for (const m of months) {
		const count = Math.ceil(m.statements.length / MONTH_PAGE_SIZE);
		for (let p = 1; p <= count; p++) {
			const page: ArchivePage = {
				key: m.key,
				year: m.key.slice(0, 4),
				label: m.label,
				page: p,
				pages: count,
				monthTotal: m.statements.length,
				statements: m.statements.slice((p - 1) * MONTH_PAGE_SIZE, p * MONTH_PAGE_SIZE),
				path: monthPath(m.key, p),
			};
			pages.push(page);
			for (const s of page.statements) archivePageOf.set(s.id, page);
		}
	}

	// `/` shows the newest HOME_LIMIT statements; the oldest month shown may be cut short.
	const home = groupByMonth(months.flatMap((m) => m.statements).slice(0, HOME_LIMIT));
	const lastShown = home.at(-1);
	const homeCut = lastShown ? months[home.length - 1]!.statements.length - lastShown.statements.length : 0;

	const years: Timeline['years'] = [];
	for (const m of months) {
		const year = m.key.slice(0, 4);
		let y = years.at(-1);
		if (!y || y.year !== year) {
			y = { year, months: [], count: 0 };
			years.push(y);
		}
		y.months.push(m);
		y.count += m.statements.length;
	}
	return { months, pages, home, homeCut, years, calendar: calendarOf(months), archivePageOf };
}

/** The months from the oldest to the newest key of `months` (newest first), with their counts. */
function calendarOf(months: readonly MonthGroup[]): Timeline['calendar'] {
	const counts = new Map(months.map((m) => [m.key, m.statements.length]));
	const newest = months[0]?.key;
	const oldest = months.at(-1)?.key;
	const calendar: Timeline['calendar'] = [];
	if (!newest || !oldest) return calendar;
	for (const key of monthKeysBetween(oldest, newest).reverse()) {
		const year = key.slice(0, 4);
		let y = calendar.at(-1);
		if (!y || y.year !== year) {
			y = { year, months: [] };
			calendar.push(y);
		}
		y.months.push({ key, count: counts.get(key) ?? 0 });
	}
	return calendar;
}

/** "August 2025", or "August 2025, page 2 of 6" when the month has several pages. */
export function archivePageLabel(page: Pick<ArchivePage, 'key' | 'page' | 'pages'>): string {
	const month = formatMonthKey(page.key);
	return page.pages > 1 ? `${month}, page ${page.page} of ${page.pages}` : month;
}

/** The archive address of one statement's card: `/timeline/2025/08/#<id>`. */
export function timelineHref(timeline: Timeline, id: string): string {
	const page = timeline.archivePageOf.get(id);
	if (!page) throw new Error(`statement ${id} is on no timeline page`);
	return archiveAnchor(page.path, id);
}
