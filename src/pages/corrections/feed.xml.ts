import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record.ts';
import { correctionsFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	return new Response(correctionsFeed(statements, speakers, site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
