import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/content/schemas.ts';
import { makeStatement } from './factory.ts';
import { dateSpan, eventLanes, placeMarks, sameOccasion, shifts, timeScale } from '../../src/lib/positions.ts';

const st = (id: string, date: string, stance: Statement['stance'], datePrecision: Statement['datePrecision'] = 'day') => makeStatement(id, date, { stance, datePrecision, speaker: 'x' });

describe('shifts of position or U.S. role', () => {
	const c = (id: string, date: string, position: Statement['position'], usRole: Statement['usRole'], extra: Partial<Statement> = {}) =>
		makeStatement(id, date, { position, usRole, speaker: 'x', setting: 'Press conference', ...extra });

	it('join statements of different occasions only, saying what changed and how long between', () => {
		const list = [
			c('d', '2026-01-07', 'conditional', 'takes-part'),
			c('a', '2025-02-26', 'supports', 'backstop'),
			c('b', '2025-02-27', 'supports', 'backstop'),
			c('c', '2025-08-18', 'supports', 'takes-part'),
		];
		expect(shifts(list).map((s) => `${s.from.id}→${s.to.id} ${s.changed.join('+')} ${s.days}d`)).toEqual(['b→c usRole 172d', 'c→d position 142d']);
		expect(shifts([c('a', '2025-01-01', 'supports', 'backstop')])).toEqual([]);
	});

	it('never join two statements of one interview or event; those differences are listed as said on the same occasion', () => {
		const list = [
			c('a', '2025-02-26', 'supports', 'backstop', { setting: 'Cabinet meeting' }),
			c('b', '2025-02-26', 'opposes', 'no-role', { setting: 'Cabinet meeting' }),
			c('e1', '2026-01-07', 'supports', 'leads', { event: 'nyt-interview-2026-01-07', setting: 'Interview' }),
			c('e2', '2026-01-08', 'conditional', 'takes-part', { event: 'nyt-interview-2026-01-07', setting: 'Interview, second part' }),
		];
		const found = shifts(list);
		for (const s of found) expect(s.from.event === s.to.event && s.from.event !== null ? 'same event' : `${s.from.date}|${s.from.setting}` === `${s.to.date}|${s.to.setting}` ? 'same setting' : 'ok').toBe('ok');
		expect(found.map((s) => `${s.from.id}→${s.to.id}`)).toEqual(['b→e1']);
		expect(sameOccasion(list).map((s) => `${s.from.id}→${s.to.id}`)).toEqual(['a→b', 'e1→e2']);
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

describe('event marks on a time axis', () => {
	it('stack marks that would overlap into lanes, and keep the rest on the first', () => {
		expect(eventLanes([0, 10, 15, 30, 100], 24)).toEqual([0, 1, 2, 0, 0]);
		expect(eventLanes([], 24)).toEqual([]);
	});
});
