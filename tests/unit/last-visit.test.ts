import { describe, expect, it } from 'vitest';
import { changedSince, readLastVisit } from '../../src/lib/last-visit.ts';

describe('new since the last visit', () => {
	const days = [['2026-12-03', 54, 2], ['2026-11-20', 10, 0], ['2026-11-01', 5, 1]] as const;

	it('counts what was added and corrected after the day the reader last saw', () => {
		expect(changedSince(days, { date: '2026-11-20', label: '20 Nov 2026' }, '2026-12-03')).toEqual({ added: 54, corrected: 2 });
		expect(changedSince(days, { date: '2026-10-01', label: '1 Oct 2026' }, '2026-12-03')).toEqual({ added: 69, corrected: 3 });
		expect(changedSince(days, { date: '2026-12-03', label: '3 Dec 2026' }, '2026-12-03')).toEqual({ added: 0, corrected: 0 });
	});

	it('ignores a note newer than the record, or one that is not ours', () => {
		expect(changedSince(days, { date: '2027-01-01', label: 'x' }, '2026-12-03')).toBeNull();
		expect(readLastVisit('{"date":"2026-11-20","label":"20 Nov 2026"}')).toEqual({ date: '2026-11-20', label: '20 Nov 2026' });
		expect(readLastVisit('not json')).toBeNull();
		expect(readLastVisit('{"date":3}')).toBeNull();
		expect(readLastVisit(null)).toBeNull();
	});
});
