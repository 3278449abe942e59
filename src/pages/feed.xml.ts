import type { APIRoute } from 'astro';
import { getRecord } from '../data/record.ts';
import { atomFeed } from '../lib/feeds.ts';
import { ROUTES } from '../lib/routes.ts';
import { SITE } from '../site.ts';
import { dictionary } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
	const { statements, speakers } = await getRecord();
	const xml = atomFeed({ title: dictionary(SITE.lang).feeds.all(SITE.name), pagePath: ROUTES.home, feedPath: ROUTES.feed, statements, speakers, site: site! });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
