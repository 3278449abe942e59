/**
 * /embed/cards.json: every embed card's title, address and body, which
 * src/integrations/embeds.ts writes into the shell as pages and then removes from the build.
 */
import type { APIRoute } from 'astro';
import { allEmbedCards } from '../../data/embeds.ts';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(await allEmbedCards(site!)));
