/**
 * The `data-pagefind-*` attributes that shape the search index, computed here and spread by
 * the pages, so the templates stay thin and every rule is unit-tested.
 *
 * - Only statement pages and news-report pages carry `data-pagefind-body`: once any page has
 *   it, pages without it (timeline, lists, method, data) are left out of the index.
 * - A page has several bodies, one per part worth finding (speaker, quote, context…); the
 *   labels and navigation between them are not indexed at all.
 * - Filters, meta and the sort key are read from attributes on one element per record
 *   (`key[data-attr]`, one attribute per value), so values may hold commas and colons.
 *
 * @see https://pagefind.app/docs/indexing/
 * @see https://pagefind.app/docs/filtering/
 * @see https://pagefind.app/docs/metadata/
 * @see https://pagefind.app/docs/weighting/
 */
import { LANG } from '../edition.ts';
import type { Speaker, Statement } from './content/schemas.ts';
import { formatDay } from './dates.ts';
import { type FilterValues, reportFilters, statementFilters } from './search-facets.ts';
import { reportTitle, splitOutlet } from './statements.ts';
import { citedOutlet, type StatementCardView, statementCardView, wordingLabel } from './statement-view.ts';

export type DataAttributes = Record<`data-${string}`, string>;

/**
 * Ranking weights (0–10, quadratic: 2 counts about four times 1). The quote weighs most, then
 * the speaker's name, then another report's wording of the quote; setting, context, notes and
 * report details count as ordinary text.
 */
export const WEIGHTS = { quote: 10, speaker: 7, wording: 5, text: 1 } as const;

/** Marks an element's text as part of its page's search record, with a weight. */
export function indexed(weight: keyof typeof WEIGHTS = 'text'): DataAttributes {
	return { 'data-pagefind-body': '', 'data-pagefind-weight': String(WEIGHTS[weight]) };
}

/** Gives an element inside an indexed one its own weight. */
export function weighted(weight: keyof typeof WEIGHTS): DataAttributes {
	return { 'data-pagefind-weight': String(WEIGHTS[weight]) };
}

/** Keeps labels and boilerplate inside an indexed element out of the index. */
export const NOT_INDEXED: DataAttributes = { 'data-pagefind-ignore': '' };

/**
 * The sixteen signs a meta value is written in, two per byte of its UTF-8: ASCII punctuation,
 * which HTML attributes and JSON carry as they are.
 */
const META_SIGNS = '!#$%()*+,-./:;=?';
const SIGN_CODES = Uint8Array.from(META_SIGNS, (sign) => sign.charCodeAt(0));

/**
 * Meta values come back to the browser with their whitespace collapsed by Pagefind, and a
 * quote must stay byte for byte; so quote texts travel encoded and the search page decodes
 * them (`decodeMeta`). Pagefind 1.5 also indexes every meta value's words, so the encoding
 * holds no letter or digit, and Pagefind finds no word in it:
 * - Plain text, the quote's words counted twice and changed the ranking (tried: a Putin quote
 *   naming "President Trump" fell behind a Trump statement).
 * - Percent-encoded, each value was one word of up to 2,000 letters, plus its pieces between
 *   the escapes ("20guarantees"): at 5,000 statements, half of each part's index (1.59 MB
 *   of chunks, 0.84 MB without them), and a third of Pagefind's time at 20,000.
 */
export function encodeMeta(text: string): string {
	// Written into bytes and decoded once, so the string is flat: grown sign by sign it would
	// be a chain of thousands of pieces until first used.
	const bytes = new TextEncoder().encode(text);
	const signs = new Uint8Array(bytes.length * 2);
	for (let i = 0; i < bytes.length; i++) {
		signs[2 * i] = SIGN_CODES[bytes[i]! >> 4]!;
		signs[2 * i + 1] = SIGN_CODES[bytes[i]! & 15]!;
	}
	return new TextDecoder().decode(signs);
}

