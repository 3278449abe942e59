import { describe, expect, it } from 'vitest';
import { compareCodings, krippendorffAlpha } from '../../src/lib/reliability.ts';

describe("Krippendorff's alpha (nominal, two coders)", () => {
	it('is 1 when the coders agree on every unit', () => {
		expect(krippendorffAlpha([['a', 'a'], ['b', 'b'], ['a', 'a']])).toBe(1);
	});

	it('equals a hand computation from the coincidence matrix', () => {
		const a = ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd'];
		const b = ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd'];
		// Two units disagree: Do = 4/20. Values a 3, b 6, c 6, d 3, e 2 of n = 20:
		// De = (400 − (9 + 36 + 36 + 9 + 4)) / 380 = 306/380. α = 1 − 0.2 · 380/306 = 1 − 76/306.
		expect(krippendorffAlpha(a.map((x, i) => [x, b[i]!] as const))).toBeCloseTo(1 - 76 / 306, 12);
	});

	it('is below 0 when coders disagree more than chance', () => {
		expect(krippendorffAlpha([['a', 'b'], ['b', 'a']])).toBeLessThan(0);
	});
});

describe('comparing two codings', () => {
	it('counts agreement per dimension and lists each disagreement', () => {
		const one = [
			{ id: 's1', position: 'supports', usRole: 'leads', speechAct: 'states-policy', elements: ['backstop'] },
			{ id: 's2', position: 'opposes', usRole: 'no-role', speechAct: 'describes', elements: [] },
		];
		const two = [
			{ id: 's1', position: 'supports', usRole: 'backstop', speechAct: 'states-policy', elements: ['backstop'] },
			{ id: 's2', position: 'opposes', usRole: 'no-role', speechAct: 'describes', elements: ['ground-troops'] },
		];
		const r = compareCodings(one, two);
		expect(r.statements).toBe(2);
		expect(r.dimensions.find((d) => d.dimension === 'position')).toMatchObject({ units: 2, agreed: 2, alpha: 1 });
		expect(r.dimensions.find((d) => d.dimension === 'usRole')).toMatchObject({ units: 2, agreed: 1 });
		expect(r.disagreements).toEqual([
			{ id: 's1', dimension: 'usRole', published: 'leads', second: 'backstop' },
			{ id: 's2', dimension: 'elements', published: '(none)', second: 'ground-troops' },
		]);
	});
});
