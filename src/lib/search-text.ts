/**
 * How a query is read and how it is held against a statement's text, for the search page.
 * One module, unit-tested, so the words sent to Pagefind, the checks made on its results and
 * the highlighting of the quote all follow the same rules.
 *
 * Pagefind 1.5.2, measured on this site (see README, "Search"), indexes a hyphenated word as
 * the joined word plus its parts ("15-year" → "15year", "15", "year") and looks a hyphenated
 * query word up as the joined word only. So "15-year" misses "15 years" and "30-40-50" misses
 * "30, 40, or even 50". We therefore:
 *
 * - send a list of numbers ("30-40-50") as separate numbers: all must be on the page;
 * - send any other hyphenated word ("15-year", "Article-5") as its parts, and keep only
 *   results whose text has the parts side by side, joined by a hyphen, a space or nothing
 *   ("15-year", "15 years", "15year"; not "15, year");
 * - send the words of a "quoted phrase" as words, and keep only statements whose quote or
 *   a report's wording has that exact sequence of words (case, accents and curly or straight
 *   apostrophes aside).
 */
import { editDistance } from './content/slugs.ts';

/** A word in a text: letters and digits, with inner apostrophes, hyphens, dots or commas ("it's", "5-like", "200,000"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ.,\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;
const HYPHENS = /[‐‑]/g;
const NUMBER_LIST = /^\d+(?:-\d+)+$/;

export interface Token {
	/** Lowercase, without accents, straight apostrophes and plain hyphens: what is compared. */
	norm: string;
	/** Where the word stands in the original text (UTF-16 offsets, end exclusive). */
	start: number;
	end: number;
}

/** Lowercase, accents removed, typographic apostrophes and hyphens made plain. */
export function normalizeWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’ʼ]/g, "'")
		.replace(HYPHENS, '-');
}

/** The words of a text with their positions. */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

export interface ParsedQuery {
	/** The words Pagefind must find on a page (all of them). Empty: a search by filters alone. */
	terms: string[];
	/** Exact phrases, as normalised words, that a statement's quote or a wording must contain. */
	phrases: string[][];
	/** Hyphenated words, as normalised parts, that the page must contain side by side. */
	compounds: string[][];
}

/**
 * Reads a query as typed. Text in double quotes (straight or curly; an unclosed quote runs to
 * the end) is an exact phrase; the rest are words.
 */
export function parseQuery(raw: string): ParsedQuery {
	const text = raw.normalize('NFKC').replace(/[“”„‟″]/g, '"');
	const out: ParsedQuery = { terms: [], phrases: [], compounds: [] };
	text.split('"').forEach((segment, i) => {
		const words = tokenize(segment).map((t) => t.norm);
		if (i % 2 === 1) {
			if (words.length) out.phrases.push(words);
			out.terms.push(...words);
			return;
		}
		for (const word of words) {
			if (NUMBER_LIST.test(word)) out.terms.push(...word.split('-'));
			else if (word.includes('-')) {
				const parts = word.split('-');
				out.terms.push(...parts);
				out.compounds.push(parts);
			} else out.terms.push(word);
		}
	});
	out.terms = [...new Set(out.terms)];
	return out;
}

/** True when matching needs the text of each result, not only Pagefind's word index. */
export function needsTextCheck(q: ParsedQuery): boolean {
	return q.phrases.length > 0 || q.compounds.length > 0;
}

/** Where an exact phrase (normalised words) occurs in a text, or null. */
export function findPhrase(text: string, phrase: readonly string[]): [number, number] | null {
	if (!phrase.length) return null;
	const tokens = tokenize(text);
	for (let i = 0; i + phrase.length <= tokens.length; i++) {
		if (phrase.every((word, j) => tokens[i + j]!.norm === word)) return [tokens[i]!.start, tokens[i + phrase.length - 1]!.end];
	}
	return null;
}

