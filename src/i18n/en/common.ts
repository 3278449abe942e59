/**
 * Words several pages share, and the search page's script (./search.ts imports them). A file
 * of its own, like ./copy-link.ts, ./search.ts and ./compare.ts: each browser script imports
 * only its file, so no two scripts share a chunk and the copy button's script stays inline.
 */

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const statements = (n: number) => plural(n, 'statement', 'statements');

/** Words shared by several pages. */
export const common = {
	statements,
	corrections: (n: number) => plural(n, 'correction', 'corrections'),
	/** A statement named by its speaker and date: "Donald Trump, 7 Jan 2025". */
	who: (name: string, date: string) => `${name}, ${date}`,
	why: (reason: string) => `Why: ${reason}`,
	page: (n: number) => `Page ${n}`,
	stance: (stance: string) => `Stance: ${stance}`,
	/** A v1 stance as readers see it: English shows the rubric's word itself. */
	stanceName: (stance: string) => stance,
	asPrintedBy: (source: string) => `As printed by ${source}`,
	archivedCopies: 'Archived copies',
};

/** A statement's card: on list pages and as a search result (the search script draws it too). */
export const statementCard = {
	ownWording: (kind: string) => `This report’s own wording (${kind}):`,
	dateMonth: 'Date known to the month',
	dateApproximate: 'Date approximate',
	source: 'Source: ',
	moreSources: (n: number) => ` and ${n} more`,
	statementPage: 'Statement page',
	/** Read after "Statement page" by screen readers only. */
	statementPageOf: (name: string, date: string) => `: ${name}, ${date}`,
};
