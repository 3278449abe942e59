/**
 * Writes dist/sitemap.xml after the build from the pages actually built (every HTML file but
 * the 404 page), so it can never list a page that does not exist or miss one that does.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Site addresses of the built pages under `dir`, sorted. */
export function builtAddresses(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html') && !f.startsWith('embed/'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`)
		.sort();
}

export function sitemapXml(site: URL, addresses: readonly string[]): string {
	const urls = addresses.map((a) => `  <url><loc>${new URL(a, site).href}</loc></url>`);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export default function sitemap(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'gw-sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!site) throw new Error('astro.config.mjs must set `site` for the sitemap');
				const out = fileURLToPath(dir);
				const addresses = builtAddresses(out);
				writeFileSync(`${out}/sitemap.xml`, sitemapXml(site, addresses));
				logger.info(`sitemap.xml: ${addresses.length} pages`);
			},
		},
	};
}
