/** How events' dates read: "14–16 February 2025", "28 February 2025", "January 2026". */
import { formatDay, formatMonthKey } from './dates.ts';

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
