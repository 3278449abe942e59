/**
 * Runs a search against Pagefind's browser API and returns the records to show, their total
 * and the filter counts. Independent of the page, so it is unit-tested with a fake Pagefind.
 *
 * The index holds statements only; news reports have their own (searched by `runSearch` too,
 * with the reports' bundle, only when a reader asks for them).
 *
 * Most searches go straight to Pagefind, filters and counts included. A query with an exact
 * phrase or a hyphenated word also needs each result's text (see src/lib/search-text.ts):
 * then candidates' records are loaded and checked here, in relevance order, a page at a time:
 * the first results show as soon as a page is full, and `fill` checks further candidates
 * as the reader asks for more. Only when the filter counts are wanted is every candidate
 * checked at once, and filtered and counted here by the same rules as Pagefind's.
 *
 * Filter counts are "faceted": the count beside a value is the number of results the search
 * would have with that value ticked too. Values of one filter are alternatives (any of them),
 * different filters all apply.
 *
 * @see https://pagefind.app/docs/api/
 * @see https://pagefind.app/docs/js-api-filtering/
 */
import { decodeMeta, decodeWordings, type MetaWording } from '../../lib/pagefind-attrs.ts';
import type { FacetKey } from '../../lib/search-facets.ts';
import { findCompound, findPhrase, needsTextCheck, type ParsedQuery, parseQuery, tokenize } from '../../lib/search-text.ts';
import type { SearchState } from '../../lib/search-state.ts';
import { search as words } from '../../i18n/client.ts';

/** Counts per filter value: `{ speaker: { 'donald-trump': 23 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one record (`result.data()`); only the fields we use. */
export interface RecordData {
	url: string;
	/** The record's indexed text, plain. */
	content: string;
	/** A window of the text with `<mark>` around matches; text is escaped (`&lt;`, `&gt;`). */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

interface PagefindResult {
	id: string;
	data(): Promise<RecordData>;
}

interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
}