/** A piece of a word between hyphens, with whether it is glued to the previous piece. */
interface Piece {
	norm: string;
	start: number;
	end: number;
	/** Joined to the piece before by a hyphen or only spaces (not by other punctuation). */
	joined: boolean;
}

function pieces(text: string): Piece[] {
	const out: Piece[] = [];
	let previousEnd = -1;
	for (const token of tokenize(text)) {
		const gapIsSpace = previousEnd >= 0 && /^\s+$/.test(text.slice(previousEnd, token.start));
		let offset = token.start;
		text.slice(token.start, token.end).split(/[-‐‑]/).forEach((part, i) => {
			out.push({ norm: normalizeWord(part), start: offset, end: offset + part.length, joined: i > 0 || gapIsSpace });
			offset += part.length + 1;
		});
		previousEnd = token.end;
	}
	return out;
}

/**
 * Where a hyphenated word (normalised parts) occurs in a text: its parts side by side, joined
 * by hyphens or spaces ("15-year", "15 years") or written as one word ("F16"). The last part
 * may continue ("year" finds "years"), as Pagefind's own matching does.
 */
export function findCompound(text: string, parts: readonly string[]): [number, number] | null {
	if (!parts.length) return null;
	const last = parts.length - 1;
	const list = pieces(text);
	for (let i = 0; i + parts.length <= list.length; i++) {
		const ok = parts.every((part, j) => {
			const piece = list[i + j]!;
			if (j > 0 && !piece.joined) return false;
			return j === last ? piece.norm.startsWith(part) : piece.norm === part;
		});
		if (ok) return [list[i]!.start, list[i + last]!.end];
	}
	const joined = parts.join('');
	for (const token of tokenize(text)) if (token.norm.startsWith(joined)) return [token.start, token.end];
	return null;
}

/**
 * The spans of a text to highlight for a query: phrases and hyphenated words where they
 * occur, and every word that begins with one of the other query words (a phrase's words are
 * marked only as the phrase). Sorted, merged, never overlapping.
 */
export function highlightRanges(text: string, q: ParsedQuery): [number, number][] {
	const ranges: [number, number][] = [];
	for (const phrase of q.phrases) {
		const at = findPhrase(text, phrase);
		if (at) ranges.push(at);
	}
	for (const parts of q.compounds) {
		const at = findCompound(text, parts);
		if (at) ranges.push(at);
	}
	const terms = q.terms.filter((t) => ![...q.compounds, ...q.phrases].some((words) => words.includes(t)));
	for (const token of tokenize(text)) {
		if (terms.some((t) => token.norm === t || (t.length >= 3 && token.norm.startsWith(t)))) ranges.push([token.start, token.end]);
	}
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const prev = merged.at(-1);
		if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

/** Splits a text into plain and highlighted parts along `ranges`, keeping every character. */
export function splitByRanges(text: string, ranges: readonly [number, number][]): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: text.slice(start, end), mark: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

/** How many typing mistakes a word of this length may carry and still suggest a name. */
function tolerance(length: number): number {
	return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Speakers whose name is close to a word of the query ("Zelenski", "trunp", "Macronn"), best
 * first, for the "no results" help. `speakers` maps speaker ids to names.
 */
export function closeSpeakers(query: string, speakers: Readonly<Record<string, string>>, limit = 3): string[] {
	const words = tokenize(query.replace(/"/g, ' ')).map((t) => t.norm).filter((w) => w.length >= 3);
	const scored: { id: string; name: string; distance: number }[] = [];
	for (const [id, name] of Object.entries(speakers)) {
		let best = Infinity;
		for (const part of tokenize(name).map((t) => t.norm)) {
			for (const word of words) {
				const d = editDistance(word, part);
				if (d <= tolerance(word.length) && d < best) best = d;
			}
		}
		if (best < Infinity) scored.push({ id, name, distance: best });
	}
	return scored
		.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map((s) => s.id);
}
