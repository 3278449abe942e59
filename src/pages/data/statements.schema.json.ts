import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/export.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(exportJsonSchema(site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
