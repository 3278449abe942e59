import { describe, expect, it } from 'vitest';
import { noteSegments } from '../../src/lib/note-links.ts';

const onRecord = new Set(['zelensky-2025-03-15-x-contingent-guarantee-for-europe', 'kallas-2025-12-18-right-direction']);
const known = (id: string) => onRecord.has(id);

describe('noteSegments', () => {
	it('turns the id of a statement on record into a reference, keeping the text around it', () => {
		expect(noteSegments('Its third sentence is recorded as zelensky-2025-03-15-x-contingent-guarantee-for-europe, in English.', known)).toEqual([
			{ text: 'Its third sentence is recorded as ' },
			{ text: 'zelensky-2025-03-15-x-contingent-guarantee-for-europe', statement: 'zelensky-2025-03-15-x-contingent-guarantee-for-europe' },
			{ text: ', in English.' },
		]);
	});

	it('finds several references, in brackets and at the end of the note', () => {
		const segments = noteSegments('See (kallas-2025-12-18-right-direction) and zelensky-2025-03-15-x-contingent-guarantee-for-europe', known);
		expect(segments.filter((s) => s.statement).map((s) => s.statement)).toEqual(['kallas-2025-12-18-right-direction', 'zelensky-2025-03-15-x-contingent-guarantee-for-europe']);
		expect(segments.map((s) => s.text).join('')).toBe('See (kallas-2025-12-18-right-direction) and zelensky-2025-03-15-x-contingent-guarantee-for-europe');
	});

	it('leaves plain what only looks like an id, and a note without ids whole', () => {
		expect(noteSegments('Cut off as sanchez-2026-01-06-guarantees; dated 2026-01-06.', known)).toEqual([{ text: 'Cut off as sanchez-2026-01-06-guarantees; dated 2026-01-06.' }]);
		expect(noteSegments('No other report prints these words.', known)).toEqual([{ text: 'No other report prints these words.' }]);
	});
});
