import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/lib/diff.ts';
import { makeStatement } from './factory.ts';
import { groupByMonth, neighbours, newestFirst, splitOutlet } from '../../src/lib/statements.ts';

const statement = (id: string, date: string, speaker = 'a') => makeStatement(id, date, { speaker });

describe('timeline order and grouping', () => {
	const list = [statement('x', '2025-02-26'), statement('y', '2025-02'), statement('z', '2025-03-01', 'b'), statement('w', '2025-02-26', 'b')];

	it('orders newest first, a month-only date after the days of its month', () => {
		expect(newestFirst(list).map((s) => s.id)).toEqual(['z', 'x', 'w', 'y']);
	});

	it('groups by month in the given order, with readable labels', () => {
		const groups = groupByMonth(newestFirst(list));
		expect(groups.map((g) => [g.key, g.label, g.statements.map((s) => s.id)])).toEqual([
			['2025-03', 'March 2025', ['z']],
			['2025-02', 'February 2025', ['x', 'w', 'y']],
		]);
	});

	it('finds neighbours in time and by the same speaker', () => {
		expect(neighbours(list, 'x')).toMatchObject({ previous: { id: 'w' }, next: { id: 'z' } });
		expect(neighbours(list, 'x', (s) => s.speaker === 'a')).toMatchObject({ previous: { id: 'y' }, next: undefined });
		expect(neighbours(list, 'y').previous).toBeUndefined();
	});
});

describe('outlets', () => {
	it('splits the site from the original outlet the dossier names in brackets', () => {
		expect(splitOutlet('dnyuz.com (republication of The New York Times)')).toEqual({ site: 'dnyuz.com', note: 'republication of The New York Times' });
		expect(splitOutlet('TASS')).toEqual({ site: 'TASS', note: null });
	});
});

describe('word differences between wordings', () => {
	it('marks the words that differ and keeps each text exact', () => {
		const a = "I'm not going to make security guarantees beyond very much,";
		const b = 'I’m not going to provide security guarantees beyond very much.';
		const diff = wordDiff(a, b);
		expect(diff.b.map((s) => s.text).join('')).toBe(b);
		expect(diff.a.map((s) => s.text).join('')).toBe(a);
		expect(diff.b.filter((s) => s.changed).map((s) => s.text)).toEqual(['provide', 'much.']);
	});

	it('marks a word repeated after a shared opening, and each difference after it', () => {
		expect(wordDiff('we will, we will stand', 'we will stand').a.filter((s) => s.changed).map((s) => s.text)).toEqual(['will, we']);
		const diff = wordDiff('Europe must lead, and the US will back it.', 'Europe must lead and the U.S. will back it.');
		expect(diff.b).toEqual([
			{ text: 'Europe must ', changed: false },
			{ text: 'lead', changed: true },
			{ text: ' and the ', changed: false },
			{ text: 'U.S.', changed: true },
			{ text: ' will back it.', changed: false },
		]);
	});

	it('finds nothing to mark in identical wordings', () => {
		expect(wordDiff('same words here', 'same words here').b).toEqual([{ text: 'same words here', changed: false }]);
	});
});

describe('the neighbour index', () => {
	it('agrees with neighbours() for every statement, in time and by speaker', async () => {
		const { neighbourIndex } = await import('../../src/lib/statements.ts');
		const list = [statement('x', '2025-02-26'), statement('y', '2025-02'), statement('z', '2025-03-01', 'b'), statement('w', '2025-02-26', 'b'), statement('v', '2025-04-01')];
		const index = neighbourIndex(list);
		for (const s of list) {
			expect(index.inTime(s.id)).toEqual(neighbours(list, s.id));
			expect(index.bySpeaker(s.id)).toEqual(neighbours(list, s.id, (o) => o.speaker === s.speaker));
		}
	});
});
