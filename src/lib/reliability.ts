/**
 * Agreement between two independent codings of the record: Krippendorff's α for nominal data,
 * per dimension (research/coding-reliability.md and the methodology page show it). α is
 * computed from the committed codings at build time, never typed in.
 */
import { ELEMENTS } from './coding.ts';

/** Krippendorff's α (nominal) for units each coded by two coders. 1 = perfect, 0 = chance. */
export function krippendorffAlpha(pairs: readonly (readonly [string, string])[]): number {
	const o = new Map<string, Map<string, number>>();
	const add = (a: string, b: string) => {
		const row = o.get(a) ?? new Map<string, number>();
		row.set(b, (row.get(b) ?? 0) + 1);
		o.set(a, row);
	};
	for (const [a, b] of pairs) {
		add(a, b);
		add(b, a);
	}
	const n = pairs.length * 2;
	if (n < 2) return Number.NaN;
	const totals = new Map<string, number>();
	for (const [c, row] of o) totals.set(c, [...row.values()].reduce((x, y) => x + y, 0));
	let disagreeObserved = 0;
	for (const [c, row] of o) for (const [k, v] of row) if (c !== k) disagreeObserved += v;
	let disagreeExpected = 0;
	for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) disagreeExpected += nc * nk;
	const Do = disagreeObserved / n;
	const De = disagreeExpected / (n * (n - 1));
	// Every unit coded with one value by both coders: no variation to disagree on.
	if (De === 0) return 1;
	return 1 - Do / De;
}

export interface CodeSet {
	id: string;
	position: string;
	usRole: string;
	speechAct: string;
	elements: readonly string[];
}

export interface DimensionAgreement {
	dimension: 'position' | 'usRole' | 'speechAct' | 'elements';
	/** Units compared: statements, or statement × element pairs for elements. */
	units: number;
	agreed: number;
	alpha: number;
}

export interface Disagreement {
	id: string;
	dimension: DimensionAgreement['dimension'];
	published: string;
	second: string;
}

/** α per dimension between the published codes and a second, blind coding of the same statements. */
export function compareCodings(published: readonly CodeSet[], second: readonly CodeSet[]): { statements: number; dimensions: DimensionAgreement[]; disagreements: Disagreement[] } {
	const byId = new Map(second.map((c) => [c.id, c]));
	const both = published.filter((c) => byId.has(c.id)).map((c) => [c, byId.get(c.id)!] as const);
	const dimensions: DimensionAgreement[] = [];
	const disagreements: Disagreement[] = [];
	for (const dimension of ['position', 'usRole', 'speechAct'] as const) {
		const pairs = both.map(([a, b]) => [a[dimension], b[dimension]] as const);
		for (const [a, b] of both) if (a[dimension] !== b[dimension]) disagreements.push({ id: a.id, dimension, published: a[dimension], second: b[dimension] });
		dimensions.push({ dimension, units: pairs.length, agreed: pairs.filter(([a, b]) => a === b).length, alpha: krippendorffAlpha(pairs) });
	}
	const elementPairs: [string, string][] = [];
	for (const [a, b] of both) {
		for (const e of ELEMENTS) elementPairs.push([String(a.elements.includes(e)), String(b.elements.includes(e))]);
		const sa = [...a.elements].sort().join(', ');
		const sb = [...b.elements].sort().join(', ');
		if (sa !== sb) disagreements.push({ id: a.id, dimension: 'elements', published: sa || '(none)', second: sb || '(none)' });
	}
	dimensions.push({ dimension: 'elements', units: elementPairs.length, agreed: elementPairs.filter(([a, b]) => a === b).length, alpha: krippendorffAlpha(elementPairs) });
	return { statements: both.length, dimensions, disagreements };
}
