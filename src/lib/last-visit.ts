/**
 * "New since your last visit" on the front page: the browser keeps the record's last-reviewed
 * day the reader saw (not the clock: additions are dated in the record), and the page counts
 * what was added and corrected after it. Pure, so the page's script only reads and writes.
 */

/** What the browser keeps: the day, and how the page wrote it. */
export interface LastVisit {
	date: string;
	label: string;
}

/** A stored note, or null when there is none or it is not one of ours. */
export function readLastVisit(stored: string | null): LastVisit | null {
	try {
		const value = JSON.parse(stored ?? 'null') as Partial<LastVisit> | null;
		return value && typeof value.date === 'string' && typeof value.label === 'string' ? { date: value.date, label: value.label } : null;
	} catch {
		return null;
	}
}

/**
 * Statements added and corrections made after the last visit, from the page's change days
 * (`[day, added, corrected]`); null when the note is newer than the record (another copy of
 * the site, or a clock gone wrong), so the page keeps its own sentence.
 */
export function changedSince(days: readonly (readonly [string, number, number])[], last: LastVisit, reviewed: string): { added: number; corrected: number } | null {
	if (last.date > reviewed) return null;
	const after = days.filter(([day]) => day > last.date);
	return { added: after.reduce((n, [, a]) => n + a, 0), corrected: after.reduce((n, [, , c]) => n + c, 0) };
}
