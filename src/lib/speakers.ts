/** Per-speaker facts for the speaker pages: their statements in order, date range, roles, stance counts. */
import type { Speaker, Stance, Statement } from './content/schemas.ts';
import { STANCES } from './content/schemas.ts';
import { formatStatementDate } from './dates.ts';
import { speakerListPath, speakerPath } from './routes.ts';
import { compareStatements } from './statements.ts';

export interface SpeakerSummary {
	id: string;
	speaker: Speaker;
	/** Oldest first. */
	statements: Statement[];
	count: number;
	first: Statement;
	last: Statement;
	/** Roles in the order first held on record. */
	roles: string[];
	stanceCounts: Record<Stance, number>;
}

/** One summary per speaker with at least one statement, sorted by name. */
export function speakerSummaries(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>): SpeakerSummary[] {
	// Grouped in one pass: a filter of the whole record per speaker took 2–3 s of a
	// 20,000-statement build (300 speakers), on the one thread that renders the pages.
	const bySpeaker = Map.groupBy(statements, (s) => s.speaker);
	const out: SpeakerSummary[] = [];
	for (const [id, speaker] of speakers) {
		const own = (bySpeaker.get(id) ?? []).sort(compareStatements);
		const first = own[0];
		const last = own.at(-1);
		if (!first || !last) continue;
		const stanceCounts = Object.fromEntries(STANCES.map((st) => [st, 0])) as Record<Stance, number>;
		for (const s of own) stanceCounts[s.stance]++;
		out.push({ id, speaker, statements: own, count: own.length, first, last, roles: [...new Set(own.map((s) => s.role))], stanceCounts });
	}
	return out.sort((a, b) => a.speaker.name.localeCompare(b.speaker.name));
}

/**
 * A speaker with more statements than this gets their cards on numbered list pages
 * (`/speakers/<id>/statements/<n>/`) instead of all on their own page, which keeps every
 * speaker page small however long the record grows (one with 500 cards was 164 KB gzipped).
 */
export const SPEAKER_PAGE_SIZE = 100;
/** A speaker page lists at most this many stance shifts, the latest; the rest are on `/speakers/<id>/shifts/`. */
export const SHIFT_LIMIT = 10;
/** Shifts on each page of `/speakers/<id>/shifts/`: each quotes two statements, so pages stay under the size limit. */
export const SHIFTS_PER_PAGE = 40;


export interface SpeakerListPage {
	/** 1-based. */
	page: number;
	pages: number;
	/** Oldest first, like the chart. */
	statements: Statement[];
	path: string;
}

/** "3 Jan 2024 to 5 Mar 2024": the dates of a list page's first and last statement. */
export function dateRange(list: readonly Statement[]): string {
	const first = list[0];
	const last = list.at(-1);
	if (!first || !last) throw new Error('dateRange of an empty list');
	return `${formatStatementDate(first.date, first.datePrecision)} to ${formatStatementDate(last.date, last.datePrecision)}`;
}


/** The numbered list pages of a speaker's statements; none when they all fit on the speaker page. */
export function speakerListPages(summary: Pick<SpeakerSummary, 'id' | 'statements'>): SpeakerListPage[] {
	const { id, statements } = summary;
	if (statements.length <= SPEAKER_PAGE_SIZE) return [];
	const pages = Math.ceil(statements.length / SPEAKER_PAGE_SIZE);
	return Array.from({ length: pages }, (_, i) => ({
		page: i + 1,
		pages,
		statements: statements.slice(i * SPEAKER_PAGE_SIZE, (i + 1) * SPEAKER_PAGE_SIZE),
		path: speakerListPath(id, i + 1),
	}));
}

/**
 * Where a statement's card is on its speaker's pages: the speaker page, or the numbered list
 * page that holds it, with the card's anchor. A chart cell that stands for several statements
 * links here, to the first of them, with the rest following in order.
 */
export function speakerCardHref(summary: Pick<SpeakerSummary, 'id' | 'statements'>, statementId: string): string {
	const pages = speakerListPages(summary);
	const page = pages.find((p) => p.statements.some((s) => s.id === statementId));
	if (pages.length > 0 && !page) throw new Error(`${statementId} is not a statement of ${summary.id}`);
	return `${page ? page.path : speakerPath(summary.id)}#${statementId}`;
}
