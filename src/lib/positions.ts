/**
 * How positions moved: shifts of position or U.S. role between a speaker's occasions, date spans
 * that are honest about precision, and the time scale the charts share. Pure and tested.
 */
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import type { Stance, Statement } from './content/schemas.ts';
import { STANCES } from './content/schemas.ts';
import { compareRecordDates, formatDay, formatStatementDate, monthKey, parseRecordDate } from './dates.ts';
import { valueLabel } from './coding-labels.ts';
import { POSITIONS, US_ROLES } from './coding.ts';
import { compareStatements } from './statements.ts';
import { slugify } from './content/slugs.ts';
import type { SpeakerSummary } from './speakers.ts';

/** The dimensions a shift is read on: where a speaker stands, and what U.S. role the words give. */
export const SHIFT_DIMENSIONS = ['position', 'usRole'] as const;
export type ShiftDimension = (typeof SHIFT_DIMENSIONS)[number];

export interface Shift {
	from: Statement;
	to: Statement;
	/** What changed between the two, in SHIFT_DIMENSIONS order. */
	changed: ShiftDimension[];
	/** Days between the two statements' dates (the start of a month for month-only dates). */
	days: number;
}

/**
 * The occasion a statement was made on: its event where it has one, else its day and setting.
 * Several statements from one interview or summit are one occasion: what differs between them
 * is not a change of mind.
 */
export function occasionKey(s: Pick<Statement, 'event' | 'date' | 'setting'>): string {
	return s.event ? `event:${s.event}` : `${s.date}|${s.setting.trim().toLowerCase()}`;
}

function changedBetween(a: Statement, b: Statement): ShiftDimension[] {
	return SHIFT_DIMENSIONS.filter((d) => a[d] !== b[d]);
}

function daysBetween(a: Statement, b: Statement): number {
	return differenceInCalendarDays(parseRecordDate(b.date)!, parseRecordDate(a.date)!);
}

/**
 * Where one speaker's position or asserted U.S. role changed from one occasion to the next
 * (methodology page, "Shifts"): each statement is compared with the speaker's latest statement
 * made on an earlier, different occasion. Differences within one occasion are never shifts;
 * `sameOccasion` lists them instead.
 */
export function shifts(statements: readonly Statement[]): Shift[] {
	const ordered = [...statements].sort(compareStatements);
	const found: Shift[] = [];
	let previousOccasion: Statement[] = [];
	let current: Statement[] = [];
	let currentKey: string | undefined;
	for (const s of ordered) {
		const key = occasionKey(s);
		if (key !== currentKey) {
			if (current.length) previousOccasion = current;
			current = [];
			currentKey = key;
		}
		const from = previousOccasion.at(-1);
		// Only the first statement of an occasion is compared across occasions: later ones in
		// the same occasion would compare against the same earlier statement again.
		if (from && current.length === 0) {
			const changed = changedBetween(from, s);
			if (changed.length) found.push({ from, to: s, changed, days: daysBetween(from, s) });
		}
		current.push(s);
	}
	return found;
}

/** Pairs of statements made on one occasion whose position or U.S. role differ: "said in the same interview". */
export function sameOccasion(statements: readonly Statement[]): Shift[] {
	const ordered = [...statements].sort(compareStatements);
	const groups = new Map<string, Statement[]>();
	for (const s of ordered) {
		const key = occasionKey(s);
		const list = groups.get(key);
		if (list) list.push(s);
		else groups.set(key, [s]);
	}
	const pairs: Shift[] = [];
	for (const list of groups.values()) {
		for (let i = 1; i < list.length; i++) {
			const changed = changedBetween(list[i - 1]!, list[i]!);
			if (changed.length) pairs.push({ from: list[i - 1]!, to: list[i]!, changed, days: 0 });
		}
	}
	return pairs;
}

/** Days either side of an approximate day: the reports place it within about a week. */
export const APPROXIMATE_DAYS = 7;

