import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content/load.ts';
import { facetLabels, facetOptions, reportFilters, statementFilters } from '../../src/lib/search-facets.ts';

const result = loadContentDir('tests/fixtures/content', { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const ada = statements.get('ada-lovelace-2025-03-01-engine')!;
const marti = statements.get('jose-marti-2025-02-patria')!;

describe('filter values written into the index', () => {
	it('give a statement every filter, outlets as their site names, once each', () => {
		expect(statementFilters(ada, speakers.get('ada-lovelace')!)).toEqual({
			speaker: ['ada-lovelace'],
			country: ['United Kingdom'],
			position: ['supports'],
			usRole: ['backstop'],
			speechAct: ['states-policy'],
			element: [],
			event: [],
			stance: ['demands'],
			year: ['2025'],
			month: ['2025-03'],
			kind: ['direct_quote'],
			outlet: ['Example Times', 'Example Post'],
			topic: ['europe-role'],
		});
		expect(statementFilters(marti, speakers.get('jose-marti')!).month).toEqual(['2025-02']);
	});

	it('give a report (in the reports’ own index) its outlet, and a date only when its page shows one', () => {
		expect(reportFilters('Example Times (Reuters copy)', '2025-03-02')).toEqual({ outlet: ['Example Times'], year: ['2025'], month: ['2025-03'] });
		expect(reportFilters('Example Post', null)).toEqual({ outlet: ['Example Post'] });
	});

	it('come with readable labels for ids', () => {
		const labels = facetLabels([...statements.values()], speakers, ['2024-12']);
		expect(labels.speaker).toEqual({ 'ada-lovelace': 'Ada Lovelace', 'jose-marti': 'José Martí' });
		expect(labels.month).toEqual({ '2024-12': 'December 2024', '2025-02': 'February 2025', '2025-03': 'March 2025' });
	});
});

describe('filter values offered on the search page', () => {
	const labels = facetLabels([...statements.values()], speakers);

	it('list values that still find something, and ticked ones even at zero', () => {
		const options = facetOptions('speaker', { 'ada-lovelace': 3, 'jose-marti': 0 }, ['jose-marti'], labels);
		expect(options).toEqual([
			{ value: 'ada-lovelace', label: 'Ada Lovelace', count: 3, checked: false },
			{ value: 'jose-marti', label: 'José Martí', count: 0, checked: true },
		]);
		expect(facetOptions('speaker', { 'jose-marti': 0 }, [], labels)).toEqual([]);
	});

	it('keep stances in the rubric order, months newest first, the rest by count', () => {
		expect(facetOptions('stance', { reports: 9, commits: 1, defers: 4 }, [], labels).map((o) => o.value)).toEqual(['commits', 'defers', 'reports']);
		expect(facetOptions('month', { '2025-02': 5, '2025-03': 1 }, [], labels).map((o) => o.label)).toEqual(['March 2025', 'February 2025']);
		expect(facetOptions('outlet', { B: 1, A: 1, C: 7 }, [], labels).map((o) => o.value)).toEqual(['C', 'A', 'B']);
	});
});
