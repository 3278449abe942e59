import { describe, expect, it } from 'vitest';
import { asksEveryPart, CHECK_BATCH, countFacets, type FilterCounts, type PagefindApi, type RecordData, runSearch, type SearchParts, UNASKED_CHECK_LIMIT, wholeIndex } from '../../src/components/search/engine.ts';
import { excerptParts, toView } from '../../src/components/search/result-view.ts';
import { encodeCard, encodeMeta, encodeWordings } from '../../src/lib/pagefind-attrs.ts';
import type { StatementCardView } from '../../src/lib/statement-view.ts';
import { parseSearchState } from '../../src/lib/search-state.ts';
import { parseQuery } from '../../src/lib/search-text.ts';

/** A card view as a statement page would give its search record. */
function card(url: string, quote: string, speaker: string, date: string): StatementCardView {
	return {
		id: url.split('/')[2]!, url, speaker: { id: speaker, name: speaker, url: `/speakers/${speaker}/` }, role: 'r', date, dateLabel: date, dateNote: null, setting: 's', event: null,
		quote, lang: 'en', stance: 'defers', caveats: [], otherWordings: null, source: { url: 'https://example.com/r', line: 'Example, 1 Mar 2025' }, moreSources: 0,
	};
}

function statement(url: string, quote: string, filters: Record<string, string[]>, date: string, extra = '', wordings: { outlet: string; text: string; kind: string }[] = []): RecordData {
	return {
		url,
		content: `${quote} ${wordings.map((w) => w.text).join(' ')} ${extra}`,
		excerpt: `…<mark>${quote.split(' ')[0]}</mark> ${quote.split(' ').slice(1).join(' ')}`,
		meta: { date, quote: encodeMeta(quote), wordings: encodeWordings(wordings), card: encodeCard(card(url, quote, filters.speaker![0]!, date)) },
		filters,
	};
}

const RECORDS: RecordData[] = [
	statement('/statements/a/', "We're going to have Europe do that,", { speaker: ['trump'], stance: ['defers'] }, '2025-02-26'),
	statement('/statements/b/', 'Europe will do that work, and that is all', { speaker: ['trump'], stance: ['commits'] }, '2025-08-18'),
	statement('/statements/c/', 'Europe must do more', { speaker: ['vance'], stance: ['defers'] }, '2025-03-03', 'that', [{ outlet: 'Wire', text: 'Europe do that, he said', kind: 'Abridged' }]),
	statement('/statements/d/', 'guarantees for 30, 40, or even 50 years', { speaker: ['zelensky'], stance: ['demands'] }, '2025-12-29', 'the draft ran for 15 years'),
];
/** The news reports' own index. */
const REPORTS: RecordData[] = [
	{ url: '/sources/r/', content: 'Europe do that, says a 15-year report', excerpt: '<mark>Europe</mark> do that &lt;b&gt;', meta: { title: 'A report', outlet: 'Wire', date: '', dateLabel: 'Publication date not shown' }, filters: { outlet: ['Wire'] } },
];

/**
 * A small stand-in for Pagefind's browser API over RECORDS: every word must be on the page
 * (a word matches the words it begins), filters are "any of" per key and combine, and the
 * counts it returns are plain counts within the results, as Pagefind's are. Its "relevance"
 * is the order of the records; `reads` counts the records loaded.
 */
