import type { APIRoute } from 'astro';
import { getRecord } from '../data/record.ts';
import { atomFeed } from '../lib/feeds.ts';
import { ROUTES } from '../lib/routes.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	const xml = atomFeed({ title: `${SITE.name}: all statements`, pagePath: ROUTES.home, feedPath: ROUTES.feed, statements, speakers, site: site! });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
