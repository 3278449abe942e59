/**
 * What the steps after Astro (the search index, the headers) read from a built page, found
 * in its text or its bytes without parsing it: whether it is a search record, its sort date,
 * its Content-Security-Policy. Here once, so the writer of the statement and report pages
 * (src/integrations/shell-pages.ts) can note them as it writes, and those steps need not read
 * its pages again.
 */

/** The attribute that makes a page a search record (see src/lib/pagefind-attrs.ts). */
export const RECORD_MARK = 'data-pagefind-body';

const SORT_DATE = 'data-sort-date="';

/** Whether a page is a search record: it carries RECORD_MARK. */
export function isRecord(html: string | Buffer): boolean {
	return html.indexOf(RECORD_MARK) >= 0;
}

/** A record page's sort date (`data-sort-date`), by which the statements' index is split into parts; null if it has none. */
export function sortDateIn(html: string | Buffer): string | null {
	const at = html.indexOf(SORT_DATE);
	if (at < 0) return null;
	const start = at + SORT_DATE.length;
	const end = html.indexOf('"', start);
	if (end <= start) return null;
	return typeof html === 'string' ? html.slice(start, end) : html.toString('utf8', start, end);
}

/** A page's Content-Security-Policy, as its <meta> gives it (any case). */
export const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The policy a page's text carries, or undefined. */
export function policyIn(html: string): string | undefined {
	return POLICY_META.exec(html)?.[1];
}

/** What the writer of a page noted of it: whether it is a search record, its sort date, its policy. */
export interface WrittenPage {
	record: boolean;
	sortDate: string | null;
	policy: string | undefined;
}

/**
 * The pages one build's writer wrote, by their path under `dir` as the steps list it
 * (`statements/<id>/index.html`); the steps trust it only for that folder.
 */
export interface WrittenPages {
	dir: string;
	pages: ReadonlyMap<string, WrittenPage>;
}

/** What `written` says of `file` under `dir`, or undefined when the page must be read. */
export function noted(written: WrittenPages | null | undefined, dir: string, file: string): WrittenPage | undefined {
	return written && written.dir === dir ? written.pages.get(file) : undefined;
}