function fakePagefind(records: RecordData[] = RECORDS): PagefindApi & { calls: number; reads: number } {
	const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}',-]+/u).flatMap((w) => [w, ...w.split('-')]);
	const counts = (records: RecordData[]): FilterCounts => {
		const out: FilterCounts = {};
		for (const r of records) for (const [k, vs] of Object.entries(r.filters)) for (const v of vs) {
			const byValue = out[k] ?? {};
			byValue[v] = (byValue[v] ?? 0) + 1;
			out[k] = byValue;
		}
		return out;
	};
	const api = {
		calls: 0,
		reads: 0,
		options: async () => {},
		init: async () => {},
		filters: async () => counts(records),
		search: async (term: string | null, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } = {}) => {
			api.calls++;
			// A quoted phrase must be on the page word for word (Pagefind's own phrase matching).
			const phrases = [...(term ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
			const rest = (term ?? '').replace(/"[^"]*"/g, ' ').split(' ').filter(Boolean);
			let found = records.filter((r) => term === null || (phrases.every((p) => words(r.content).join(' ').includes(p)) && rest.every((t) => words(r.content).some((w) => w.startsWith(t)))));
			found = found.filter((r) => Object.entries(options.filters ?? {}).every(([k, { any }]) => (r.filters[k] ?? []).some((v) => any.includes(v))));
			if (options.sort) found = found.filter((r) => r.meta.date).sort((a, b) => (a.meta.date! < b.meta.date! ? -1 : 1) * (options.sort!.date === 'desc' ? -1 : 1));
			return {
				results: found.map((r) => ({
					id: r.url,
					data: async () => {
						api.reads++;
						return r;
					},
				})),
				filters: counts(found),
			};
		},
	};
	return api;
}

async function urls(state: string) {
	const outcome = await runSearch(fakePagefind(), parseSearchState(state));
	return { ...outcome, urls: await Promise.all(outcome.hits.map(async (h) => (await h.data()).url)) };
}

