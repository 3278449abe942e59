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
	const { speakerSummaries, speakers } = await getRecord();
	const id = params.id!;
	// The speaker's statements, oldest first like the record's, from the summaries computed
	// once: a filter of the whole record per feed took 1.5–2 s of a 20,000-statement build.
	// A speaker without statements has no summary, and an empty feed.
	const own = speakerSummaries.find((summary) => summary.id === id)?.statements ?? [];
	const xml = atomFeed({
		title: dictionary(SITE.lang).feeds.bySpeaker(SITE.name, speakers.get(id)?.name ?? id),
		pagePath: speakerPath(id),
		feedPath: speakerFeedPath(id),
		statements: own,
		speakers,
		site: site!,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