type PagefindFilters = Record<string, { any: string[] }>;

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
export interface PagefindApi {
	options(options: { bundlePath?: string; baseUrl?: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
	/** Adds another bundle's pages to this one's searches, on this copy of Pagefind. */
	mergeIndex?(bundlePath: string, options?: { baseUrl?: string }): Promise<void>;
}

/** One result, its record loaded once on first use. */
export interface Hit {
	id: string;
	data(): Promise<RecordData>;
}

export interface Outcome {
	query: ParsedQuery;
	/** How many records match; while `complete` is false, how many were found so far. */
	total: number;
	/**
	 * False while `total` may still grow: candidates of an exact phrase remain unchecked (read a
	 * page at a time), or parts of a split index remain unsearched (see `settle`).
	 */
	complete: boolean;
	/** In order: by relevance or by date, as asked. Grows as `fill` finds more. */
	hits: Hit[];
	facets: FilterCounts;
	/**
	 * Checks further candidates until `count` hits are in hand or none are left. The other word
	 * matches behind an exact phrase's likeliest candidates (see `runSearch`) are read only when
	 * `further` is true: the reader asked for more, rather than scrolled past the list.
	 */
	fill(count: number, further?: boolean): Promise<void>;
	/**
	 * Only while parts of a split index remain unsearched (src/lib/search-parts.ts): searches
	 * them all, for the total, without loading any record; `hits` then grow as `fill` asks.
	 */
	settle?: () => Promise<void>;
}

/**
 * The statement index in parts of consecutive dates, part 0 the newest (src/lib/search-parts.ts),
 * each loaded on first use. A record below the part size is one part.
 */
export interface SearchParts {
	count: number;
	part(k: number): Promise<PagefindApi>;
	/**
	 * Every part as one Pagefind, on one copy of Pagefind's script, worker and WebAssembly (its
	 * `mergeIndex`), where the parts are otherwise a copy each: an exact phrase asks every part,
	 * and at 5,000 statements the second copy was 97 of the 325 KB its first search fetched.
	 */
	merged?(): Promise<PagefindApi>;
}

/** The order parts are read in: newest first, or oldest first when the reader sorts so. */
function partOrder(count: number, sort: Record<string, 'asc' | 'desc'> | undefined): number[] {
	const order = Array.from({ length: count }, (_, k) => k);
	return sort?.date === 'asc' ? order.reverse() : order;
}

/** Counts added up, value by value: the counts of the parts of a split index. */
function addCounts(all: readonly FilterCounts[]): FilterCounts {
	const out: FilterCounts = {};
	for (const counts of all)
		for (const [key, values] of Object.entries(counts)) {
			const sum = out[key] ?? {};
			for (const [value, n] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + n;
			out[key] = sum;
		}
	return out;
}

/**
 * A split index as one Pagefind API: every part searched (at once, so their files load
 * together), results part after part in reading order (`partOrder`), counts added up. Used
 * where every result is needed at once: filter counts, a phrase's candidates when counted.
 */
export function wholeIndex(parts: SearchParts): PagefindApi {
	const all = () => Promise.all(Array.from({ length: parts.count }, (_, k) => parts.part(k)));
	return {
		options: async () => {},
		init: async () => {},
		filters: async () => addCounts(await Promise.all((await all()).map((p) => p.filters()))),
		search: async (term, options) => {
			const loaded = await all();
			const answers = await Promise.all(partOrder(parts.count, options?.sort).map((k) => loaded[k]!.search(term, options)));
			if (answers.some((a) => a === null)) return null;
			return { results: answers.flatMap((a) => a!.results), filters: addCounts(answers.map((a) => a!.filters)) };
		},
	};
}

/** Records read at a time when checking candidates for a phrase: about one page of cards. */
export const CHECK_BATCH = 20;
/**
 * How many candidates of an exact phrase are read without the reader asking (the first page
 * and scrolling on). Beyond it the reader is told how many were found so far and that more
 * are unchecked, and checks them on request: a rare phrase in a 20,000-statement record
 * otherwise read every one of its 1,253 word matches (5.5 MB, 36 s) before saying anything.
 */
export const UNASKED_CHECK_LIMIT = 100;

type Selection = SearchState['filters'];

function toPagefindFilters(selection: Selection): PagefindFilters {
	const out: PagefindFilters = {};
	for (const [key, values] of Object.entries(selection)) if (values.length) out[key] = { any: values };
	return out;
}

function without(selection: Selection, key: string): Selection {
	const rest = { ...selection };
	delete rest[key as FacetKey];
	return rest;
}

function memoised(result: PagefindResult): Hit {
	let loaded: Promise<RecordData> | undefined;
	return { id: result.id, data: () => (loaded ??= result.data()) };
}

/** True when a record has, for every selected filter, at least one of the selected values. */
function matchesSelection(filters: Record<string, string[]>, selection: Selection): boolean {
	return Object.entries(selection).every(([key, values]) => !values.length || (filters[key] ?? []).some((v) => values.includes(v)));
}

/** Faceted counts over records already in hand, the way `runSearch` counts with Pagefind. */
export function countFacets(records: readonly Record<string, string[]>[], selection: Selection): FilterCounts {
	const counts: FilterCounts = {};
	const keys = new Set([...records.flatMap((r) => Object.keys(r)), ...Object.keys(selection)]);
	for (const key of keys) {
		const others = without(selection, key);
		const tally: Record<string, number> = {};
		for (const record of records) {
			if (!matchesSelection(record, others)) continue;
			for (const value of new Set(record[key] ?? [])) tally[value] = (tally[value] ?? 0) + 1;
		}
		counts[key] = tally;
	}
	return counts;
}

/** Other reports' wordings of a statement's quote, from its record's meta. */
export function metaWordings(data: RecordData): MetaWording[] {
	const encoded = data.meta.wordings;
	return encoded ? decodeWordings(encoded) : [];
}

/** The texts an exact phrase is looked for in: a statement's quote and every report's wording; a report's own text. */
function quotedTexts(data: RecordData): string[] {
	const quote = data.meta.quote;
	if (quote === undefined) return [data.content];
	return [decodeMeta(quote), ...metaWordings(data).map((w) => w.text)];
}

/** True when a record passes the checks Pagefind's word index cannot make (phrases, hyphenated words). */
function passesTextCheck(data: RecordData, q: ParsedQuery): boolean {
	if (!q.compounds.every((parts) => findCompound(data.content, parts))) return false;
	if (!q.phrases.length) return true;
	const texts = quotedTexts(data);
	return q.phrases.every((phrase) => texts.some((t) => findPhrase(t, phrase)));
}

function sortOption(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
	if (state.sort === 'newest') return { date: 'desc' };
	if (state.sort === 'oldest') return { date: 'asc' };
	return undefined;
}

/**
 * True when `runSearch` asks every part of a split index at once, through `SearchParts.merged`:
 * an exact phrase, ranked by relevance. The search page loads that merged copy, not part 0,
 * when such a search is the first it runs.
 */
export function asksEveryPart(state: SearchState): boolean {
	return !sortOption(state) && parseQuery(state.q).phrases.length > 0;
}

async function must(search: Promise<PagefindSearch | null>): Promise<PagefindSearch> {
	const result = await search;
	if (!result) throw new Error(words.noSearch);
	return result;
}

/** In a split index, how many of each part's phrase matches are read before any part's others. */
const PART_HEAD = 10;

/** Queries of this many words or more are treated as a remembered fragment (see `phraseFirst`). */
export const PHRASE_FIRST_MIN_WORDS = 3;
/** How many of the top results are read to look for the fragment as typed: two pages of cards. */
export const PHRASE_FIRST_WINDOW = 20;

/** The top results with the statements that hold `phrase` in their quote or a wording moved first, order kept otherwise. */
async function phraseFirst(results: readonly PagefindResult[], phrase: readonly string[]): Promise<PagefindResult[]> {
	const head = results.slice(0, PHRASE_FIRST_WINDOW);
	const records = await Promise.all(head.map((r) => r.data()));
	const holds = head.map((_, i) => quotedTexts(records[i]!).some((t) => findPhrase(t, phrase) !== null));
	const first = head.filter((_, i) => holds[i]);
	const rest = head.filter((_, i) => !holds[i]);
	// Memoise what was read, so the cards do not load the same records again.
	const read = new Map(head.map((r, i) => [r, records[i]!]));
	const keep = (r: PagefindResult): PagefindResult => (read.has(r) ? { ...r, data: async () => read.get(r)! } : r);
	return [...first, ...rest, ...results.slice(PHRASE_FIRST_WINDOW)].map(keep);
}

const done = async (): Promise<void> => {};

/**
 * Runs one search. `state` must not be empty (a query or at least one filter). `wantFacets`:
 * the filter counts are shown, so a phrase search checks every candidate to count them.
 */
export async function runSearch(index: PagefindApi | SearchParts, state: SearchState, { wantFacets = true, firstPage = CHECK_BATCH }: { wantFacets?: boolean; firstPage?: number } = {}): Promise<Outcome> {
	const parts: SearchParts = 'part' in index ? index : { count: 1, part: async () => index };
	const pagefind = parts.count === 1 ? await parts.part(0) : wholeIndex(parts);
	const query = parseQuery(state.q);
	const term = query.terms.length ? query.terms.join(' ') : null;
	// Without words there is nothing to rank by: a search by filters alone lists newest first.
	const sort = sortOption(state) ?? (term === null ? { date: 'desc' as const } : undefined);
	const order = partOrder(parts.count, sort);

	if (term !== null && needsTextCheck(query)) {
		const wordSearch = () => must(pagefind.search(term, sort ? { sort } : {})).then((r) => r.results);
		const passes = (record: RecordData) => passesTextCheck(record, query);
		if (wantFacets) {
			const candidates = (await wordSearch()).map(memoised);
			const records = await Promise.all(candidates.map((h) => h.data()));
			const kept = candidates.map((hit, i) => ({ hit, record: records[i]! })).filter(({ record }) => passes(record));
			const shown = kept.filter(({ record }) => matchesSelection(record.filters, state.filters));
			return { query, total: shown.length, complete: true, hits: shown.map(({ hit }) => hit), facets: countFacets(kept.map(({ record }) => record.filters), state.filters), fill: done };
		}
		// In relevance (or date) order, a batch at a time, until enough are found. Ranked by
		// relevance, Pagefind's own phrase search gives the likeliest candidates first (it
		// matches the phrase anywhere on the page, so its results are checked too); the other
		// candidates, which Pagefind's phrase matching can miss (a phrase glued to a dash), are
		// fetched and checked only when those have run out and the reader asks for more.
		const outcome: Outcome = { query, total: 0, complete: false, hits: [], facets: {}, fill: done };
		// Part by part, in reading order (one part unless the index is split).
		const inPart = (k: number, words: string, options: { sort?: Record<string, 'asc' | 'desc'> }) => async () => (await must((await parts.part(k)).search(words, options))).results;
		const tiers: (() => Promise<PagefindResult[]>)[] = order.map((k) => inPart(k, term, sort ? { sort } : {}));
		// A hyphenated word is also looked up joined, as Pagefind indexes it ("5-like" as "5like"):
		// its parts alone can miss a page (Pagefind did not list von der Leyen's "Article 5-like"
		// under "5" at 1,957 statements). Not when sorted by date: two lists would break the order.
		if (query.compounds.length && !sort) {
			const compoundParts = new Set(query.compounds.flat());
			const joined = [...query.terms.filter((t) => !compoundParts.has(t)), ...query.compounds.map((c) => c.join(''))].join(' ');
			tiers.unshift(...order.map((k) => inPart(k, joined, {})));
		}
		const phraseTiers = asksEveryPart(state);
		if (phraseTiers) {
			// A query that is one quoted phrase goes to Pagefind as its exact search (pages with the
			// words side by side anywhere: 33 candidates for "europe have" at 20,000 statements,
			// against 4,316 word matches); a phrase with other words, as the words with the phrase.
			const phraseTerm = query.phrases.length === 1 && /^\s*"[^"]+"\s*$/.test(state.q) ? `"${query.phrases[0]!.join(' ')}"` : [...query.phrases.map((p) => `"${p.join(' ')}"`), ...query.terms].join(' ');
			if (order.length > 1 && parts.merged) {
				// Split, the phrase goes to every part at once on one copy of Pagefind, ranked
				// across the parts by Pagefind (src/lib/search-parts.ts).
				const merged = parts.merged;
				tiers.unshift(async () => (await must((await merged()).search(phraseTerm, {}))).results);
			} else {
				const phraseMatches = new Map<number, Promise<PagefindResult[]>>();
				const inPartPhrase = (k: number) => {
					const list = phraseMatches.get(k) ?? inPart(k, phraseTerm, {})();
					phraseMatches.set(k, list);
					return list;
				};
				// Split, every part's likeliest phrase matches come before any part's others, so a
				// phrase said in an older part is found within the candidates read unasked.
				const head = order.length === 1 ? Number.POSITIVE_INFINITY : PART_HEAD;
				// Every part's phrase search starts now, side by side: read one after another, the
				// parts' scripts and indexes took 1.3-2.1 s at 20,000 statements before the first 10.
				if (order.length > 1) for (const k of order) inPartPhrase(k).catch(() => {});
				tiers.unshift(...order.map((k) => async () => (await inPartPhrase(k)).slice(0, head)), ...(order.length === 1 ? [] : order.map((k) => async () => (await inPartPhrase(k)).slice(head))));
			}
		}
		// Read without being asked, up to UNASKED_CHECK_LIMIT candidates in all: Pagefind's phrase
		// matches and joined words, and while none has passed the plain word matches too (the
		// reader is then told that more are unchecked, never that there is nothing). Without
		// phrase tiers (hyphenated words alone, or sorted by date) every tier is read unasked:
		// the word matches are how "15-year" finds "15 years".
		const firstTiers = phraseTiers ? tiers.length - order.length : tiers.length;
		const seen = new Set<string>();
		let tier = 0;
		let list: PagefindResult[] | null = null;
		let next = 0;
		let unasked = 0;
		let running: Promise<void> = Promise.resolve();
		const mayRead = (further: boolean) => further || (unasked < UNASKED_CHECK_LIMIT && (tier < firstTiers || outcome.hits.length === 0));
		outcome.fill = (count: number, further = false) =>
			(running = running.then(async () => {
				while (outcome.hits.length < count && tier < tiers.length && mayRead(further)) {
					list ??= await tiers[tier]!();
					if (next >= list.length) {
						tier += 1;
						list = null;
						next = 0;
						continue;
					}
					// A list with at most two batches left is read in one: a rare phrase's 21-40
					// candidates then cost one round of reads, not two (at 20,000 statements the
					// second round of "europe have" began 50 ms after the first's 160 ms ended).
					// Unasked, never past UNASKED_CHECK_LIMIT.
					const left = list.length - next;
					const size = Math.min(left <= 2 * CHECK_BATCH ? left : CHECK_BATCH, further ? Number.POSITIVE_INFINITY : UNASKED_CHECK_LIMIT - unasked);
					const batch = list.slice(next, next + size).filter((r) => !seen.has(r.id));
					next += size;
					if (!further) unasked += batch.length;
					for (const r of batch) seen.add(r.id);
					const hits = batch.map(memoised);
					const records = await Promise.all(hits.map((h) => h.data()));
					hits.forEach((hit, i) => {
						if (passes(records[i]!) && matchesSelection(records[i]!.filters, state.filters)) outcome.hits.push(hit);
					});
				}
				outcome.complete = tier >= tiers.length;
				outcome.total = outcome.hits.length;
			}));
		await outcome.fill(firstPage);
		return outcome;
	}

	const options = (selection: Selection) => ({ filters: toPagefindFilters(selection), ...(sort ? { sort } : {}) });
	// A fragment typed as remembered (see `phraseFirst`): its words, in order.
	const fragment = !sort && query.terms.length >= PHRASE_FIRST_MIN_WORDS && !query.phrases.length ? tokenize(query.terms.join(' ')).map((t) => t.norm) : null;
	if (parts.count > 1 && !wantFacets) {
		// A split index, part by part in reading order: the first page shows once the parts read
		// hold enough results; `settle` searches the rest for the total.
		const found: PagefindResult[][] = [];
		const searchPart = async (i: number) => (found[i] ??= (await must((await parts.part(order[i]!)).search(term, options(state.filters)))).results);
		const outcome: Outcome = { query, total: 0, complete: false, hits: [], facets: {}, fill: done };
		const recount = () => {
			outcome.total = found.reduce((n, r) => n + (r?.length ?? 0), 0);
			outcome.complete = order.every((_, i) => found[i] !== undefined);
		};
		let listed = 0;
		let running: Promise<void> = Promise.resolve();
		outcome.fill = (count: number) =>
			(running = running.then(async () => {
				while (listed < order.length && outcome.hits.length < count) {
					let results = await searchPart(listed);
					if (fragment) results = await phraseFirst(results, fragment);
					outcome.hits.push(...results.map(memoised));
					listed += 1;
				}
				recount();
			}));
		outcome.settle = () =>
			(running = running.then(async () => {
				for (let i = 0; i < order.length; i++) await searchPart(i);
				recount();
			}));
		await outcome.fill(firstPage);
		return outcome;
	}
	const main = await must(pagefind.search(term, options(state.filters)));
	let hits: PagefindResult[] = main.results;
	// A fragment typed as remembered: statements whose quote (or a wording) holds the words in
	// that order come first. Pagefind ranks by word frequency, so in a large record a common
	// fragment ("security guarantees for Ukraine…") can leave its own quote below others.
	if (fragment) hits = await phraseFirst(hits, fragment);
	const facets: FilterCounts = { ...main.filters };
	if (wantFacets) {
		for (const key of Object.keys(state.filters)) {
			const others = without(state.filters, key);
			// Without words and without other filters, the counts are the whole index's.
			const counts = term === null && Object.keys(others).length === 0 ? await pagefind.filters() : (await must(pagefind.search(term, options(others)))).filters;
			facets[key] = counts[key] ?? {};
		}
	}
	return { query, total: main.results.length, complete: true, hits: hits.map(memoised), facets, fill: done };
}
