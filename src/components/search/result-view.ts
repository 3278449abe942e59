/**
 * What a result card shows, worked out from a Pagefind record and the query. Pure: the page
 * turns it into elements with text nodes and <mark>s only, never through innerHTML.
 */
import { decodeMeta } from '../../lib/pagefind-attrs.ts';
import { findCompound, findPhrase, highlightRanges, type ParsedQuery, splitByRanges } from '../../lib/search-text.ts';
import { search as words } from '../../i18n/en/search.ts';
import { metaWordings, type RecordData } from './engine.ts';

export interface TextPart {
	text: string;
	mark: boolean;
}

export interface StatementView {
	type: 'statement';
	url: string;
	speaker: string;
	role: string;
	setting: string;
	dateLabel: string;
	stance: string;
	kind: string;
	/** BCP 47 language of the quote. */
	lang: string;
	/** What qualifies the words: translation, transcript, other reports' kinds of wording. */
	caveats: string[];
	/** Who printed the quote, the original outlet first. */
	source: string;
	/** The exact quote, split where query words are highlighted. */
	quote: TextPart[];
	/** Where the query matched when the quote alone does not show it. */
	foundIn: { label: string; parts: TextPart[] } | null;
}

export interface ReportView {
	type: 'report';
	url: string;
	title: string;
	outlet: string;
	dateLabel: string;
	excerpt: TextPart[];
}

export type ResultView = StatementView | ReportView;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Pagefind's excerpt as text parts: it is our own page text with `<` and `>` escaped and
 * `<mark>`…`</mark>` around matches, so splitting on those tags recovers it exactly.
 */
export function excerptParts(excerpt: string): TextPart[] {
	const parts: TextPart[] = [];
	excerpt.split(/(<mark>|<\/mark>)/).reduce((inMark, piece) => {
		if (piece === '<mark>') return true;
		if (piece === '</mark>') return false;
		if (piece) parts.push({ text: piece.replace(/&lt;|&gt;/g, (e) => ENTITIES[e]!), mark: inMark });
		return inMark;
	}, false);
	return parts;
}

/** True when the quote itself shows why the statement matched. */
function quoteShowsMatch(quote: string, q: ParsedQuery, ranges: readonly [number, number][]): boolean {
	if (q.phrases.length || q.compounds.length) return q.phrases.every((p) => findPhrase(quote, p)) && q.compounds.every((c) => findCompound(quote, c));
	return ranges.length > 0;
}

function meta(data: RecordData, key: string): string {
	return data.meta[key] ?? '';
}

/** The card for one record. */
export function toView(data: RecordData, q: ParsedQuery): ResultView {
	if (data.meta.quote === undefined) {
		return { type: 'report', url: data.url, title: meta(data, 'title'), outlet: meta(data, 'outlet'), dateLabel: meta(data, 'dateLabel'), excerpt: q.terms.length ? excerptParts(data.excerpt) : [] };
	}
	const quote = decodeMeta(meta(data, 'quote'));
	const ranges = highlightRanges(quote, q);
	let foundIn: StatementView['foundIn'] = null;
	if (q.terms.length && !quoteShowsMatch(quote, q, ranges)) {
		const wording = metaWordings(data).find((w) => quoteShowsMatch(w.text, q, highlightRanges(w.text, q)));
		foundIn = wording
			? { label: words.wordingOf(wording.outlet, wording.kind), parts: splitByRanges(wording.text, highlightRanges(wording.text, q)) }
			: { label: words.foundOnPage, parts: excerptParts(data.excerpt) };
	}
	return {
		type: 'statement',
		url: data.url,
		speaker: meta(data, 'speaker'),
		role: meta(data, 'role'),
		setting: meta(data, 'setting'),
		dateLabel: meta(data, 'dateLabel'),
		stance: meta(data, 'stance'),
		kind: meta(data, 'kind'),
		lang: data.meta.lang ?? 'en',
		caveats: data.meta.caveats ? (JSON.parse(decodeMeta(data.meta.caveats)) as string[]) : [],
		source: meta(data, 'source'),
		quote: splitByRanges(quote, ranges),
		foundIn,
	};
}
