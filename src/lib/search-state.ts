/**
 * A search as an address: `/search/?q=europe+do+that&speaker=donald-trump&stance=defers&sort=newest`.
 * The query, every filter (a parameter per value) and the sort live in the URL, so a search can
 * be shared, bookmarked, and walked through with back and forward. Pure, so pages (links to a
 * search) and the search page's script build and read addresses the same way.
 */
import { ROUTES } from './routes.ts';
import { FACET_KEYS, type FacetKey } from './search-facets.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
	/** The query as typed. */
	q: string;
	/** Selected values per filter; values of one filter are alternatives, filters combine. */
	filters: Partial<Record<FacetKey, string[]>>;
	sort: Sort;
}

export const SEARCH_PATH = ROUTES.search;

/** Reads a search from a URL's query string; unknown parameters and empty values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const key of FACET_KEYS) {
		const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
		if (values.length) filters[key] = values.sort();
	}
	const sort = params.get('sort');
	return { q: params.get('q') ?? '', filters, sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance' };
}

/**
 * The query string of a search ("?q=…&speaker=…"), or "" for an empty one. Filters come in the
 * fixed facet order with their values sorted, and the default sort is left out, so the same
 * search always has the same address.
 */
export function searchQueryString(state: Partial<SearchState>): string {
	const params = new URLSearchParams();
	if (state.q?.trim()) params.set('q', state.q);
	for (const key of FACET_KEYS) {
		for (const value of [...new Set(state.filters?.[key] ?? [])].sort()) params.append(key, value);
	}
	if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
	const qs = params.toString();
	return qs ? `?${qs}` : '';
}

/** The address of a search, for links: `searchPath({ filters: { speaker: ['donald-trump'] } })`. */
export function searchPath(state: Partial<SearchState>): string {
	return `${SEARCH_PATH}${searchQueryString(state)}`;
}

/** True when the search has neither words nor filters (nothing to look for). */
export function isEmptySearch(state: SearchState): boolean {
	return !state.q.trim() && Object.keys(state.filters).length === 0;
}

/** Number of filter values selected. */
export function filterCount(state: SearchState): number {
	return Object.values(state.filters).reduce((n, values) => n + values.length, 0);
}

/** The same search with one filter value added or removed. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
	const current = new Set(state.filters[key] ?? []);
	if (on) current.add(value);
	else current.delete(value);
	const filters = { ...state.filters };
	if (current.size) filters[key] = [...current].sort();
	else delete filters[key];
	return { ...state, filters };
}
