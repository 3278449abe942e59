import type { APIRoute } from 'astro';
import { LANGUAGES, pathInEdition } from '../edition.ts';
import { ROUTES } from '../lib/routes.ts';

/** One robots.txt at the root (scripts/editions.ts keeps the first edition's), naming every edition's sitemap. */
export const GET: APIRoute = ({ site }) => {
	const sitemaps = LANGUAGES.map((lang) => `Sitemap: ${new URL(pathInEdition(ROUTES.sitemap, lang), site).href}`);
	return new Response(`User-agent: *\nAllow: /\n\n${sitemaps.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
