/**
 * Word-level difference between two wordings of the same remark. The segments of each side
 * concatenate back to that side's text exactly (whitespace included), so a wording shown with
 * its differences marked is still byte for byte the wording.
 */
export interface DiffSegment {
	text: string;
	/** True when this part of the text is not in the other wording. */
	changed: boolean;
}

/** Words and the whitespace between them, in order, so that joining them restores the text. */
function tokens(text: string): string[] {
	return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Compares on letters and digits only, so a curly vs straight apostrophe is still the same word. */
function key(token: string): string {
	return token.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

/** Marks in `a` and in `b` the words that the other does not share (longest common subsequence). */
export function wordDiff(a: string, b: string): { a: DiffSegment[]; b: DiffSegment[] } {
	const ta = tokens(a);
	const tb = tokens(b);
	const ka = ta.map(key);
	const kb = tb.map(key);
	const n = ta.length;
	const m = tb.length;
	const sameA = new Array<boolean>(n).fill(false);
	const sameB = new Array<boolean>(m).fill(false);
	// The words both open with are matched before the table: the walk below matches equal words
	// first, so it would pair them the same way, and the table (n·m) is only for the rest.
	let start = 0;
	for (; start < n && start < m && ka[start] === kb[start]; start++) sameA[start] = sameB[start] = true;
	// LCS lengths of the rest, filled from the end, row i - start for token i; quotes are short
	// (tens of words), so O(n·m) is fine.
	const table: Uint16Array[] = Array.from({ length: n - start + 1 }, () => new Uint16Array(m - start + 1));
	const at = (i: number, j: number) => table[i - start]![j - start]!;
	for (let i = n - 1; i >= start; i--) {
		for (let j = m - 1; j >= start; j--) {
			table[i - start]![j - start] = ka[i] === kb[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
		}
	}
	for (let i = start, j = start; i < n && j < m; ) {
		if (ka[i] === kb[j]) {
			sameA[i++] = true;
			sameB[j++] = true;
		} else if (at(i + 1, j) >= at(i, j + 1)) i++;
		else j++;
	}
	return { a: segments(ta, sameA), b: segments(tb, sameB) };
}

function segments(toks: string[], same: boolean[]): DiffSegment[] {
	const out: DiffSegment[] = [];
	toks.forEach((t, i) => {
		// Whitespace is never "changed" on its own: it joins the neighbouring words' state.
		const changed = /^\s+$/.test(t) ? !same[i] && !!out.at(-1)?.changed && !same[i + 1] : !same[i];
		const last = out.at(-1);
		if (last && last.changed === changed) last.text += t;
		else out.push({ text: t, changed });
	});
	return out;
}
