/**
 * /statements/pages-record.json: the record the statement pages are rendered from
 * (src/lib/statement-page.ts, `writerRecord`), which src/integrations/shell-pages.ts renders
 * into the shell as pages and then removes from the build.
 */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record.ts';
import { writerRecord } from '../../lib/statement-page.ts';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(writerRecord(await getRecord(), site!)));
