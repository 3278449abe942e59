/**
 * /statements/pages-<n>.json: the values of 500 statements' pages (src/lib/statement-page.ts),
 * which src/integrations/shell-pages.ts writes into the shell as pages and then removes
 * from the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../data/record.ts';
import { statementPage } from '../../lib/statement-page.ts';
import { PAGES_PER_LIST, type PageEntry, pageListParts } from '../../lib/page-shell.ts';

export const getStaticPaths = (async () => pageListParts((await getRecord()).statements.length).map((part) => ({ params: { part: String(part) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const record = await getRecord();
	const first = Number(params.part) * PAGES_PER_LIST;
	const entries: PageEntry[] = record.statements.slice(first, first + PAGES_PER_LIST).map((s) => ({ id: s.id, page: statementPage(s, record, site!) }));
	return new Response(JSON.stringify(entries));
};