/**
 * The stretch of time a statement's date stands for: one day when exact; the whole month
 * when only the month is known; a fortnight around the assumed day when approximate.
 */
export function dateSpan(s: Pick<Statement, 'date' | 'datePrecision'>): { start: Date; end: Date; point: boolean } {
	const date = parseRecordDate(s.date)!;
	if (s.date.length === 7) return { start: date, end: endOfMonth(date), point: false };
	if (s.datePrecision === 'approximate') return { start: addDays(date, -APPROXIMATE_DAYS), end: addDays(date, APPROXIMATE_DAYS), point: false };
	return { start: date, end: date, point: true };
}

export interface TimeScale {
	start: Date;
	end: Date;
	/** x position (0…width) of a date. */
	x(date: Date): number;
	/** Ticks at the start of every quarter in range, labelled "Jan 2025". */
	ticks(): { x: number; label: string }[];
}

/** A linear scale from the first day of `first`'s month to the last day of `last`'s month. */
export function timeScale(first: string, last: string, width: number): TimeScale {
	const start = parseRecordDate(first.slice(0, 7))!;
	const end = endOfMonth(parseRecordDate(last.slice(0, 7))!);
	const days = Math.max(1, differenceInCalendarDays(end, start));
	const x = (date: Date) => (differenceInCalendarDays(date, start) / days) * width;
	return {
		start,
		end,
		x,
		ticks: () => {
			const out: { x: number; label: string }[] = [];
			for (let d = new Date(start.getFullYear(), Math.floor(start.getMonth() / 3) * 3, 1); d <= end; d = new Date(d.getFullYear(), d.getMonth() + 3, 1)) {
				if (d >= start) out.push({ x: x(d), label: formatDay(format(d, 'yyyy-MM')) });
			}
			return out;
		},
	};
}

/** The row of a stance on a chart (top to bottom in rubric order). */
export function stanceRow(stance: Stance): number {
	return STANCES.indexOf(stance);
}

