/**
 * What the steps after Astro (the search index, the sitemap, the headers) read of the built
 * site: its files; and of a built page, found in its text or its bytes without parsing it: whether it is a search record, its sort date,
 * its Content-Security-Policy. Here once, so the writer of the statement and report pages
 * (src/integrations/shell-pages.ts) can note them as it writes, and those steps need not read
 * its pages again.
 */

import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Every file under `dir`, as paths relative to it. Listed as entries with their types: at
 * 127,000 entries (a 20,000-statement site) 1.0–1.4 s, where listing names took 1.6–2.2 s.
 */
export function builtFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(relative(dir, entry.parentPath), entry.name));
}

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
	/**
	 * Every HTML file under `dir` once the writer was done, as `builtFiles` names them, shared
	 * by the index, the sitemap and the headers instead of listing the site once each (1.0–1.4 s
	 * a listing at 20,000 statements). So no step between the writer and the headers may add
	 * or remove a page (astro.config.mjs); the embed cards are written after them all.
	 */
	html: readonly string[];
}

/** `written`, when it is of `dir`; else null, and the folder must be read. */
function ofFolder(written: WrittenPages | null | undefined, dir: string): WrittenPages | null {
	return written && resolve(written.dir) === resolve(dir) ? written : null;
}

/** Every HTML file under `dir`: `written`'s listing when it is of that folder, else listed now. */
export function builtPages(dir: string, written?: WrittenPages | null): readonly string[] {
	return ofFolder(written, dir)?.html ?? builtFiles(dir).filter((f) => f.endsWith('.html'));
}

/** What `written` says of `file` under `dir`, or undefined when the page must be read. */
export function noted(written: WrittenPages | null | undefined, dir: string, file: string): WrittenPage | undefined {
	return ofFolder(written, dir)?.pages.get(file);
}

/** How an integration is told what an earlier step wrote: asked when it runs (null before, or in `astro dev`). */
export interface WrittenBy {
	written?: () => WrittenPages | null;
}