/** The inverse of `encodeMeta`; throws on a value it did not make. */
export function decodeMeta(value: string): string {
	if (value.length % 2) throw new Error(`not an encoded meta value (odd length): ${value.slice(0, 40)}`);
	const bytes = new Uint8Array(value.length / 2);
	for (let i = 0; i < bytes.length; i++) {
		const high = META_SIGNS.indexOf(value[2 * i]!);
		const low = META_SIGNS.indexOf(value[2 * i + 1]!);
		if (high < 0 || low < 0) throw new Error(`not an encoded meta value: ${value.slice(0, 40)}`);
		bytes[i] = high * 16 + low;
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** One report's own wording of a quote, as the search page shows it under a result. */
export interface MetaWording {
	outlet: string;
	text: string;
	/** The kind of wording, as its label ("Re-translation"). */
	kind: string;
}

/**
 * Other reports' wordings as one meta value: `[[outlet, text, kind], …]` as JSON, without key
 * names, which Pagefind would index as words on every statement ("outlet", "text").
 */
export function encodeWordings(wordings: readonly MetaWording[]): string {
	return encodeMeta(JSON.stringify(wordings.map((w) => [w.outlet, w.text, w.kind])));
}

/** The inverse of `encodeWordings`. */
export function decodeWordings(value: string): MetaWording[] {
	return (JSON.parse(decodeMeta(value)) as [string, string, string?][]).map(([outlet, text, kind]) => ({ outlet, text, kind: kind ?? '' }));
}

/**
 * A statement's card as its search record carries it: the card view without the quote, which
 * travels on its own (`quote` meta) for the phrase checks. Encoded like a quote, so its words
 * are not indexed a second time.
 */
export function encodeCard(view: StatementCardView): string {
	const { quote: _quote, ...card } = view;
	return encodeMeta(JSON.stringify(card));
}

/** The inverse of `encodeCard`, with the quote put back. */
export function decodeCard(value: string, quote: string): StatementCardView {
	return { ...(JSON.parse(decodeMeta(value)) as Omit<StatementCardView, 'quote'>), quote };
}

/** Filters, meta and the date sort key of a statement, for its page's <article>. */
export function statementRecordAttrs(s: Statement, speaker: Speaker, event: { name: string } | null = null): DataAttributes {
	const wordings: MetaWording[] = s.sources.filter((src) => src.quotedAs !== null).map((src) => ({ outlet: citedOutlet(src), text: src.quotedAs!, kind: wordingLabel(src.wording).text }));
	return recordAttrs(statementFilters(s, speaker), {
		date: s.date,
		quote: encodeMeta(s.quote),
		wordings: encodeWordings(wordings),
		card: encodeCard(statementCardView(s, speaker, event)),
	}, s.date);
}

/**
 * Filters, meta and sort key of a news report. A report whose page shows no date sorts by the
 * latest statement it carries (it cannot be older than that), so sorting by date never drops it.
 */
export function reportRecordAttrs(report: { outlet: string; published: string | null; title: string | null }, statements: readonly Statement[]): DataAttributes {
	const latest = statements.map((s) => s.date).sort().at(-1);
	const sortDate = report.published ?? latest;
	if (!sortDate) throw new Error('a report carries at least one statement');
	return recordAttrs(reportFilters(report.outlet, report.published), {
		date: report.published ?? '',
		dateLabel: report.published ? formatDay(report.published) : LANG === 'uk' ? 'Дату публікації не вказано' : 'Publication date not shown',
		title: reportTitle(report),
		outlet: splitOutlet(report.outlet).site,
	}, sortDate);
}

function recordAttrs(filters: FilterValues, meta: Record<string, string>, sortDate: string): DataAttributes {
	const attrs: DataAttributes = {};
	const filterRefs: string[] = [];
	for (const [key, values] of Object.entries(filters)) {
		values.forEach((value, i) => {
			const name = `data-filter-${key}-${i}` as const;
			attrs[name] = value;
			filterRefs.push(`${key}[${name}]`);
		});
	}
	const metaRefs: string[] = [];
	for (const [key, value] of Object.entries(meta)) {
		const name = `data-meta-${key.toLowerCase()}` as const;
		attrs[name] = value;
		metaRefs.push(`${key}[${name}]`);
	}
	attrs['data-sort-date'] = sortDate;
	attrs['data-pagefind-filter'] = filterRefs.join(', ');
	attrs['data-pagefind-meta'] = metaRefs.join(', ');
	attrs['data-pagefind-sort'] = 'date[data-sort-date]';
	return attrs;
}
