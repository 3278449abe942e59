import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record.ts';
import { changesFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	return new Response(changesFeed(statements, speakers, site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
