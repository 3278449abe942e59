import { describe, expect, it } from 'vitest';
import { effectiveFilters, filterCount, isEmptySearch, parseSearchState, searchPath, searchQueryString, toggleFilter } from '../../src/lib/search-state.ts';

describe('a search in the address', () => {
	it('reads the query, every filter value and the sort', () => {
		expect(parseSearchState('?q=europe+do+that&speaker=donald-trump&stance=defers&stance=commits&sort=newest')).toEqual({
			q: 'europe do that',
			filters: { speaker: ['donald-trump'], stance: ['commits', 'defers'] },
			sort: 'newest',
		});
	});

	it('ignores unknown parameters, empty and repeated values, and an unknown sort', () => {
		expect(parseSearchState('?utm=x&speaker=&topic=nato&topic=nato&sort=random')).toEqual({ q: '', filters: { topic: ['nato'] }, sort: 'relevance' });
	});

	it('writes the same address for the same search, whatever the order things were chosen in', () => {
		const a = searchQueryString({ q: 'europe do that', filters: { stance: ['defers'], speaker: ['donald-trump'] }, sort: 'relevance' });
		const b = searchQueryString({ q: 'europe do that', filters: { speaker: ['donald-trump'], stance: ['defers'] } });
		expect(a).toBe('?q=europe+do+that&speaker=donald-trump&stance=defers');
		expect(b).toBe(a);
		expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
	});

	it('survives a round trip, phrases, commas and non-Latin letters included', () => {
		const state = { q: '"Article 5-like" 200,000 Türkiye', filters: { outlet: ['Newser (citing the Washington Post)'], month: ['2025-08'] }, sort: 'oldest' as const };
		expect(parseSearchState(searchQueryString(state))).toEqual(state);
	});

	it('builds links to a search for pages', () => {
		expect(searchPath({ filters: { topic: ['article-5'] } })).toBe('/search/?topic=article-5');
		expect(searchPath({})).toBe('/search/');
	});

	it('adds and removes one filter value at a time', () => {
		let state = parseSearchState('?q=x');
		state = toggleFilter(state, 'stance', 'defers', true);
		state = toggleFilter(state, 'stance', 'commits', true);
		expect(state.filters).toEqual({ stance: ['commits', 'defers'] });
		expect(filterCount(state)).toBe(2);
		state = toggleFilter(toggleFilter(state, 'stance', 'defers', false), 'stance', 'commits', false);
		expect(state.filters).toEqual({});
		expect(isEmptySearch({ ...state, q: '' })).toBe(true);
		expect(isEmptySearch(state)).toBe(false);
	});
});

describe('a date range', () => {
	it('lives in the address as from and to months, and a month that is not one is ignored', () => {
		const state = parseSearchState('?q=troops&from=2025-03&to=2025-08');
		expect(state).toMatchObject({ q: 'troops', from: '2025-03', to: '2025-08' });
		expect(searchQueryString(state)).toBe('?q=troops&from=2025-03&to=2025-08');
		expect(parseSearchState('?from=2025-13&to=last-week')).toEqual({ q: '', filters: {}, sort: 'relevance' });
		expect(isEmptySearch(parseSearchState('?from=2026-01'))).toBe(false);
		expect(filterCount(parseSearchState('?from=2026-01&to=2026-02&speaker=x'))).toBe(2);
	});

	it('searches the months inside it, kept to the ticked months, and finds nothing when none is on record', () => {
		const months = ['2025-02', '2025-03', '2025-08', '2026-01'];
		expect(effectiveFilters(parseSearchState('?from=2025-03&to=2025-12&speaker=x'), months)).toEqual({ speaker: ['x'], month: ['2025-03', '2025-08'] });
		expect(effectiveFilters(parseSearchState('?from=2025-03'), months)).toEqual({ month: ['2025-03', '2025-08', '2026-01'] });
		expect(effectiveFilters(parseSearchState('?to=2025-03&month=2025-03&month=2026-01'), months)).toEqual({ month: ['2025-03'] });
		expect(effectiveFilters(parseSearchState('?from=2025-04&to=2025-07'), months)).toEqual({ month: ['none'] });
		expect(effectiveFilters(parseSearchState('?speaker=x'), months)).toEqual({ speaker: ['x'] });
	});
});

describe('asking for the news reports too', () => {
	it('is kept in the address as reports=1, and an old address’s type=report asks for them', () => {
		const state = parseSearchState('?q=kyiv&reports=1');
		expect(state.reports).toBe(true);
		expect(searchQueryString(state)).toBe('?q=kyiv&reports=1');
		expect(parseSearchState('?q=kyiv&type=report').reports).toBe(true);
		expect(parseSearchState('?q=kyiv').reports).toBeUndefined();
		expect(searchQueryString(parseSearchState('?q=kyiv&type=statement'))).toBe('?q=kyiv');
	});
});
