/**
 * What a result card shows, worked out from a Pagefind record and the query. Pure: the page
 * turns it into elements with text nodes and <mark>s only, never through innerHTML.
 */
import { decodeCard, decodeMeta } from '../../lib/pagefind-attrs.ts';
import type { StatementCardView } from '../../lib/statement-view.ts';
import { findCompound, findPhrase, highlightRanges, type ParsedQuery, splitByRanges } from '../../lib/search-text.ts';
import { search as words } from '../../i18n/client.ts';
import { metaWordings, type RecordData } from './engine.ts';

export interface TextPart {
	text: string;
	mark: boolean;
}

/** A statement result: its card view (the same one its card on every page is drawn from), with the query's matches. */
export interface StatementView {
	type: 'statement';
	card: StatementCardView;
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
		card: decodeCard(meta(data, 'card'), quote),
		quote: splitByRanges(quote, ranges),
		foundIn,
	};
}