describe('searching', () => {
	it('finds statements with every word, those with the words in the order typed first, in one Pagefind search', async () => {
		const pagefind = fakePagefind();
		const r = await runSearch(pagefind, parseSearchState('?q=europe+do+that'));
		// a and c hold "europe do that" (c in a report's wording); b has the words apart.
		expect(await Promise.all(r.hits.map(async (h) => (await h.data()).url))).toEqual(['/statements/a/', '/statements/c/', '/statements/b/']);
		expect(r.total).toBe(3);
		expect(pagefind.calls).toBe(1);
	});

	it('searches the news reports’ own index the same way, by their own text', async () => {
		const r = await runSearch(fakePagefind(REPORTS), parseSearchState('?q=%2215-year+report%22'), { wantFacets: false });
		expect(await Promise.all(r.hits.map(async (h) => (await h.data()).url))).toEqual(['/sources/r/']);
	});

	it('keeps only statements with the exact phrase in the quote or a wording', async () => {
		const r = await urls('?q=%22europe+do+that%22');
		// b has the words apart ("Europe will do that"); c has the phrase only in a report's wording.
		expect(r.urls).toEqual(['/statements/a/', '/statements/c/']);
		expect(r.facets.speaker).toEqual({ trump: 1, vance: 1 });
		// d has "the draft ran" in its other text (context), not in the quote or a wording.
		expect((await urls('?q=draft+ran')).urls).toEqual(['/statements/d/']);
		expect((await urls('?q=%22draft+ran%22')).urls).toEqual([]);
	});

	it('finds a hyphenated word written with a space, and a list of numbers apart', async () => {
		expect((await urls('?q=15-year')).urls).toEqual(['/statements/d/']);
		expect((await urls('?q=30-40-50')).urls).toEqual(['/statements/d/']);
	});

	it('filters, and counts each value as the results it would give if ticked too', async () => {
		const r = await urls('?q=europe&speaker=trump');
		expect(r.urls).toEqual(['/statements/a/', '/statements/b/']);
		// Other speakers keep their counts, so a second one can be added; stances count within Trump's.
		expect(r.facets.speaker).toEqual({ trump: 2, vance: 1 });
		expect(r.facets.stance).toEqual({ defers: 1, commits: 1 });
		const both = await urls('?q=europe&speaker=trump&speaker=vance&stance=defers');
		expect(both.urls).toEqual(['/statements/a/', '/statements/c/']);
		expect(both.facets.stance).toEqual({ defers: 2, commits: 1 });
	});

	it('counts the same way when it filters the phrase results itself', async () => {
		const r = await urls('?q=%22europe+do+that%22&stance=commits');
		expect(r.total).toBe(0);
		expect(r.facets.stance).toEqual({ defers: 2 });
	});

	it('sorts by date on request, and lists a search by filters alone newest first', async () => {
		expect((await urls('?q=europe&sort=oldest')).urls).toEqual(['/statements/a/', '/statements/c/', '/statements/b/']);
		expect((await urls('?stance=defers')).urls).toEqual(['/statements/c/', '/statements/a/']);
	});

	it('checks a phrase a page at a time when no filter counts are wanted: the first page shows after reading only as many records as it needs', async () => {
		const many = Array.from({ length: 100 }, (_, i) => statement(`/statements/s${i}/`, i % 2 ? 'security guarantees for Ukraine' : 'guarantees of security', { speaker: ['x'] }, '2025-01-01'));
		const pagefind = fakePagefind(many);
		const outcome = await runSearch(pagefind, parseSearchState('?q=%22security+guarantees%22'), { wantFacets: false, firstPage: 10 });
		// One batch read (Pagefind's phrase search's first 20 candidates) fills the first page.
		expect(outcome.hits.length).toBeGreaterThanOrEqual(10);
		expect(pagefind.reads).toBe(20);
		expect(outcome.complete).toBe(false);
		// The 30 candidates left are at most two batches: read in one round.
		await outcome.fill(25);
		expect(outcome.hits.length).toBeGreaterThanOrEqual(25);
		expect(pagefind.reads).toBe(50);
		// To the end: the rest of the phrase candidates, then (asked for) the word matches not yet read.
		await outcome.fill(Number.POSITIVE_INFINITY, true);
		expect([outcome.complete, outcome.total, pagefind.reads]).toEqual([true, 50, 100]);
		const urls = await Promise.all(outcome.hits.map(async (h) => (await h.data()).url));
		expect(urls.slice(0, 3)).toEqual(['/statements/s1/', '/statements/s3/', '/statements/s5/']);
	});

	it('checks the candidates of Pagefind’s own phrase search first, and the other word matches only when those run out', async () => {
		// The phrase is in the last ten statements only; the word search ranks them last.
		const many = Array.from({ length: 100 }, (_, i) => statement(`/statements/s${i}/`, i >= 90 ? 'we want europe have a plan' : 'europe will have a plan', { speaker: ['x'] }, '2025-01-01'));
		const pagefind = fakePagefind(many);
		const outcome = await runSearch(pagefind, parseSearchState('?q=%22europe+have%22'), { wantFacets: false, firstPage: 10 });
		expect(outcome.hits).toHaveLength(10);
		expect(pagefind.reads).toBe(10);
		expect(outcome.complete).toBe(false);
		// Scrolling on reads nothing more; asking does.
		await outcome.fill(20);
		expect(pagefind.reads).toBe(10);
		await outcome.fill(Number.POSITIVE_INFINITY, true);
		expect([outcome.complete, outcome.total, pagefind.reads]).toEqual([true, 10, 100]);
	});

	it('reads a short list of phrase candidates in one round, not a batch at a time', async () => {
		// 30 pages hold the words side by side (Pagefind's phrase search), five quotes hold the phrase.
		const many = Array.from({ length: 30 }, (_, i) => statement(`/statements/s${i}/`, i % 6 === 0 ? 'we want europe have a plan' : 'a plan for all', { speaker: ['x'] }, '2025-01-01', 'europe have said'));
		const pagefind = fakePagefind(many);
		// Each read answers a moment later; a second round would start only after the first answered.
		let inFlight = 0;
		let most = 0;
		const search = pagefind.search;
		pagefind.search = async (term, options) => {
			const found = await search(term, options);
			return found && { ...found, results: found.results.map((r) => ({ id: r.id, data: async () => {
				most = Math.max(most, ++inFlight);
				await new Promise((resolve) => setTimeout(resolve, 1));
				inFlight--;
				return r.data();
			} })) };
		};
		const outcome = await runSearch(pagefind, parseSearchState('?q=%22europe+have%22'), { wantFacets: false, firstPage: 10 });
		expect([outcome.total, pagefind.reads]).toEqual([5, 30]);
		expect(most).toBe(30);
	});

	it('reads a bounded number of the other word matches before asking, when Pagefind’s phrase search finds none', async () => {
		// One statement far down the list holds the phrase in its quote, but its indexed page text
		// does not (as when Pagefind splits words differently), so Pagefind's phrase search misses it.
		const many = Array.from({ length: 300 }, (_, i) => statement(`/statements/s${i}/`, i === 250 ? 'we want europe have a plan' : 'europe will have a plan', { speaker: ['x'] }, '2025-01-01'));
		many[250]!.content = 'have we a plan, europe';
		const pagefind = fakePagefind(many);
		const outcome = await runSearch(pagefind, parseSearchState('?q=%22europe+have%22'), { wantFacets: false, firstPage: 10 });
		expect([outcome.complete, outcome.total, pagefind.reads]).toEqual([false, 0, UNASKED_CHECK_LIMIT]);
		// Scrolling reads nothing more; asking does, and finds it.
		await outcome.fill(10);
		expect(pagefind.reads).toBe(UNASKED_CHECK_LIMIT);
		await outcome.fill(10, true);
		expect([outcome.complete, outcome.total, pagefind.reads]).toEqual([true, 1, 300]);
	});

	it('stops after a bounded number of Pagefind’s own phrase matches too when they hold fewer than a page, and reads on when asked', async () => {
		// Pagefind matches the phrase anywhere on the page (here in the context); only three quotes hold it.
		const many = Array.from({ length: 300 }, (_, i) => statement(`/statements/s${i}/`, i >= 297 ? 'we want europe have a plan' : 'a plan for all', { speaker: ['x'] }, '2025-01-01', 'europe have said'));
		const pagefind = fakePagefind(many);
		const outcome = await runSearch(pagefind, parseSearchState('?q=%22europe+have%22'), { wantFacets: false, firstPage: 10 });
		expect([outcome.complete, outcome.total, pagefind.reads]).toEqual([false, 0, UNASKED_CHECK_LIMIT]);
		await outcome.fill(10, true);
		expect([outcome.complete, outcome.total]).toEqual([true, 3]);
	});

	it('sorted by date, reads on past the first phrase match without being asked', async () => {
		const records = Array.from({ length: 30 }, (_, i) => statement(`/statements/p${i}/`, i === 0 || i === 25 ? 'Europe do that now' : `Europe must do that ${i}`, { speaker: ['vance'] }, `2025-01-${String(i + 1).padStart(2, '0')}`));
		const r = await runSearch(fakePagefind(records), parseSearchState('?q=%22europe+do+that%22&sort=oldest'), { wantFacets: false, firstPage: 10 });
		expect(await Promise.all(r.hits.map(async (h) => (await h.data()).url))).toEqual(['/statements/p0/', '/statements/p25/']);
	});

	it('checks every candidate at once when the filter counts are shown, so they count them all', async () => {
		const many = Array.from({ length: 100 }, (_, i) => statement(`/statements/s${i}/`, i % 2 ? 'security guarantees for Ukraine' : 'guarantees of security', { speaker: [i < 50 ? 'x' : 'y'] }, '2025-01-01'));
		const outcome = await runSearch(fakePagefind(many), parseSearchState('?q=%22security+guarantees%22'), { wantFacets: true });
		expect([outcome.complete, outcome.total]).toEqual([true, 50]);
		expect(outcome.facets.speaker).toEqual({ x: 25, y: 25 });
	});

	it('loads each record at most once', async () => {
		const outcome = await runSearch(fakePagefind(), parseSearchState('?q=%22europe+do+that%22'));
		const [first] = outcome.hits;
		expect(await first!.data()).toBe(await first!.data());
	});
});

