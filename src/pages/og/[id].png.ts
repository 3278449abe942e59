import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord, statementPaths } from '../../data/record.ts';
import { formatStatementDate } from '../../lib/dates.ts';
import { cardPng } from '../../lib/og-image.ts';
import { editionQuote, quoteLabels, sourceLine } from '../../lib/statement-view.ts';
import { OG_IMAGES, SITE } from '../../site.ts';
import { dictionary } from '../../i18n/index.ts';

export const getStaticPaths = (async () => (OG_IMAGES ? statementPaths() : [])) satisfies GetStaticPaths;

/** The share card of one statement (1200×630 PNG), made at build time. */
export const GET: APIRoute = async ({ params }) => {
	const { statementById, speakers } = await getRecord();
	const s = statementById.get(params.id!)!;
	const shown = editionQuote(s);
	const png = await cardPng({
		quote: shown.text,
		speaker: speakers.get(s.speaker)?.name ?? s.speaker,
		role: s.role,
		date: formatStatementDate(s.date, s.datePrecision),
		stance: dictionary(SITE.lang).common.stance(s.stance),
		provenance: [dictionary(SITE.lang).common.asPrintedBy(sourceLine(shown.source)), ...(shown.recorded ? quoteLabels(s).map((l) => l.text) : [])].join(' · '),
		siteName: SITE.name,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
