/**
 * The evidence rule: the words a page printed must be found, byte for byte, inside the passage
 * kept as evidence of it. When they are not, say where they part and what usually causes it,
 * so an editor fixes the copy instead of guessing.
 */

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ']);
const DASHES = new Set(['-', '–', '—']);
/** Punctuation a page prints just inside its closing quotation mark. */
const TRAILING = new Set([',', '.', ';', ':', '!', '?']);
const CLOSING = new Set(['"', '”', '»', '’', "'"]);

function show(ch: string | undefined): string {
	if (ch === undefined) return 'the end';
	if (ch === '\n') return 'a line break';
	if (ch === ' ') return 'a space';
	return `"${ch}"`;
}

function likelyCause(wanted: string | undefined, found: string | undefined): string {
	if (wanted !== undefined && found !== undefined) {
		if (APOSTROPHES.has(wanted) && APOSTROPHES.has(found)) {
			return wanted === "'" ? 'a straightened apostrophe: copy the page’s curly one' : 'a curled apostrophe: the page prints a straight one';
		}
		if (QUOTE_MARKS.has(wanted) && QUOTE_MARKS.has(found)) return 'a different kind of quotation mark than the page prints';
		if (DASHES.has(wanted) && DASHES.has(found)) return 'a different dash than the page prints';
		if (/\s/.test(wanted) && /\s/.test(found)) return 'a different space or line break';
		if (TRAILING.has(found) && !TRAILING.has(wanted)) return `a dropped ${found === ',' ? 'comma' : 'punctuation mark'}`;
		if (TRAILING.has(wanted) && !TRAILING.has(found)) return `an added ${wanted === ',' ? 'comma' : 'punctuation mark'}`;
		return 'a changed word or letter';
	}
	if (wanted !== undefined) return 'words the evidence does not hold: is the evidence cut short?';
	return 'a changed word or letter';
}

/**
 * Null when `words` stand in `evidence` exactly; else a message naming the first character at
 * which the best match parts from the evidence and the likely cause.
 */
export function evidenceProblem(words: string, evidence: string): string | null {
	const at = evidence.indexOf(words);
	if (at >= 0) {
		// The page's punctuation inside the closing mark belongs to the quote: a quote that stops
		// just before it has dropped it.
		const next = evidence[at + words.length];
		const after = evidence[at + words.length + 1];
		if (next !== undefined && TRAILING.has(next) && (after === undefined || CLOSING.has(after)) && !TRAILING.has(words.at(-1) ?? '')) {
			return `stops before the ${show(next)} the page prints inside its closing quotation mark (character ${words.length + 1}): likely cause: a dropped ${next === ',' ? 'trailing comma' : 'trailing punctuation mark'}`;
		}
		return null;
	}
	// The longest start of the words found anywhere in the evidence.
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (evidence.includes(words.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	const matched = lo;
	const wanted = words[matched];
	if (matched === 0) return `is not found in the evidence: its first character ${show(wanted)} does not start any passage of it; is this the right evidence?`;
	const start = evidence.indexOf(words.slice(0, matched));
	const found = evidence[start + matched];
	const context = words.slice(Math.max(0, matched - 20), matched);
	return `differs from the evidence at character ${matched + 1} (after "${context}"): it has ${show(wanted)} where the evidence has ${show(found)}; likely cause: ${likelyCause(wanted, found)}`;
}
