/**
 * The embed cards of the record (src/lib/embed.ts), for the dev page and the build's list.
 */
import type { Statement } from '../lib/content/schemas.ts';
import { type EmbedCard, embedCard } from '../lib/embed.ts';
import { statementCardView } from '../lib/statement-view.ts';
import { PREVIEW, SITE } from '../site.ts';
import { getRecord, type Record } from './record.ts';

function cardOf(s: Statement, { speakers, events }: Pick<Record, 'speakers' | 'events'>, site: URL): EmbedCard {
	const view = statementCardView(s, speakers.get(s.speaker)!, s.event ? events.get(s.event) : null);
	return embedCard(view, { lang: SITE.lang, site, siteName: SITE.name, preview: PREVIEW });
}

/** The card of one statement, its permanent address built on `site`. */
export async function embedCardFor(s: Statement, site: URL): Promise<EmbedCard> {
	return cardOf(s, await getRecord(), site);
}

/** Every statement's card, in the record's order. */
export async function allEmbedCards(site: URL): Promise<EmbedCard[]> {
	const record = await getRecord();
	return record.statements.map((s) => cardOf(s, record, site));
}
