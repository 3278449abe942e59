import { describe, expect, it } from 'vitest';
import { filterCount, isEmptySearch, parseSearchState, searchPath, searchQueryString, toggleFilter } from '../../src/lib/search-state.ts';

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
