import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/content/schemas.ts';
import { makeStatement } from './factory.ts';
import { dateSpan, placeMarks, stanceShifts, timeScale } from '../../src/lib/positions.ts';

const st = (id: string, date: string, stance: Statement['stance'], datePrecision: Statement['datePrecision'] = 'day') => makeStatement(id, date, { stance, datePrecision, speaker: 'x' });

describe('stance shifts', () => {
	it('lists each change between consecutive statements in date order, and nothing else', () => {
		const list = [st('c', '2025-08-18', 'commits'), st('a', '2025-02-26', 'defers'), st('b', '2025-02-27', 'defers'), st('d', '2026-01-07', 'conditional')];
		expect(stanceShifts(list).map((s) => `${s.from.id}→${s.to.id} ${s.from.stance}→${s.to.stance}`)).toEqual(['b→c defers→commits', 'c→d commits→conditional']);
		expect(stanceShifts([st('a', '2025-01-01', 'defers')])).toEqual([]);
	});
});

describe('date spans', () => {
	it('is a point for an exact day, the month for a month, a fortnight for an approximate day', () => {
		expect(dateSpan(st('a', '2025-02-26', 'defers'))).toMatchObject({ point: true });
		const month = dateSpan(st('a', '2025-02', 'defers', 'approximate'));
		expect([month.start.getDate(), month.end.getDate(), month.point]).toEqual([1, 28, false]);
		const approx = dateSpan(st('a', '2025-02-09', 'defers', 'approximate'));
		expect([approx.start.getDate(), approx.end.getDate()]).toEqual([2, 16]);
	});
});

describe('scale and placement', () => {
	const scale = timeScale('2025-01-21', '2025-12-31', 365);
	it('maps the first day of the first month to 0 and the last day of the last month to the width', () => {
		expect(scale.x(new Date(2025, 0, 1))).toBe(0);
		expect(scale.x(new Date(2025, 11, 31))).toBeCloseTo(365);
		expect(scale.ticks().map((t) => t.label)).toEqual(['Jan 2025', 'Apr 2025', 'Jul 2025', 'Oct 2025']);
	});
	it('sets same-day marks side by side instead of on top of each other', () => {
		const placed = placeMarks([st('a', '2025-02-24', 'defers'), st('b', '2025-02-24', 'defers'), st('c', '2025-06-01', 'defers')], scale, 10);
		expect(placed[1]!.cx - placed[0]!.cx).toBe(10);
		expect(placed[2]!.cx).toBe(scale.x(new Date(2025, 5, 1)));
	});
});
