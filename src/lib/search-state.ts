/**
 * A search as an address: `/search/?q=europe+do+that&speaker=donald-trump&stance=defers&sort=newest`.
 * The query, every filter (a parameter per value), a date range (`from`, `to`: months,
 * YYYY-MM), the sort and whether news reports are searched too (`reports=1`) live in the URL, so a search can
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
	/** The first month of a date range, `YYYY-MM`. */
	from?: string;
	/** The last month of a date range, `YYYY-MM`, inclusive. */
	to?: string;
	/** The news reports are searched too (their own index, loaded only when asked for). */
	reports?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months of `months` inside the state's date range, or null when it sets none. */
function monthsInRange(state: Pick<SearchState, 'from' | 'to'>, months: Iterable<string>): string[] | null {
	if (!state.from && !state.to) return null;
	return [...months].filter((m) => (!state.from || m >= state.from) && (!state.to || m <= state.to)).sort();
}

/**
 * The filters a search runs with: its own, and its date range as the months inside it (of
 * `months`, every month on record), kept to those ticked when months are ticked too. A range
 * holding no month on record leaves a value no record has, so it finds nothing, as it should.
 */
export function effectiveFilters(state: SearchState, months: Iterable<string>): SearchState['filters'] {
	const inRange = monthsInRange(state, months);
	if (inRange === null) return state.filters;
	const ticked = state.filters.month;
	const month = ticked ? inRange.filter((m) => ticked.includes(m)) : inRange;
	return { ...state.filters, month: month.length ? month : ['none'] };
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
	const state: SearchState = { q: params.get('q') ?? '', filters, sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance' };
	const from = params.get('from')?.trim();
	const to = params.get('to')?.trim();
	if (from && MONTH.test(from)) state.from = from;
	if (to && MONTH.test(to)) state.to = to;
	// `type=report` is how addresses asked for reports when they shared one index with statements.
	if (params.get('reports') === '1' || params.getAll('type').includes('report')) state.reports = true;
	return state;
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
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.reports) params.set('reports', '1');
	const qs = params.toString();
	return qs ? `?${qs}` : '';
}

/** The address of a search, for links: `searchPath({ filters: { speaker: ['donald-trump'] } })`. */
export function searchPath(state: Partial<SearchState>): string {
	return `${SEARCH_PATH}${searchQueryString(state)}`;
}

/** True when the search has neither words nor filters (nothing to look for). */
export function isEmptySearch(state: SearchState): boolean {
	return !state.q.trim() && Object.keys(state.filters).length === 0 && !state.from && !state.to;
}

/** Number of filter values selected; a date range counts as one. */
export function filterCount(state: SearchState): number {
	return Object.values(state.filters).reduce((n, values) => n + values.length, 0) + (state.from || state.to ? 1 : 0);
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