/** A small shape per stance, so a mark is never told apart by colour alone. SVG path centred on 0,0. */
export function stanceShape(stance: Stance, r: number): string {
	const h = r * 0.9;
	switch (stance) {
		case 'commits':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
		case 'conditional':
			return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
		case 'defers':
			return `M${-h},${-h}H${h}V${h}H${-h}Z`;
		case 'rejects':
			return `M${-h},${-h}L${h},${h}M${h},${-h}L${-h},${h}`;
		case 'demands':
			return `M0,${-r}L${r},${r * 0.8}H${-r}Z`;
		case 'opposes':
			return `M0,${r}L${r},${-r * 0.8}H${-r}Z`;
		case 'reports':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0M${-r / 2},0a${r / 2},${r / 2} 0 1,1 ${r},0a${r / 2},${r / 2} 0 1,1 ${-r},0`;
	}
}

export interface PlacedMark {
	statement: Statement;
	/** Start and end of the date span on the scale. */
	x0: number;
	x1: number;
	/** Where the shape is drawn: the span's centre, moved aside if another mark is already there. */
	cx: number;
}

/**
 * Places marks on a scale, left to right; a mark whose centre would fall within `gap` of the
 * previous one in the same lane is moved right by `gap`, so statements made on the same day
 * stay visible and clickable side by side (the spans still show the true dates).
 */
export function placeMarks(statements: readonly Statement[], scale: Pick<TimeScale, 'x'>, gap: number, lane: (s: Statement) => string = () => ''): PlacedMark[] {
	const lastByLane = new Map<string, number>();
	return [...statements].sort(compareStatements).map((statement) => {
		const span = dateSpan(statement);
		const x0 = scale.x(span.start);
		const x1 = scale.x(span.end);
		const key = lane(statement);
		const previous = lastByLane.get(key);
		const cx = previous !== undefined && (x0 + x1) / 2 - previous < gap ? previous + gap : (x0 + x1) / 2;
		lastByLane.set(key, cx);
		return { statement, x0, x1, cx };
	});
}

/**
 * What a chart plots for a speaker: the U.S. role their words give for U.S. speakers (the
 * record's subject is what the U.S. would do), the position taken for everyone else.
 */
export type ChartDimension = 'usRole' | 'position';
export function chartDimension(country: string): ChartDimension {
	return country === 'United States' ? 'usRole' : 'position';
}

/** The values a chart's rows show, top to bottom. */
export function chartValues(dimension: ChartDimension): readonly string[] {
	return dimension === 'usRole' ? US_ROLES : POSITIONS;
}

/** A mark's shape and colour class by its value's row, so a mark is never told apart by colour alone. */
export function codeShape(row: number, r: number): string {
	return stanceShape(STANCES[row % STANCES.length]!, r);
}

/**
 * Lanes for numbered event marks along a time axis, so marks of events close in time stack
 * instead of overlapping: each mark takes the lowest lane whose previous mark is at least
 * `gap` to its left. Marks must come in time order.
 */
export function eventLanes(xs: readonly number[], gap: number): number[] {
	const lastInLane: number[] = [];
	return xs.map((x) => {
		let lane = lastInLane.findIndex((last) => x - last >= gap);
		if (lane < 0) lane = lastInLane.length;
		lastInLane[lane] = x;
		return lane;
	});
}

/**
 * One speaker's statements in one calendar month: the cell of the month grid on /positions/.
 * A cell is the smallest thing the chart draws, so a mark never shrinks below a tappable size
 * or overlaps another however many statements a month holds.
 */
export interface MonthCell {
	month: string;
	/** Oldest first. */
	statements: Statement[];
	/** The value the cell is drawn with: the commonest; among equally common, the latest said. */
	value: string;
	/** How many statements have each value, in chart order, values with none left out. */
	counts: { value: string; n: number }[];
}

/** A speaker's statements by month (month key to cell), on one chart dimension. */
export function monthCells(statements: readonly Statement[], dimension: ChartDimension): Map<string, MonthCell> {
	const byMonth = new Map<string, Statement[]>();
	for (const s of [...statements].sort(compareStatements)) {
		const key = monthKey(s.date);
		const list = byMonth.get(key);
		if (list) list.push(s);
		else byMonth.set(key, [s]);
	}
	const cells = new Map<string, MonthCell>();
	for (const [month, list] of byMonth) {
		const tally = new Map<string, number>();
		for (const s of list) tally.set(s[dimension], (tally.get(s[dimension]) ?? 0) + 1);
		const most = Math.max(...tally.values());
		const value = list.findLast((s) => tally.get(s[dimension]) === most)![dimension];
		const counts = chartValues(dimension)
			.map((v) => ({ value: v, n: tally.get(v) ?? 0 }))
			.filter((c) => c.n > 0);
		cells.set(month, { month, statements: list, value, counts });
	}
	return cells;
}

/** Events by the month they start in ("2025-08"), in the order given (time order) within a month. */
export function eventsByMonth<T extends { start: string }>(events: readonly (readonly [string, T])[]): Map<string, (readonly [string, T])[]> {
	const out = new Map<string, (readonly [string, T])[]>();
	for (const entry of events) {
		const key = monthKey(entry[1].start);
		const list = out.get(key);
		if (list) list.push(entry);
		else out.set(key, [entry]);
	}
	return out;
}

/**
 * The month grid of /positions/: its cell size, in CSS pixels (the SVG is drawn at this size,
 * never scaled, so a cell is always at least the 24 × 24 px target WCAG 2.2 asks for).
 */
export const CELL = 28;
export const CELL_HEIGHT = 34;
/** An event circle's radius: 25 px across, a target on its own. */
export const EVENT_RADIUS = 12.5;
/** Height of one lane of event circles in the events row (events of one month stack). */
export const EVENT_LANE = 28;

/**
 * Above this many speaker-month cells, /positions/ draws one row per country or organisation
 * (its speakers' statements by month, each cell linking to the group's own page, which has a
 * row per speaker), followed by the rows of the most-quoted speakers that fit in
 * LEADING_CELLS, instead of a row per speaker.
 *
 * Set by measurement (`node scripts/audit.ts`, the median of five Lighthouse runs, mobile
 * emulation): at 1,634 statements a row per speaker is 743 cells and 1,100 links, and the
 * page scored 85–94 (blocking time 230–450 ms: parsing and laying out the grid); one row per
 * group plus 300 cells of leading speakers (about fifty rows) scores 96. 400 keeps a record of a few hundred
 * statements drawn speaker by speaker.
 */
export const SPEAKER_ROWS_LIMIT = 400;
/** How many cells of leading speakers' rows the group view of /positions/ adds (see above). */
export const LEADING_CELLS = 300;

export interface PositionGroup {
	country: string;
	slug: string;
	dimension: ChartDimension;
	members: SpeakerSummary[];
	/** Every member's statements, oldest first. */
	statements: Statement[];
	/** Statements per value, in chart order, with zeros. */
	counts: { value: string; n: number }[];
}

/** Speakers by country or organisation: the United States first (the record's subject), then the others alphabetically. */
export function positionGroups(summaries: readonly SpeakerSummary[]): PositionGroup[] {
	const first = (country: string) => chartDimension(country) === 'usRole';
	const countries = [...new Set(summaries.map((s) => s.speaker.country))].sort((a, b) => (first(a) ? -1 : first(b) ? 1 : a.localeCompare(b)));
	return countries.map((country) => {
		const members = summaries.filter((s) => s.speaker.country === country);
		const dimension = chartDimension(country);
		const statements = members.flatMap((m) => m.statements).sort(compareStatements);
		const counts = chartValues(dimension).map((value) => ({ value, n: statements.filter((s) => s[dimension] === value).length }));
		return { country, slug: slugify(country), dimension, members, statements, counts };
	});
}

/** How many cells a speaker's row draws: one per month they spoke in. */
function rowCells(summary: SpeakerSummary): number {
	return new Set(summary.statements.map((x) => monthKey(x.date))).size;
}

/** How many cells a row per speaker would draw: one per speaker per month they spoke in. */
export function speakerCellCount(groups: readonly PositionGroup[]): number {
	return groups.reduce((n, g) => n + g.members.reduce((m, s) => m + rowCells(s), 0), 0);
}

/**
 * The speakers the group view of /positions/ also draws a row for: the most-quoted first
 * (most statements; equal counts by name), as many as fit in `budget` cells. The list stops at
 * the first that does not fit, so it is always "the N most-quoted speakers".
 */
export function leadingSpeakers(groups: readonly PositionGroup[], budget = LEADING_CELLS): Set<string> {
	const all = groups.flatMap((g) => g.members).sort((a, b) => b.count - a.count || a.speaker.name.localeCompare(b.speaker.name));
	const chosen = new Set<string>();
	let cells = 0;
	for (const m of all) {
		cells += rowCells(m);
		if (cells > budget) break;
		chosen.add(m.id);
	}
	return chosen;
}

/** The compare page offers this many of the latest shifts; each speaker's shifts pages have all of theirs. */
export const READY_COMPARISONS = 60;

/** Every speaker's shifts, newest first (by the later statement's date), with the speaker's name. */
export function latestShifts(summaries: readonly SpeakerSummary[]): { name: string; shift: Shift }[] {
	return summaries
		.flatMap((summary) => shifts(summary.statements).map((shift) => ({ name: summary.speaker.name, shift })))
		.sort((x, y) => compareRecordDates(y.shift.to.date, x.shift.to.date));
}

/**
 * A statement's mark named in words: date, code and setting ("26 Feb 2025 — U.S. backstop —
 * Cabinet meeting"), the name a chart gives it once, in its <title>; the quote is one click away.
 */
export function markLabel(s: Statement, dimension: ChartDimension): string {
	return `${formatStatementDate(s.date, s.datePrecision)} — ${valueLabel(dimension, s[dimension])} — ${s.setting}`;
}
