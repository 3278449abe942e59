/** The list of news reports (/sources/): its order and its pages. Pure and tested. */
import { sourcesListPath } from './routes.ts';

/**
 * Reports on each page of the list. At 1,638 reports one page was 95 KB gzipped, and the
 * 20,000-statement benchmark's 8,000 reports made it 217 KB; a page of 200 is about 12 KB.
 */
export const SOURCES_PAGE_SIZE = 200;

export interface SourceListPage<T> {
	/** 1-based. */
	page: number;
	pages: number;
	/** Position of the first report on this page in the whole list, 1-based. */
	from: number;
	items: T[];
	path: string;
}

type Listed = { data: { published: string | null; outlet: string } };

/** Newest publication first; reports whose page shows no date come last, by outlet. */
export function sortReports<T extends Listed>(reports: Iterable<T>): T[] {
	return [...reports].sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? '') || a.data.outlet.localeCompare(b.data.outlet));
}

/** The list's pages, in order; always at least one. */
export function sourceListPages<T extends Listed>(reports: Iterable<T>, size = SOURCES_PAGE_SIZE): SourceListPage<T>[] {
	const list = sortReports(reports);
	const pages = Math.max(1, Math.ceil(list.length / size));
	return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, from: i * size + 1, items: list.slice(i * size, (i + 1) * size), path: sourcesListPath(i + 1) }));
}
