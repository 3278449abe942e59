import type { APIRoute } from 'astro';
import { getRecord } from '../data/record.ts';
import { jsonFeed } from '../lib/feeds.ts';
import { ROUTES } from '../lib/routes.ts';
import { SITE } from '../site.ts';
import { dictionary } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	const json = jsonFeed({ title: dictionary(SITE.lang).feeds.all(SITE.name), pagePath: ROUTES.home, feedPath: ROUTES.jsonFeed, statements, speakers, site: site! });
	return new Response(json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
