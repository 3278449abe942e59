/**
 * Queries over the record: ordering, grouping by month, neighbours in time. Pure functions
 * over the schema types, so the pages stay thin and every rule here is unit-tested.
 */
import { LANG } from '../edition.ts';
import type { Statement, StatementSource } from './content/schemas.ts';
import { formatMonthKey, monthKey } from './dates.ts';

/** Oldest first; same date → by id, so the order never depends on file order. */
export function compareStatements(a: Statement, b: Statement): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new array, newest first. */
export function newestFirst(statements: Iterable<Statement>): Statement[] {
	return [...statements].sort((a, b) => compareStatements(b, a));
}

export interface MonthGroup {
	/** `YYYY-MM`, also the section's anchor suffix. */
	key: string;
	/** "February 2025" */
	label: string;
	statements: Statement[];
}

/** Groups statements by the month they were made, keeping the given order within and across months. */
export function groupByMonth(statements: readonly Statement[]): MonthGroup[] {
	const groups: MonthGroup[] = [];
	for (const s of statements) {
		const key = monthKey(s.date);
		let group = groups.at(-1);
		if (!group || group.key !== key) {
			group = groups.find((g) => g.key === key);
			if (!group) {
				group = { key, label: formatMonthKey(key), statements: [] };
				groups.push(group);
			}
		}
		group.statements.push(s);
	}
	return groups;
}

export interface Neighbours {
	previous: Statement | undefined;
	next: Statement | undefined;
}

/** The statements just before and after `id` in time, optionally among those matching `filter`. */
export function neighbours(statements: readonly Statement[], id: string, filter: (s: Statement) => boolean = () => true): Neighbours {
	const ordered = statements.filter((s) => s.id === id || filter(s)).sort(compareStatements);
	const i = ordered.findIndex((s) => s.id === id);
	if (i < 0) return { previous: undefined, next: undefined };
	return { previous: ordered[i - 1], next: ordered[i + 1] };
}

/**
 * Neighbours of every statement, computed once: in time, and by the same speaker. A page
 * asking `neighbours()` for each of n statements would sort n times (quadratic at scale).
 */
export function neighbourIndex(statements: readonly Statement[]): { inTime(id: string): Neighbours; bySpeaker(id: string): Neighbours } {
	const ordered = [...statements].sort(compareStatements);
	const position = new Map(ordered.map((s, i) => [s.id, i]));
	const perSpeaker = new Map<string, Statement[]>();
	for (const s of ordered) {
		const list = perSpeaker.get(s.speaker) ?? [];
		list.push(s);
		perSpeaker.set(s.speaker, list);
	}
	const speakerPosition = new Map<string, number>();
	for (const list of perSpeaker.values()) for (const [i, s] of list.entries()) speakerPosition.set(s.id, i);
	return {
		inTime: (id) => {
			const i = position.get(id);
			return i === undefined ? { previous: undefined, next: undefined } : { previous: ordered[i - 1], next: ordered[i + 1] };
		},
		bySpeaker: (id) => {
			const i = position.get(id);
			const s = i === undefined ? undefined : ordered[i];
			const list = s ? perSpeaker.get(s.speaker)! : [];
			const j = speakerPosition.get(id) ?? -1;
			return j < 0 ? { previous: undefined, next: undefined } : { previous: list[j - 1], next: list[j + 1] };
		},
	};
}

/** The page the quote was copied from. Every statement has one (the loader guarantees it). */
export function primarySource(statement: Statement): StatementSource {
	const primary = statement.sources.find((s) => s.primary) ?? statement.sources[0];
	if (!primary) throw new Error(`${statement.id} has no source`);
	return primary;
}

/**
 * The dossier writes a republished report's outlet as "site (original or note)".
 * Shown as the site's name with the note beside it; the data keeps the text whole.
 */
export function splitOutlet(outlet: string): { site: string; note: string | null } {
	const m = /^(.*?)\s*\((.*)\)$/s.exec(outlet);
	return m?.[1] ? { site: m[1], note: m[2] ?? null } : { site: outlet, note: null };
}

/** A report's name for lists: its title, or an honest placeholder when the title was not seen. */
export function reportTitle(source: { title: string | null }): string {
	return source.title ?? (LANG === 'uk' ? 'Матеріал без заголовка' : 'Untitled report');
}

/**
 * The day the record was last reviewed: the latest day on which a statement was added, changed
 * or corrected, as written in the content (never the build date, which says nothing about it).
 */
export function lastReviewed(statements: readonly Statement[]): string | null {
	let latest: string | null = null;
	for (const s of statements) {
		for (const d of [s.added, s.updated, ...s.corrections.map((c) => c.date)]) if (d && (latest === null || d > latest)) latest = d;
	}
	return latest;
}