/** Twelve statements, split as the build splits them: newest first, four to a part. */
const MANY: RecordData[] = Array.from({ length: 12 }, (_, i) => {
	const month = String(12 - i).padStart(2, '0');
	return statement(`/statements/s${i}/`, `Europe guarantees ${i % 2 ? 'troops' : 'money'} number ${i}`, { speaker: [i % 3 ? 'trump' : 'vance'] }, `2025-${month}-01`);
});

/** The fake Pagefind over each part of MANY, and which parts were loaded. */
function fakeParts(records: RecordData[] = MANY, size = 4): SearchParts & { apis: ReturnType<typeof fakePagefind>[]; loaded: Set<number> } {
	const apis = Array.from({ length: Math.ceil(records.length / size) }, (_, k) => fakePagefind(records.slice(k * size, (k + 1) * size)));
	const loaded = new Set<number>();
	const part = async (k: number) => {
		loaded.add(k);
		return apis[k]!;
	};
	return { count: apis.length, apis, loaded, part };
}

const hitUrls = (outcome: { hits: { data(): Promise<RecordData> }[] }) => Promise.all(outcome.hits.map(async (h) => (await h.data()).url));

describe('searching an index split into parts', () => {
	it('shows the first page from the newest part without loading the others, then counts them all', async () => {
		const parts = fakeParts();
		const r = await runSearch(parts, parseSearchState('?q=europe+guarantees'), { wantFacets: false, firstPage: 3 });
		expect(await hitUrls(r)).toEqual(['/statements/s0/', '/statements/s1/', '/statements/s2/', '/statements/s3/']);
		expect([...parts.loaded]).toEqual([0]);
		expect(r.complete).toBe(false);
		await r.settle!();
		expect(r.total).toBe(12);
		expect(r.complete).toBe(true);
		// Counting reads no record: the cards shown are the only records loaded.
		expect(parts.apis.slice(1).every((a) => a.reads === 0)).toBe(true);
		await r.fill(20);
		expect(await hitUrls(r)).toEqual(MANY.map((m) => m.url));
	});

	it('reads further parts until a page is full, newest first; oldest first when sorted so', async () => {
		const troops = await runSearch(fakeParts(), parseSearchState('?q=troops'), { wantFacets: false, firstPage: 3 });
		expect(await hitUrls(troops)).toEqual(['/statements/s1/', '/statements/s3/', '/statements/s5/', '/statements/s7/']);
		const oldest = await runSearch(fakeParts(), parseSearchState('?q=troops&sort=oldest'), { wantFacets: false, firstPage: 2 });
		expect(await hitUrls(oldest)).toEqual(['/statements/s11/', '/statements/s9/']);
		await oldest.settle!();
		await oldest.fill(10);
		expect(await hitUrls(oldest)).toEqual(['/statements/s11/', '/statements/s9/', '/statements/s7/', '/statements/s5/', '/statements/s3/', '/statements/s1/']);
	});

	it('counts filters over every part, as one index would', async () => {
		const whole = fakePagefind(MANY);
		const r = await runSearch(fakeParts(), parseSearchState('?q=europe&speaker=vance'));
		const one = await runSearch(whole, parseSearchState('?q=europe&speaker=vance'));
		expect(r.total).toBe(one.total);
		expect(r.facets).toEqual(one.facets);
		expect(await wholeIndex(fakeParts()).filters()).toEqual(await whole.filters());
	});

	it('reads every part’s likeliest phrase matches before any part’s others, so a phrase in an older part is found unasked', async () => {
		// The newest part has more phrase matches (in other text than the quote) than are read unasked.
		const newer = Array.from({ length: UNASKED_CHECK_LIMIT + 20 }, (_, i) => statement(`/statements/n${i}/`, `Troops number ${i}`, { speaker: ['vance'] }, '2026-01-01', 'a reassurance force said'));
		const older = [statement('/statements/old/', 'We want a reassurance force now', { speaker: ['trump'] }, '2025-01-01')];
		const parts = fakeParts([...newer, ...older], newer.length);
		const r = await runSearch(parts, parseSearchState('?q=%22reassurance+force%22'), { wantFacets: false, firstPage: 10 });
		expect(await hitUrls(r)).toEqual(['/statements/old/']);
		expect(parts.apis.reduce((n, a) => n + a.reads, 0)).toBeLessThanOrEqual(UNASKED_CHECK_LIMIT + CHECK_BATCH);
	});

	it('asks every part for a phrase at once, not one part after another', async () => {
		const parts = fakeParts();
		// Each part answers only once every part has been asked: read in turn, the search would wait forever.
		let asked = 0;
		let allAsked!: () => void;
		const everyPartAsked = new Promise<void>((resolve) => (allAsked = resolve));
		for (const api of parts.apis) {
			const search = api.search;
			api.search = async (...args) => {
				if (++asked === parts.count) allAsked();
				await everyPartAsked;
				return search(...args);
			};
		}
		const r = await runSearch(parts, parseSearchState('?q=%22number+10%22'), { wantFacets: false, firstPage: 10 });
		expect(await hitUrls(r)).toEqual(['/statements/s10/']);
	});

	it('finds an exact phrase in an older part', async () => {
		const r = await runSearch(fakeParts(), parseSearchState('?q=%22number+10%22'), { wantFacets: false, firstPage: 10 });
		expect(await hitUrls(r)).toEqual(['/statements/s10/']);
	});

	it('knows which searches ask every part at once: an exact phrase by relevance, not sorted by date, not words alone', () => {
		expect(asksEveryPart(parseSearchState('?q=%22reassurance+force%22'))).toBe(true);
		expect(asksEveryPart(parseSearchState('?q=%22reassurance+force%22+troops'))).toBe(true);
		expect(asksEveryPart(parseSearchState('?q=%22reassurance+force%22&sort=newest'))).toBe(false);
		expect(asksEveryPart(parseSearchState('?q=reassurance+force'))).toBe(false);
	});

	it('asks one merged copy of Pagefind for a phrase when the parts offer one, and loads no part', async () => {
		const parts = fakeParts();
		const whole = fakePagefind(MANY);
		let merges = 0;
		const merged = async () => {
			merges++;
			return whole;
		};
		const r = await runSearch({ ...parts, merged }, parseSearchState('?q=%22number+10%22'), { wantFacets: false, firstPage: 10 });
		expect(await hitUrls(r)).toEqual(['/statements/s10/']);
		expect(merges).toBe(1);
		expect([...parts.loaded]).toEqual([]);
		// A search by words still goes part by part, newest first.
		await runSearch({ ...parts, merged }, parseSearchState('?q=troops'), { wantFacets: false, firstPage: 1 });
		expect([...parts.loaded]).toEqual([0]);
		expect(merges).toBe(1);
	});
});

