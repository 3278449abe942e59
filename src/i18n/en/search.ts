/** The search page's words, the page's and its script's (quote-search.ts, result-view.ts, engine.ts): part of `en` (../en.ts). */
import { common, plural } from './common.ts';

const { statements } = common;

export const search = {
	// The page, as the server renders it.
	title: 'Search',
	description: (n: number) => `Search ${n} statements on U.S. security guarantees for Ukraine by the words of the quote, the speaker, the report, with filters; every search has its own address.`,
	heading: 'Search the record',
	noJs: '<strong>Search needs JavaScript</strong>, which is off or did not load in this browser. Everything else on the site works without it:',
	noJsTimeline: 'the timeline of every statement, newest first',
	noJsSpeakers: 'the speakers and each one’s statements',
	form: 'Quote search',
	box: 'Words from a quote, a speaker’s name, or a report',
	submit: 'Search',
	help: 'Results appear as you type. For an exact phrase, put it in double quotes: <code>"have Europe do that"</code>. Press <kbd>/</kbd> to come back to this box, <kbd>↓</kbd> and <kbd>↑</kbd> to move through the results.',
	devNotice: 'Development server: search uses the index of your last <code>npm run build</code>, so edits made since then are not in it. <code>npm start</code> builds and serves the site with a fresh index.',
	filters: 'Filters',
	dateRange: 'Date (months)',
	dateFrom: 'From',
	dateTo: 'To',
	results: 'Results',
	sort: 'Sort',
	sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
	more: 'Show more results',
	reports: 'News reports',
	reportsIntro: 'The reports the statements were read in are searched apart, when you ask: their own index loads then.',
	reportsSearch: 'Search the news reports too',
	reportsMore: 'Show more reports',
	// The script (quote-search.ts, result-view.ts, engine.ts).
	loadingFilters: 'Loading filters…',
	hint: (statementCount: number, reports: number) => `Type to search ${statements(statementCount)} and ${plural(reports, 'news report', 'news reports')}, or choose a filter.`,
	failed: (message: string) => `The search failed: ${message}`,
	noSearch: 'Pagefind returned no search',
	/** `order`: the order named after the count, if any. */
	status: (total: number, query: string, filters: number, order: 'oldest' | 'newest' | null) =>
		`${[plural(total, 'result', 'results'), ...(query ? [`for “${query}”`] : []), ...(filters ? [`with ${plural(filters, 'filter', 'filters')}`] : [])].join(' ')}${order === 'oldest' ? ', oldest first' : order === 'newest' ? ', newest first' : ''}.`,
	/** While an exact phrase is still being checked against the later candidates. */
	statusSearching: (found: number, query: string) => `${plural(found, 'result', 'results')} so far for “${query}”; searching the rest of the record…`,
	statusSoFar: (found: number, query: string) => `${plural(found, 'result', 'results')} so far for “${query}”; more are checked as you ask for them.`,
	reportsStatus: (total: number, query: string) => `${plural(total, 'news report', 'news reports')} for “${query}”.`,
	reportsNeedWords: 'News reports are searched by words: type some above.',
	newsReport: 'News report',
	wordingOf: (outlet: string, kind: string | null) => `${outlet}’s wording${kind ? ` (${kind.toLowerCase()})` : ''}`,
	foundOnPage: 'Found on the statement’s page',
	nothing: 'Nothing matches this search.',
	withoutFilters: 'Search again without the filters',
	spelling: (phrases: boolean) => `Check the spelling, or try fewer or other words${phrases ? '; without the double quotes the words may stand apart.' : '.'}`,
	/** `{speakers}`: links to the speakers whose names are close to the query. */
	didYouMean: 'Did you mean a speaker? Statements by {speakers}.',
	ticked: (n: number) => ` (${n} ticked)`,
	filtersTicked: (n: number) => `Filters (${n} ticked)`,
	noIndexDev: 'No search index yet: the development server serves the index of the last build. Run “npm run build” once, then reload this page.',
	noIndex: 'The search index could not be loaded. Reload the page to try again.',
	unavailable: 'Search is unavailable.',
};
