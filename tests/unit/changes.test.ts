import { describe, expect, it } from 'vitest';
import { addedBySpeaker, changeDays, changesSince } from '../../src/lib/changes.ts';
import { makeStatement } from './factory.ts';

describe('what changed, from the dates in the content', () => {
	const a = makeStatement('a', '2025-02-26', { added: '2026-11-22' });
	const b = makeStatement('b', '2025-08-18', { added: '2026-12-03' });
	const c = makeStatement('c', '2026-02-23', { added: '2026-11-22', updated: '2026-12-03', corrections: [{ date: '2026-12-03', change: 'The date was 24 February; it is 23 February.', reason: 'CNN says Monday.' }] });

	it('groups additions and corrections by day, newest day first', () => {
		const days = changeDays([a, b, c]);
		expect(days.map((d) => [d.date, d.added.map((s) => s.id), d.corrected.map((x) => x.statement.id)])).toEqual([
			['2026-12-03', ['b'], ['c']],
			['2026-11-22', ['c', 'a'], []],
		]);
	});

	it('counts what changed in the 30 days up to a day', () => {
		expect(changesSince([a, b, c], '2026-12-03')).toEqual({ since: '2026-11-04', added: 3, corrected: 1 });
		expect(changesSince([a, b, c], '2026-12-03', 5)).toEqual({ since: '2026-11-29', added: 1, corrected: 1 });
	});
});

describe('a large day of additions', () => {
	it('is listed by speaker, most first, so the page stays small however large an import', () => {
		const added = [makeStatement('a1', '2025-01-01', { speaker: 'a' }), makeStatement('b1', '2025-01-01', { speaker: 'b' }), makeStatement('b2', '2025-01-02', { speaker: 'b' }), makeStatement('c1', '2025-01-03', { speaker: 'c' })];
		expect(addedBySpeaker(added)).toEqual([{ speaker: 'b', count: 2 }, { speaker: 'a', count: 1 }, { speaker: 'c', count: 1 }]);
	});
});
