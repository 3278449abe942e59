import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record.ts';
import { exportStatement } from '../../lib/export.ts';
import { sourcesCsv } from '../../lib/export-rows.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	const csv = sourcesCsv(statements.map((s) => exportStatement(s, speakers, site!)));
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
