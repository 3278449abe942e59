/**
 * <quote-search>: the search page's behaviour. Loads Pagefind's browser API from the built
 * index (/pagefind/pagefind.js, never bundled), keeps the search in the address, runs it as
 * the reader types, and shows results as statement cards with facets and a count.
 *
 * Nothing is downloaded until it is needed, so the page opens at once whatever the size of
 * the record: Pagefind loads when the address already holds a search, or when the reader
 * goes to the search box; the filter counts (every filter's index, the heaviest part at
 * 20,000 statements) load only when the filter panel is opened or a filter is in use.
 *
 * Everything shown is built from text nodes and <mark> elements; nothing is set as HTML.
 */
import { FACETS, type FacetKey, type FacetLabels, facetOptions } from '../../lib/search-facets.ts';
import { effectiveFilters, filterCount, isEmptySearch, parseSearchState, SEARCH_PATH, type SearchState, searchQueryString, type Sort, toggleFilter } from '../../lib/search-state.ts';
import { closeSpeakers, type ParsedQuery, parseQuery } from '../../lib/search-text.ts';
import { LANG } from '../../edition.ts';
import { ROUTES } from '../../lib/routes.ts';
import { STANCE_DEFINITIONS } from '../../lib/stances.ts';
import { asksEveryPart, type FilterCounts, type Hit, type Outcome, type PagefindApi, runSearch, type SearchParts, wholeIndex } from './engine.ts';
import { partFolder } from '../../lib/search-parts.ts';
import { type ResultView, type TextPart, toView } from './result-view.ts';
import { common, statementCard } from '../../i18n/client.ts';
import { search as words } from '../../i18n/client.ts';

/** Results shown at first and added by "Show more" (or by scrolling to it). */
const PAGE_SIZE = 10;
/**
 * Wait this long after the last keystroke before searching: long enough that a fast typist
 * (about 8 keys a second) does not start a search per key, short enough that results come
 * within 200 ms of the last key when a search takes about 100 ms.
 */
const TYPING_DELAY_MS = 100;
/** Facets open from the start (short lists); the others open on demand or when one of their values is ticked. */
const OPEN_FACETS: readonly FacetKey[] = ['speaker', 'position', 'usRole', 'stance'];

interface IndexCounts {
	statements: number;
	reports: number;
	/** Parts of the statements' index (src/lib/search-parts.ts). */
	parts: number;
}

type Child = Node | string | null | undefined | false;

/** A new element with attributes and children (strings become text nodes). */
function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
	for (const child of children) if (child) el.append(child);
	return el;
}

