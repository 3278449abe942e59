/**
 * The statement page's shell (src/lib/statement-page.ts says why a build writes the statement
 * pages from one): its placeholders, and the function that writes a page from it. Apart from
 * the page's values, so that the processes writing the pages load nothing else.
 */
import { escapeAttribute, escapeText } from './html.ts';

/** Where a build's Astro renders the shell: `statements/_statement-shell/` (no statement id starts with `_`). */
export const STATEMENT_SHELL_ID = '_statement-shell';

/** How many pages one part of the list carries: one list of every page would be a single string of over 500 MB at 20,000 statements. */
export const PAGES_PER_LIST = 500;

/** The parts the list of pages comes in, for `count` statements. */
export function pageListParts(count: number): number[] {
	return Array.from({ length: Math.ceil(count / PAGES_PER_LIST) }, (_, i) => i);
}

/**
 * The shell's placeholders: plain words that Astro's escaping leaves as they are and that no
 * page's text can hold where they stand (a page's texts are escaped before they go in). The
 * statement's id goes in wherever the shell's id stands: in every address of the page.
 */
export const MARKS = {
	title: '@@GW-STATEMENT-TITLE@@',
	description: '@@GW-STATEMENT-DESCRIPTION@@',
	imageAlt: '@@GW-STATEMENT-IMAGE-ALT@@',
	jsonLd: '@@GW-STATEMENT-JSON-LD@@',
	before: '@@GW-STATEMENT-BEFORE@@',
	after: '@@GW-STATEMENT-AFTER@@',
	id: STATEMENT_SHELL_ID,
} as const;
type Mark = keyof typeof MARKS;

/** What fills the shell: the page's texts and HTML (src/lib/statement-page.ts makes them). */
export interface StatementPageValues {
	title: string;
	description: string;
	/** The share image, where the build makes them. */
	image: { path: string; alt: string } | undefined;
	/** The schema.org Quotation, as JSON safe inside a <script>. */
	jsonLd: string;
	/** The article up to its first copy button, which the page renders as a component (its script comes with it). */
	beforeCopyLink: string;
	/** The rest of the article. */
	afterCopyLink: string;
}

/** One page in the list: the statement's id and its page. */
export interface StatementPageEntry {
	id: string;
	page: StatementPageValues;
}

/**
 * Reads the shell once and returns the function that writes a page from it. A placeholder in a
 * tag is an attribute's value and is escaped as one; elsewhere it is text, escaped as text; the
 * JSON-LD and the article go in as they are (they are HTML already). Throws, naming the
 * placeholder, if the shell lost one or holds one that must be there once twice.
 */
export function compileStatementShell(shell: string): (entry: StatementPageEntry) => string {
	const byMark = new Map<string, Mark>(Object.entries(MARKS).map(([key, mark]) => [mark, key as Mark]));
	const pattern = new RegExp(Object.values(MARKS).join('|'), 'g');
	const statics: string[] = [];
	const slots: { mark: Mark; inTag: boolean }[] = [];
	let from = 0;
	for (const m of shell.matchAll(pattern)) {
		const mark = byMark.get(m[0])!;
		statics.push(shell.slice(from, m.index));
		slots.push({ mark, inTag: shell.lastIndexOf('<', m.index) > shell.lastIndexOf('>', m.index) });
		from = m.index + m[0].length;
	}
	statics.push(shell.slice(from));
	const count = (mark: Mark) => slots.filter((s) => s.mark === mark).length;
	for (const mark of ['jsonLd', 'before', 'after'] as const) if (count(mark) !== 1) throw new Error(`the statement page shell must hold ${MARKS[mark]} (the page's ${mark}) exactly once`);
	for (const mark of ['title', 'description', 'id'] as const) if (count(mark) === 0) throw new Error(`the statement page shell must hold ${MARKS[mark]} (the page's ${mark})`);
	return ({ id, page }) => {
		const value = (mark: Mark, inTag: boolean): string => {
			const escape = inTag ? escapeAttribute : escapeText;
			switch (mark) {
				case 'title':
					return escape(page.title);
				case 'description':
					return escape(page.description);
				case 'imageAlt':
					return escape(page.image?.alt ?? '');
				case 'jsonLd':
					return page.jsonLd;
				case 'before':
					return page.beforeCopyLink;
				case 'after':
					return page.afterCopyLink;
				case 'id':
					return id;
			}
		};
		let out = statics[0]!;
		for (let i = 0; i < slots.length; i++) out += value(slots[i]!.mark, slots[i]!.inTag) + statics[i + 1]!;
		return out;
	};
}