describe('faceted counts over records in hand', () => {
	it('count each filter without its own selection', () => {
		const records = [{ speaker: ['a'], stance: ['x'] }, { speaker: ['b'], stance: ['x'] }, { speaker: ['a'], stance: ['y'] }];
		expect(countFacets(records, { speaker: ['a'] })).toEqual({ speaker: { a: 2, b: 1 }, stance: { x: 1, y: 1 } });
	});
});

describe('result cards', () => {
	it('show the exact quote with the query words marked', () => {
		const view = toView(RECORDS[0]!, parseQuery('europe do that'));
		expect(view.type).toBe('statement');
		if (view.type !== 'statement') return;
		expect(view.quote.map((p) => p.text).join('')).toBe("We're going to have Europe do that,");
		expect(view.quote.filter((p) => p.mark).map((p) => p.text)).toEqual(['Europe', 'do', 'that']);
		expect(view.foundIn).toBeNull();
		// The card comes back as the statement page gave it, with the exact quote.
		expect(view.card).toEqual(card('/statements/a/', "We're going to have Europe do that,", 'trump', '2025-02-26'));
	});

	it("say which report's wording matched when the quote does not", () => {
		const view = toView(RECORDS[2]!, parseQuery('"europe do that"'));
		if (view.type !== 'statement') throw new Error('not a statement');
		expect(view.foundIn?.label).toBe('Wire’s wording (abridged)');
		expect(view.foundIn?.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Europe do that']);
	});

	it("read Pagefind's excerpt as text with marks only", () => {
		expect(excerptParts('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; AT&T')).toEqual([
			{ text: 'a ', mark: false },
			{ text: 'b', mark: true },
			{ text: ' <img src=x onerror=alert(1)> AT&T', mark: false },
		]);
		const report = toView(REPORTS[0]!, parseQuery('europe'));
		expect(report).toMatchObject({ type: 'report', title: 'A report', outlet: 'Wire', dateLabel: 'Publication date not shown' });
	});
});
