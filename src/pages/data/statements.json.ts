import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record.ts';
import { exportAll } from '../../lib/export.ts';

/** The public data contract (PRODUCT.md); generatedAt is the build time. */
export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	const body = exportAll(statements, speakers, site!, new Date());
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
