import type { APIRoute } from 'astro';
import { ROUTES } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(ROUTES.sitemap, site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
