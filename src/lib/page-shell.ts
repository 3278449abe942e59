/**
 * The shells the statement and report pages are written into after a build
 * (src/lib/statement-page.ts says why): their placeholders, and the function that writes a page
 * from one. Apart from the pages' values, so that the processes writing the pages load
 * nothing else.
 */
import { escapeAttribute, escapeText } from './html.ts';

/**
 * A kind of page written from a shell: its folder in the build, the shell's own folder there
 * (no id starts with `_`), and where its pages' values come from: lists of pages rendered by
 * Astro (`pages-<n>.json`), or the record (`RECORD_FILE`) the writing processes render the
 * pages from themselves.
 */
export interface ShellKind {
	folder: string;
	shellId: string;
	from: 'lists' | 'record';
}

export const SHELLS = {
	statements: { folder: 'statements', shellId: '_statement-shell', from: 'record' },
	reports: { folder: 'sources', shellId: '_report-shell', from: 'lists' },
} as const satisfies Record<string, ShellKind>;

/** The record a kind of page rendered by the writing processes comes with, in its folder. */
export const RECORD_FILE = 'pages-record.json';

/** How many pages one part of a list carries: one list of every page would be a single string of hundreds of MB on a large record. */
export const PAGES_PER_LIST = 500;

/** The parts a list of `count` pages comes in (`<folder>/pages-<n>.json`). */
export function pageListParts(count: number): number[] {
	return Array.from({ length: Math.ceil(count / PAGES_PER_LIST) }, (_, i) => i);
}

/**
 * The placeholders: plain words that Astro's escaping leaves as they are and that no page's
 * text can hold where they stand (a page's texts are escaped before they go in). A page's id
 * goes in wherever the shell's id stands: in every address of the page.
 */
export const MARKS = {
	title: '@@GW-PAGE-TITLE@@',
	description: '@@GW-PAGE-DESCRIPTION@@',
	imageAlt: '@@GW-PAGE-IMAGE-ALT@@',
	jsonLd: '@@GW-PAGE-JSON-LD@@',
	before: '@@GW-PAGE-BEFORE@@',
	after: '@@GW-PAGE-AFTER@@',
	copy: '@@GW-PAGE-COPY-URL@@',
} as const;
type Mark = keyof typeof MARKS | 'id';

/** What fills a shell: the page's texts and HTML. */
export interface PageValues {
	title: string;
	description: string;
	/** The share image, where the build makes them. */
	image?: { path: string; alt: string } | undefined;
	/** The schema.org description of the page, as JSON safe inside a <script>. */
	jsonLd?: string | undefined;
	/** The page's main content up to its first copy button, which the page renders as a component (its script comes with it). */
	beforeCopyLink: string;
	/** The rest of the main content. */
	afterCopyLink: string;
	/** What that first copy button copies: an absolute address. */
	permalink: string;
}

/** One page in a list: its id (the last part of its address) and its values. */
export interface PageEntry {
	id: string;
	page: PageValues;
}

/**
 * Reads a shell once and returns the function that writes a page from it. A placeholder in a
 * tag is an attribute's value and is escaped as one; elsewhere it is text, escaped as text; the
 * JSON-LD and the content go in as they are (they are HTML already). Throws, naming the
 * placeholder, if the shell lost one or holds one that must be there once twice.
 */
export function compileShell(shell: string, shellId: string): (entry: PageEntry) => string {
	const byMark = new Map<string, Mark>([...Object.entries(MARKS).map(([key, mark]) => [mark, key as Mark] as const), [shellId, 'id']]);
	const pattern = new RegExp([...byMark.keys()].join('|'), 'g');
	const statics: string[] = [];
	const slots: { mark: Mark; inTag: boolean }[] = [];
	let from = 0;
	for (const m of shell.matchAll(pattern)) {
		statics.push(shell.slice(from, m.index));
		slots.push({ mark: byMark.get(m[0])!, inTag: shell.lastIndexOf('<', m.index) > shell.lastIndexOf('>', m.index) });
		from = m.index + m[0].length;
	}
	statics.push(shell.slice(from));
	const count = (mark: Mark) => slots.filter((s) => s.mark === mark).length;
	const name = (mark: Mark) => (mark === 'id' ? shellId : MARKS[mark]);
	for (const mark of ['before', 'after', 'copy'] as const) if (count(mark) !== 1) throw new Error(`the page shell must hold ${name(mark)} (the page's ${mark}) exactly once`);
	if (count('jsonLd') > 1) throw new Error(`the page shell must hold ${name('jsonLd')} (the page's jsonLd) at most once`);
	for (const mark of ['title', 'description', 'id'] as const) if (count(mark) === 0) throw new Error(`the page shell must hold ${name(mark)} (the page's ${mark})`);
	return ({ id, page }) => {
		const value = (mark: Mark, inTag: boolean): string => {
			const escaped = inTag ? escapeAttribute : escapeText;
			switch (mark) {
				case 'title':
					return escaped(page.title);
				case 'description':
					return escaped(page.description);
				case 'imageAlt':
					return escaped(page.image?.alt ?? '');
				case 'jsonLd':
					return page.jsonLd ?? '';
				case 'before':
					return page.beforeCopyLink;
				case 'after':
					return page.afterCopyLink;
				case 'copy':
					return escaped(page.permalink);
				case 'id':
					return id;
			}
		};
		let out = statics[0]!;
		for (let i = 0; i < slots.length; i++) out += value(slots[i]!.mark, slots[i]!.inTag) + statics[i + 1]!;
		return out;
	};
}
