/** Per-speaker facts for the speaker pages: their statements in order, date range, roles, stance counts. */
import type { Speaker, Stance, Statement } from './content/schemas.ts';
import { STANCES } from './content/schemas.ts';
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
	const out: SpeakerSummary[] = [];
	for (const [id, speaker] of speakers) {
		const own = statements.filter((s) => s.speaker === id).sort(compareStatements);
		const first = own[0];
		const last = own.at(-1);
		if (!first || !last) continue;
		const stanceCounts = Object.fromEntries(STANCES.map((st) => [st, 0])) as Record<Stance, number>;
		for (const s of own) stanceCounts[s.stance]++;
		out.push({ id, speaker, statements: own, count: own.length, first, last, roles: [...new Set(own.map((s) => s.role))], stanceCounts });
	}
	return out.sort((a, b) => a.speaker.name.localeCompare(b.speaker.name));
}
