/**
 * Our notes sometimes name another statement by its id ("the next sentence is recorded as
 * zelensky-2025-01-16-…"). On the page such a name becomes a link to that statement, so a
 * reader can follow it instead of copying an id; anything that looks like an id but names no
 * statement on record stays plain text.
 */

/** A run of a note's text, or a reference to a statement on record (`statement` is its id). */
export type NoteSegment = { text: string; statement?: undefined } | { text: string; statement: string };

/** Statement ids: a speaker slug, a year from 2000, then the rest of the slug. */
const ID = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-20\d\d(?:-[a-z0-9]+)+/g;

/** Splits `text` into plain runs and references to the statements `isStatement` knows. */
export function noteSegments(text: string, isStatement: (id: string) => boolean): NoteSegment[] {
	const out: NoteSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(ID)) {
		const id = match[0];
		if (!isStatement(id)) continue;
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: id, statement: id });
		last = match.index + id.length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