function textParts(parts: readonly TextPart[]): Node[] {
	return parts.map((p) => (p.mark ? h('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** A bundle's address on this site (`bundle` is a route such as `ROUTES.pagefind`). */
const bundleUrl = (bundle: string): string => `${import.meta.env.BASE_URL}${bundle.slice(1)}`;

/** Pagefind's API over one bundle: the statements' (`ROUTES.pagefind`), a part of it, or the news reports' (`ROUTES.pagefindReports`). */
async function loadPagefind(bundle: string = ROUTES.pagefind, copy = '', merge: readonly string[] = []): Promise<PagefindApi> {
	const bundlePath = bundleUrl(bundle);
	// A built file beside the site, not a module of ours: Vite must leave this import alone.
	// `copy` (a query string) makes a second, separate instance of the same script.
	const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js${copy}`)) as PagefindApi;
	// Each edition's index holds its pages by their address inside the edition: baseUrl puts
	// the edition's prefix (/uk/) back in front of every result.
	await pagefind.options({ bundlePath, baseUrl: ROUTES.home, excerptLength: 24 });
	// Bundles to merge are asked for alongside init, not after it: Pagefind's mergeIndex waits
	// for the WebAssembly itself, and then loads each bundle's files while the first's start.
	await Promise.all([pagefind.init(), ...merge.map((other) => pagefind.mergeIndex!(bundleUrl(other), { baseUrl: ROUTES.home }))]);
	return pagefind;
}

/**
 * The statements' index in its parts (src/lib/search-parts.ts), each loaded when a search first
 * needs it: part 0 is the bundle itself, part k its `part-k/`. Each part runs its own copy of
 * Pagefind's script (its own worker): two indexes in one worker overwrite each other's memory
 * (Pagefind 1.5.2's createInstance failed so, "memory access out of bounds"). Searches that ask
 * every part at once (an exact phrase) use `merged` instead: one more copy of the script with
 * the other parts added by Pagefind's own mergeIndex, which shares that copy's worker and
 * WebAssembly among them.
 */
function loadParts(count: number): SearchParts {
	const loaded = new Map<number, Promise<PagefindApi>>();
	const folder = (k: number) => (k === 0 ? ROUTES.pagefind : `${ROUTES.pagefind}${partFolder(k)}/`);
	const part = (k: number): Promise<PagefindApi> => {
		const api = loaded.get(k) ?? loadPagefind(folder(k));
		loaded.set(k, api);
		return api;
	};
	if (count === 1) return { count, part };
	// Every part merged into one more instance of part 0's script (Pagefind's mergeIndex shares
	// its worker and WebAssembly), for the searches that ask every part at once.
	let merged: Promise<PagefindApi> | undefined;
	const mergeAll = (): Promise<PagefindApi> =>
		loadPagefind(
			folder(0),
			'?merged',
			Array.from({ length: count - 1 }, (_, i) => folder(i + 1)),
		);
	return { count, part, merged: () => (merged ??= mergeAll()) };
}

class QuoteSearch extends HTMLElement {
	#labels: FacetLabels = {};
	#counts: IndexCounts = { statements: 0, reports: 0, parts: 1 };
	#state: SearchState = parseSearchState('');
	#pagefind: Promise<SearchParts> | undefined;
	/** Set once the filter counts are wanted: loading them makes every search return its counts. */
	#filterCounts: Promise<unknown> | undefined;
	/**
	 * True once they have loaded. Until then a search's counts are partial (a search by words
	 * loads the small type filter to put statements first), so none are shown.
	 */
	#filterCountsLoaded = false;
	#run = 0;
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	/** True while the current history entry belongs to what is being typed. */
	#typingEntry = false;
	#outcome: Outcome | undefined;
	#query: ParsedQuery = parseQuery('');
	#shown = 0;
	/** The page of results being added, so scrolling and asking never add the same page twice. */
	#adding: Promise<HTMLElement[]> | undefined;
	/** The first card added by scrolling since the reader last asked for more: where "Show more" takes them. */
	#unseenFrom: number | null = null;
	#reports: Promise<PagefindApi> | undefined;
	#reportHits: Hit[] = [];
	#reportsShown = 0;
	#openFacets = new Set<FacetKey>(OPEN_FACETS);

	#el<T extends HTMLElement>(selector: string): T {
		const el = this.querySelector<T>(selector);
		if (!el) throw new Error(`quote-search: missing ${selector}`);
		return el;
	}

	get #input() {
		return this.#el<HTMLInputElement>('input[name=q]');
	}

	connectedCallback(): void {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as FacetLabels;
		this.#counts = JSON.parse(this.dataset.counts ?? '{}') as IndexCounts;
		const panel = this.#el<HTMLDetailsElement>('[data-filter-panel]');
		panel.addEventListener('toggle', () => {
			if (panel.open) this.#wantFilterCounts();
		});

		// The first keystroke is the sign a search is coming: load Pagefind while the reader types
		// on, the copy that search will use (a phrase starts with its quotation mark).
		this.#input.addEventListener('input', () => void this.#api({ ...this.#state, q: this.#input.value }).catch(() => {}), { once: true });
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#typingTimer);
			this.#typingTimer = setTimeout(() => this.#update({ ...this.#state, q: this.#input.value }, 'typing'), TYPING_DELAY_MS);
		});
		this.#el('form').addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typingTimer);
			this.#update({ ...this.#state, q: this.#input.value }, 'typing');
		});
		this.#el<HTMLSelectElement>('[data-sort]').addEventListener('change', (event) => {
			this.#update({ ...this.#state, sort: (event.target as HTMLSelectElement).value as Sort }, 'push');
		});
		this.#el('[data-facets]').addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			this.#update(toggleFilter(this.#state, box.name as FacetKey, box.value, box.checked), 'push');
		});
		this.#el('[data-facets]').addEventListener('toggle', (event) => {
			const details = event.target as HTMLDetailsElement;
			const key = details.dataset.facet as FacetKey | undefined;
			if (key && details.open) this.#openFacets.add(key);
			else if (key) this.#openFacets.delete(key);
		}, true);
		this.#el('[data-date-range]').addEventListener('change', () => {
			const [from, to] = ['from', 'to'].map((name) => this.#el<HTMLInputElement>(`[data-date-range] input[name=${name}]`).value || undefined);
			const { from: _from, to: _to, ...rest } = this.#state;
			this.#update({ ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) }, 'push');
		});
		this.#el('[data-more]').addEventListener('click', () => void this.#showMore(true));
		// Scrolling to the end of the list loads the next page, as asking for it does.
		new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) void this.#showMore(false);
		}, { rootMargin: '200px' }).observe(this.#el('[data-more]'));
		this.#el('[data-reports-search]').addEventListener('click', () => this.#update({ ...this.#state, reports: true }, 'push'));
		this.#el('[data-reports-more]').addEventListener('click', () => void this.#showMoreReports());
		this.addEventListener('keydown', (event) => this.#onKey(event));
		// Links to another search (suggestions, "without filters") stay on the page.
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest?.('a');
			if (!link || link.pathname !== SEARCH_PATH || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
			event.preventDefault();
			this.#update(parseSearchState(link.search), 'push');
			this.#input.focus();
		});
		window.addEventListener('popstate', () => {
			this.#state = parseSearchState(location.search);
			this.#typingEntry = false;
			this.#showState();
			void this.#search();
		});

		this.#state = parseSearchState(location.search);
		this.#showState();
		if (filterCount(this.#state)) panel.open = true;
		void this.#search();
	}

	/**
	 * The statements' index, its first part loaded on first use; in a split index, when that use
	 * is a search that asks every part at once (`asksEveryPart`: `coming`, the search about to
	 * run or being typed), the merged copy instead, so that a phrase loads Pagefind once, not twice.
	 */
	#api(coming: SearchState = this.#state): Promise<SearchParts> {
		if (!this.#pagefind) {
			const parts = loadParts(this.#counts.parts ?? 1);
			const first = parts.merged && asksEveryPart(coming) ? parts.merged() : parts.part(0);
			this.#pagefind = first.then(() => parts);
			this.#pagefind.catch(() => this.#showLoadError());
		}
		return this.#pagefind;
	}

	/** Loads the filter counts (once), then shows them. */
	#wantFilterCounts(): void {
		if (this.#filterCounts) return;
		const facets = this.#el('[data-facets]');
		if (!facets.childElementCount) facets.replaceChildren(h('p', { class: 'muted' }, words.loadingFilters));
		this.#filterCounts = this.#api().then((parts) => wholeIndex(parts).filters());
		this.#filterCounts.then(() => {
			this.#filterCountsLoaded = true;
			void this.#search();
		}, () => {});
	}

	/** Puts the state into the form controls; filters with a ticked value are shown open. */
	#showState(): void {
		for (const key of Object.keys(this.#state.filters) as FacetKey[]) this.#openFacets.add(key);
		if (this.#input.value !== this.#state.q) this.#input.value = this.#state.q;
		this.#el<HTMLSelectElement>('[data-sort]').value = this.#state.sort;
		this.#el<HTMLInputElement>('[data-date-range] input[name=from]').value = this.#state.from ?? '';
		this.#el<HTMLInputElement>('[data-date-range] input[name=to]').value = this.#state.to ?? '';
	}

	/**
	 * Moves to a new state and records it in the address. Typing replaces the entry it started
	 * (one history step per search typed); a filter or sort change adds one.
	 */
	#update(next: SearchState, how: 'typing' | 'push'): void {
		this.#state = next;
		const url = `${SEARCH_PATH}${searchQueryString(next)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (how === 'push' || !this.#typingEntry) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		this.#typingEntry = how === 'typing';
		void this.#search();
	}

	async #search(): Promise<void> {
		const run = ++this.#run;
		const state = this.#state;
		void this.#searchReports(run, state);
		if (isEmptySearch(state)) {
			this.#outcome = undefined;
			this.#el('[data-results]').replaceChildren();
			this.#el('[data-notice]').replaceChildren();
			this.#el('[data-more]').hidden = true;
			this.#el('[data-status]').textContent = words.hint(this.#counts.statements, this.#counts.reports);
			if (!this.#filterCounts) return;
			let totals: FilterCounts;
			try {
				totals = await wholeIndex(await this.#api()).filters();
			} catch {
				return;
			}
			if (run === this.#run) this.#renderFacets(totals);
			return;
		}
		if (filterCount(state)) this.#wantFilterCounts();
		let pagefind: SearchParts;
		try {
			pagefind = await this.#api();
			// A search by filters needs their counts; a search by words shows them once loaded.
			if (filterCount(state)) await this.#filterCounts;
		} catch {
			return;
		}
		let outcome: Outcome;
		try {
			// A date range runs as the months inside it (every month on record is in the labels).
			outcome = await runSearch(pagefind, { ...state, filters: effectiveFilters(state, Object.keys(this.#labels.month ?? {})) }, { wantFacets: this.#filterCountsLoaded, firstPage: PAGE_SIZE });
		} catch (error) {
			if (run === this.#run) this.#el('[data-status]').textContent = words.failed(error instanceof Error ? error.message : String(error));
			return;
		}
		// The first page of cards is ready before anything on screen changes: no flicker.
		const first = await this.#cards(outcome.hits.slice(0, PAGE_SIZE), outcome.query, 0);
		if (run !== this.#run) return;
		this.#outcome = outcome;
		this.#query = outcome.query;
		this.#shown = first.length;
		this.#unseenFrom = null;
		if (this.#filterCountsLoaded) this.#renderFacets(outcome.facets);
		this.#el('[data-results]').replaceChildren(...first);
		this.#renderProgress(outcome);
		// A split index: the rest of the parts are searched now, for the total.
		if (outcome.settle && !outcome.complete)
			void outcome.settle().then(() => {
				if (run === this.#run && this.#outcome === outcome) this.#renderProgress(outcome);
			}, () => {});
	}

	/** What depends on how far a search has got: the "more" button, the notice and the status. */
	#renderProgress(outcome: Outcome): void {
		this.#el('[data-more]').hidden = outcome.complete && this.#shown >= outcome.total;
		this.#renderNotice(outcome);
		this.#el('[data-status]').textContent = this.#statusText(outcome);
	}

	async #cards(hits: readonly Hit[], query: ParsedQuery, offset: number, prefix: 'result' | 'report' = 'result'): Promise<HTMLElement[]> {
		const records = await Promise.all(hits.map((hit) => hit.data()));
		return records.map((record, i) => this.#card(toView(record, query), `${prefix}-${offset + i + 1}`));
	}

	#statusText(outcome: Outcome): string {
		const { q, sort } = this.#state;
		const total = outcome.total;
		if (!outcome.complete) return outcome.settle ? words.statusSearching(total, q.trim()) : words.statusSoFar(total, q.trim());
		const order = sort === 'oldest' ? 'oldest' : sort === 'newest' || !q.trim() ? 'newest' : null;
		return words.status(total, q.trim(), filterCount(this.#state), order);
	}

	/**
	 * Adds the next page of result cards (checking further candidates first when an exact
	 * phrase is still being checked); asked for by the button, it moves focus to the first new
	 * one. A page already on its way (the reader scrolled to the button) is the one added.
	 */
	async #showMore(asked: boolean): Promise<void> {
		if (!this.#outcome) return;
		// Asked for after scrolling already added cards the reader has not been to: go to those,
		// even while scrolling is adding a further page (going to that page's first card would
		// skip the ones before it; seen in CI when a second page was on its way at the click).
		if (asked && this.#unseenFrom !== null) {
			this.#focusResult(this.#unseenFrom);
			this.#unseenFrom = null;
			return;
		}
		if (this.#el('[data-more]').hidden) return;
		const from = this.#shown;
		this.#adding ??= this.#addPage(this.#outcome, asked).finally(() => {
			this.#adding = undefined;
		});
		const items = await this.#adding;
		if (asked) {
			this.#focusResult(from);
			this.#unseenFrom = null;
		} else if (items.length) this.#unseenFrom ??= from;
	}

	#focusResult(index: number): void {
		this.#el('[data-results]').children[index]?.querySelector('a')?.focus();
	}

	async #addPage(outcome: Outcome, asked: boolean): Promise<HTMLElement[]> {
		const run = this.#run;
		await outcome.fill(this.#shown + PAGE_SIZE, asked);
		const items = await this.#cards(outcome.hits.slice(this.#shown, this.#shown + PAGE_SIZE), this.#query, this.#shown);
		if (run !== this.#run) return [];
		this.#el('[data-results]').append(...items);
		this.#shown += items.length;
		this.#renderProgress(outcome);
		return items;
	}

	/** The news reports' search: shown under the statements once there are words; run when the reader asks (`reports=1`). */
	async #searchReports(run: number, state: SearchState): Promise<void> {
		const section = this.#el('[data-reports]');
		const q = state.q.trim();
		section.hidden = !q && !state.reports;
		this.#el('[data-reports-search]').hidden = !!state.reports || !q;
		this.#el('[data-reports-intro]').hidden = !!state.reports;
		if (!state.reports || !q) {
			this.#reportHits = [];
			this.#el('[data-reports-results]').replaceChildren();
			this.#el('[data-reports-more]').hidden = true;
			this.#el('[data-reports-status]').textContent = state.reports ? words.reportsNeedWords : '';
			return;
		}
		let outcome: Outcome;
		try {
			this.#reports ??= loadPagefind(ROUTES.pagefindReports);
			outcome = await runSearch(await this.#reports, { q, filters: {}, sort: 'relevance' }, { wantFacets: false, firstPage: PAGE_SIZE });
		} catch (error) {
			if (run === this.#run) this.#el('[data-reports-status]').textContent = words.failed(error instanceof Error ? error.message : String(error));
			return;
		}
		await outcome.fill(Number.POSITIVE_INFINITY, true);
		const first = await this.#cards(outcome.hits.slice(0, PAGE_SIZE), outcome.query, 0, 'report');
		if (run !== this.#run) return;
		this.#reportHits = outcome.hits;
		this.#reportsShown = first.length;
		this.#el('[data-reports-results]').replaceChildren(...first);
		this.#el('[data-reports-more]').hidden = this.#reportsShown >= this.#reportHits.length;
		this.#el('[data-reports-status]').textContent = words.reportsStatus(outcome.hits.length, q);
	}

	async #showMoreReports(): Promise<void> {
		const run = this.#run;
		const items = await this.#cards(this.#reportHits.slice(this.#reportsShown, this.#reportsShown + PAGE_SIZE), this.#query, this.#reportsShown, 'report');
		if (run !== this.#run) return;
		this.#el('[data-reports-results]').append(...items);
		this.#reportsShown += items.length;
		this.#el('[data-reports-more]').hidden = this.#reportsShown >= this.#reportHits.length;
		items[0]?.querySelector('a')?.focus();
	}

	#card(view: ResultView, id: string): HTMLElement {
		if (view.type === 'report') {
			return h('li', {}, h('article', { class: 'card result', 'aria-labelledby': id },
				h('h3', { class: 'card-head', id }, h('a', { class: 'result-link', href: view.url }, view.title)),
				h('p', { class: 'meta' }, `${view.outlet} · ${view.dateLabel}`),
				view.excerpt.length > 0 && h('p', { class: 'excerpt' }, ...textParts(view.excerpt)),
				h('ul', { class: 'badges' }, h('li', {}, h('span', { class: 'badge' }, words.newsReport))),
			));
		}
		// The same parts, classes and words as the card on every other page (src/lib/statement-card.ts),
		// from the same view; only the heading links the statement page, as a result list's should.
		const card = view.card;
		return h('li', {}, h('article', { class: 'card result', 'aria-labelledby': id },
			h('h3', { class: 'card-head', id }, h('a', { class: 'result-link', href: card.url }, card.speaker.name, h('span', { class: 'muted' }, `, ${card.dateLabel}`))),
			h('p', { class: 'meta' }, `${card.role} · ${card.setting}`, ...(card.event ? [' · ', h('a', { class: 'event-link', href: card.event.url }, card.event.name)] : [])),
			h('blockquote', { class: 'quote', cite: card.source.url, ...(card.lang !== LANG ? { lang: card.lang } : {}) }, h('p', {}, ...textParts(view.quote))),
			view.foundIn && h('p', { class: 'found-in' }, h('span', { class: 'meta' }, `${view.foundIn.label}: `), ...textParts(view.foundIn.parts)),
			h('ul', { class: 'badges' },
				h('li', {}, h('span', { class: 'badge badge-stance', title: STANCE_DEFINITIONS[card.stance] }, common.stance(card.stance))),
				...card.caveats.map((c) => h('li', {}, h('span', { class: 'badge badge-caveat', title: c.explain }, c.text))),
				card.dateNote && h('li', {}, h('span', { class: 'badge' }, card.dateNote)),
			),
			card.otherWordings && h('p', { class: 'meta wording-note' }, `${card.otherWordings}.`),
			h('p', { class: 'card-links' },
				h('span', {}, statementCard.source, h('a', { href: card.source.url, rel: 'external noopener noreferrer' }, card.source.line), card.moreSources > 0 && h('span', { class: 'muted' }, statementCard.moreSources(card.moreSources))),
			),
		));
	}

	#renderNotice(outcome: Outcome): void {
		const notice = this.#el('[data-notice]');
		// Nothing found yet among the candidates read so far is not "no results": the status says
		// more are unchecked, and the button checks them.
		if (outcome.total > 0 || !outcome.complete) {
			notice.replaceChildren();
			return;
		}
		const { q } = this.#state;
		const tips: Child[] = [];
		if (filterCount(this.#state)) tips.push(h('li', {}, h('a', { href: `${SEARCH_PATH}${searchQueryString({ q, sort: this.#state.sort })}` }, words.withoutFilters), '.'));
		tips.push(h('li', {}, words.spelling(outcome.query.phrases.length > 0)));
		const close = closeSpeakers(q, this.#labels.speaker ?? {});
		if (close.length) {
			const links = close.flatMap((id, i) => [i > 0 ? ', ' : '', h('a', { href: `${SEARCH_PATH}${searchQueryString({ filters: { speaker: [id] } })}` }, this.#labels.speaker?.[id] ?? id)]);
			const [before, after] = words.didYouMean.split('{speakers}');
			tips.push(h('li', {}, before, ...links, after));
		}
		notice.replaceChildren(h('div', { class: 'no-results' }, h('p', {}, h('strong', {}, words.nothing)), h('ul', {}, ...tips)));
	}

	#renderFacets(counts: FilterCounts): void {
		const container = this.#el('[data-facets]');
		const focused = document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement) ? `${document.activeElement.name}\u0000${document.activeElement.value}` : null;
		const groups = FACETS.map(({ key, title }) => {
			const selected = this.#state.filters[key] ?? [];
			const options = facetOptions(key, counts[key], selected, this.#labels);
			if (!options.length) return null;
			return h('details', { class: 'facet', 'data-facet': key, open: this.#openFacets.has(key) ? '' : undefined },
				h('summary', {}, title, selected.length ? h('span', { class: 'muted' }, words.ticked(selected.length)) : null),
				h('fieldset', {},
					h('legend', { class: 'visually-hidden' }, title),
					h('ul', { class: 'facet-options' }, ...options.map((o, i) => {
						const inputId = `facet-${key}-${i}`;
						return h('li', {},
							h('input', { type: 'checkbox', id: inputId, name: key, value: o.value, checked: o.checked ? '' : undefined }),
							h('label', { for: inputId }, o.label, ' ', h('span', { class: 'count' }, `(${o.count})`)),
						);
					})),
				),
			);
		});
		container.replaceChildren(...groups.filter((g): g is HTMLElement => g !== null));
		const ticked = filterCount(this.#state);
		this.#el('[data-filter-summary]').textContent = ticked ? words.filtersTicked(ticked) : words.filters;
		if (focused) {
			const [name, value] = focused.split('\u0000');
			[...container.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === name && i.value === value)?.focus();
		}
	}

	/** ↓ from the box goes to the first result; ↓ and ↑ move between results; ↑ from the first goes back to the box. */
	#onKey(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a.result-link')];
		if (!links.length) return;
		const target = event.target as HTMLElement;
		const down = event.key === 'ArrowDown';
		if (target === this.#input) {
			if (!down) return;
			links[0]!.focus();
		} else {
			const i = links.indexOf(target as HTMLAnchorElement);
			if (i < 0) return;
			if (down) links[Math.min(i + 1, links.length - 1)]!.focus();
			else if (i === 0) this.#input.focus();
			else links[i - 1]!.focus();
		}
		event.preventDefault();
	}

	#showLoadError(): void {
		const notice = this.#el<HTMLElement>('[data-load-error]');
		notice.hidden = false;
		notice.textContent = this.dataset.dev !== undefined
			? words.noIndexDev
			: words.noIndex;
		this.#el('[data-status]').textContent = words.unavailable;
	}
}

customElements.define('quote-search', QuoteSearch);
