import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../../data/record.ts';
import { atomFeed } from '../../../lib/feeds.ts';
import { speakerFeedPath, speakerPath } from '../../../lib/routes.ts';
import { SITE } from '../../../site.ts';
import { dictionary } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
	const { speakers } = await getRecord();
	return [...speakers.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const { statements, speakers } = await getRecord();
	const id = params.id!;
	const xml = atomFeed({
		title: dictionary(SITE.lang).feeds.bySpeaker(SITE.name, speakers.get(id)?.name ?? id),
		pagePath: speakerPath(id),
		feedPath: speakerFeedPath(id),
		statements: statements.filter((s) => s.speaker === id),
		speakers,
		site: site!,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
