/**
 * /sources/pages-<n>.json: the values of 500 report pages (src/lib/report-page.ts), which
 * src/integrations/shell-pages.ts writes into the shell as pages and then removes from the
 * build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../data/record.ts';
import { PAGES_PER_LIST, type PageEntry, pageListParts } from '../../lib/page-shell.ts';
import { reportPage } from '../../lib/report-page.ts';

export const getStaticPaths = (async () => pageListParts((await getRecord()).articles.size).map((part) => ({ params: { part: String(part) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const record = await getRecord();
	const first = Number(params.part) * PAGES_PER_LIST;
	const entries: PageEntry[] = [...record.articles.values()].slice(first, first + PAGES_PER_LIST).map((a) => ({ id: a.id, page: reportPage(a.id, a.data, a.summary, record, site!) }));
	return new Response(JSON.stringify(entries));
};
