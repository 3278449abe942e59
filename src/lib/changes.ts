/**
 * What changed in the record, day by day, from the dates written in the content (a
 * statement's `added` and `updated`, and its corrections), never from the build date or git
 * history, which a shallow clone would lose. `/changes/` and its feed are built from it.
 */
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import type { Statement } from './content/schemas.ts';
import { parseRecordDate } from './dates.ts';
import { compareStatements } from './statements.ts';

export interface Change {
	date: string;
	kind: 'added' | 'corrected';
	statement: Statement;
	/** For a correction: what changed and why. */
	change?: string;
	reason?: string;
}

export interface ChangeDay {
	date: string;
	added: Statement[];
	corrected: Change[];
}

/** Every addition and correction, grouped by day, newest day first; within a day, statements newest first. */
export function changeDays(statements: readonly Statement[]): ChangeDay[] {
	const days = new Map<string, ChangeDay>();
	const day = (date: string) => {
		let d = days.get(date);
		if (!d) {
			d = { date, added: [], corrected: [] };
			days.set(date, d);
		}
		return d;
	};
	for (const s of statements) {
		day(s.added).added.push(s);
		for (const c of s.corrections) day(c.date).corrected.push({ date: c.date, kind: 'corrected', statement: s, change: c.change, reason: c.reason });
	}
	for (const d of days.values()) {
		d.added.sort((a, b) => compareStatements(b, a));
		d.corrected.sort((a, b) => a.statement.id.localeCompare(b.statement.id));
	}
	return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** Additions and corrections in the `days` days up to and including `until`. */
export function changesSince(statements: readonly Statement[], until: string, days = 30): { since: string; added: number; corrected: number } {
	const since = format(subDays(parseRecordDate(until)!, days - 1), 'yyyy-MM-dd');
	const recent = changeDays(statements).filter((d) => d.date >= since && d.date <= until);
	return { since, added: recent.reduce((n, d) => n + d.added.length, 0), corrected: recent.reduce((n, d) => n + d.corrected.length, 0) };
}

/** A day with more additions than this lists them by speaker, so /changes/ stays small however large an import. */
export const ADDED_LISTED = 20;

/** A day's additions by speaker (speaker id and how many), most first, then by id. */
export function addedBySpeaker(added: readonly Statement[]): { speaker: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const s of added) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
	return [...counts].map(([speaker, count]) => ({ speaker, count })).sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
}
