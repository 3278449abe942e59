import { describe, expect, it } from 'vitest';
import { monthKeysBetween } from '../../src/lib/dates.ts';
import { eventsByMonth, latestShifts, monthCells, positionGroups, speakerCellCount } from '../../src/lib/positions.ts';
import { SPEAKER_PAGE_SIZE, speakerCardHref, speakerSummaries } from '../../src/lib/speakers.ts';
import { makeStatement } from './factory.ts';

describe('the month axis of /positions/', () => {
	it('lists every month from the first to the last, empty ones and year ends included', () => {
		expect(monthKeysBetween('2025-11-20', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthKeysBetween('2025-03', '2025-03-31')).toEqual(['2025-03']);
	});
});

describe('month cells', () => {
	const s = (id: string, date: string, position: 'supports' | 'conditional' | 'opposes') => makeStatement(id, date, { position, speaker: 'x' });

	it('put each statement in the month of its date, month-only dates included, oldest first', () => {
		const cells = monthCells([s('b', '2025-03-20', 'supports'), s('a', '2025-03', 'opposes'), s('c', '2025-05-01', 'supports')], 'position');
		expect([...cells.keys()]).toEqual(['2025-03', '2025-05']);
		expect(cells.get('2025-03')!.statements.map((x) => x.id)).toEqual(['a', 'b']);
	});

	it('draw a cell with its commonest value, the latest said among equally common ones, and count every value', () => {
		const common = monthCells([s('a', '2025-03-01', 'opposes'), s('b', '2025-03-02', 'supports'), s('c', '2025-03-03', 'opposes')], 'position').get('2025-03')!;
		expect(common.value).toBe('opposes');
		expect(common.counts).toEqual([{ value: 'supports', n: 1 }, { value: 'opposes', n: 2 }]);
		const tie = monthCells([s('a', '2025-03-01', 'opposes'), s('b', '2025-03-09', 'conditional')], 'position').get('2025-03')!;
		expect(tie.value).toBe('conditional');
	});
});

describe('events by month', () => {
	it('group events by the month they start in, keeping their order', () => {
		const byMonth = eventsByMonth([
			['a', { start: '2025-08-15' }],
			['b', { start: '2025-08-18' }],
			['c', { start: '2025-09-04' }],
		] as const);
		expect([...byMonth].map(([m, l]) => `${m}:${l.map(([id]) => id).join('')}`)).toEqual(['2025-08:ab', '2025-09:c']);
	});
});

describe('where a chart cell of several statements links', () => {
	const many = Array.from({ length: SPEAKER_PAGE_SIZE + 5 }, (_, i) => makeStatement(`s${i}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, { speaker: 'x' }));

	it('to the card on the speaker page when every card is there', () => {
		expect(speakerCardHref({ id: 'x', statements: many.slice(0, 3) }, 's1')).toBe('/speakers/x/#s1');
	});

	it('to the numbered list page that holds the card when the speaker has list pages', () => {
		expect(speakerCardHref({ id: 'x', statements: many }, 's0')).toBe('/speakers/x/statements/1/#s0');
		expect(speakerCardHref({ id: 'x', statements: many }, `s${SPEAKER_PAGE_SIZE + 1}`)).toBe('/speakers/x/statements/2/#s101');
		expect(() => speakerCardHref({ id: 'x', statements: many }, 'other')).toThrow(/not a statement of x/);
	});
});

describe('groups on /positions/', () => {
	const statements = [
		makeStatement('u1', '2025-02-01', { speaker: 'us' }),
		makeStatement('u2', '2025-02-20', { speaker: 'us' }),
		makeStatement('u3', '2025-04-01', { speaker: 'us' }),
		makeStatement('f1', '2025-02-03', { speaker: 'fr' }),
		makeStatement('g1', '2025-02-04', { speaker: 'de' }),
	];
	const speakers = new Map([
		['us', { name: 'A', country: 'United States' }],
		['fr', { name: 'B', country: 'France' }],
		['de', { name: 'C', country: 'Germany' }],
	]) as unknown as Parameters<typeof speakerSummaries>[1];
	const groups = positionGroups(speakerSummaries(statements, speakers));

	it('put the United States first, the rest in alphabetical order, each drawn on its own dimension', () => {
		expect(groups.map((g) => `${g.slug}:${g.dimension}:${g.statements.length}`)).toEqual(['united-states:usRole:3', 'france:position:1', 'germany:position:1']);
	});

	it('count a cell per speaker per month spoken in, which decides between speaker rows and group rows', () => {
		expect(speakerCellCount(groups)).toBe(4);
	});
});

describe('the compare page’s ready comparisons', () => {
	it('are every speaker’s shifts, newest first by the later statement', () => {
		const speakers = new Map([
			['a', { name: 'A', country: 'France' }],
			['b', { name: 'B', country: 'Italy' }],
		]) as unknown as Parameters<typeof speakerSummaries>[1];
		const list = [
			makeStatement('a1', '2025-01-01', { speaker: 'a', position: 'supports' }),
			makeStatement('a2', '2025-03-01', { speaker: 'a', position: 'opposes' }),
			makeStatement('b1', '2025-01-05', { speaker: 'b', position: 'supports' }),
			makeStatement('b2', '2025-06-01', { speaker: 'b', position: 'conditional' }),
			makeStatement('b3', '2025-02', { speaker: 'b', position: 'none' }),
		];
		expect(latestShifts(speakerSummaries(list, speakers)).map(({ name, shift }) => `${name}:${shift.from.id}→${shift.to.id}`)).toEqual(['B:b3→b2', 'A:a1→a2', 'B:b1→b3']);
	});
});

describe('speaker summaries', () => {
	it('give each speaker with statements their own, oldest first, whatever order the record comes in, and leave out a speaker with none', () => {
		const speakers = new Map([
			['a', { name: 'Zoe', country: 'France' }],
			['b', { name: 'Adam', country: 'Italy' }],
			['c', { name: 'Mia', country: 'Spain' }],
		]) as unknown as Parameters<typeof speakerSummaries>[1];
		const list = [
			makeStatement('a2', '2025-03-01', { speaker: 'a', role: 'Minister' }),
			makeStatement('b1', '2025-01-05', { speaker: 'b' }),
			makeStatement('a1', '2025-01-01', { speaker: 'a', role: 'Deputy' }),
			makeStatement('a3', '2025-03-01', { speaker: 'a', role: 'Deputy' }),
		];
		const summaries = speakerSummaries(list, speakers);
		expect(summaries.map((s) => `${s.speaker.name}:${s.statements.map((x) => x.id).join(',')}:${s.count}`)).toEqual(['Adam:b1:1', 'Zoe:a1,a2,a3:3']);
		expect(summaries[1]).toMatchObject({ first: { id: 'a1' }, last: { id: 'a3' }, roles: ['Deputy', 'Minister'] });
	});
});
