/**
 * Writes dist/sitemap.xml after the build from the pages actually built (every HTML file but
 * the 404 page), so it can never list a page that does not exist or miss one that does.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PREFIX } from '../edition.ts';
import { builtPages, type WrittenBy, type WrittenPages } from '../lib/built-page.ts';

/** Site addresses of the built pages under `dir` (from `written`'s listing where it has one), sorted. */
export function builtAddresses(dir: string, written: WrittenPages | null = null): string[] {
	return builtPages(dir, written)
		.filter((f) => f.endsWith('index.html') && !f.startsWith('embed/'))
		.map((f) => `${PREFIX}/${f.replace(/index\.html$/, '')}`)
		.sort();
}

export function sitemapXml(site: URL, addresses: readonly string[]): string {
	const urls = addresses.map((a) => `  <url><loc>${new URL(a, site).href}</loc></url>`);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** The sitemap protocol's limit of addresses in one file. */
export const SITEMAP_LIMIT = 50_000;

/**
 * The sitemap files to write, by file name: one `sitemap.xml` while the site fits in one;
 * beyond SITEMAP_LIMIT addresses, `sitemap-1.xml`, `sitemap-2.xml`, … and a `sitemap.xml`
 * index of them, so robots.txt's single address keeps working at any size.
 */
export function sitemapFiles(site: URL, addresses: readonly string[], limit = SITEMAP_LIMIT): Map<string, string> {
	if (addresses.length <= limit) return new Map([['sitemap.xml', sitemapXml(site, addresses)]]);
	const files = new Map<string, string>();
	for (let i = 0; i * limit < addresses.length; i++) files.set(`sitemap-${i + 1}.xml`, sitemapXml(site, addresses.slice(i * limit, (i + 1) * limit)));
	const parts = [...files.keys()].map((name) => `  <sitemap><loc>${new URL(`${PREFIX}/${name}`, site).href}</loc></sitemap>`);
	files.set('sitemap.xml', ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...parts, '</sitemapindex>', ''].join('\n'));
	return files;
}

/** The integration; `written` gives the listing of the site an earlier step made (see `builtPages`). */
export default function sitemap({ written }: WrittenBy = {}): AstroIntegration {
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
				const addresses = builtAddresses(out, written?.() ?? null);
				const files = sitemapFiles(site, addresses);
				for (const [name, xml] of files) writeFileSync(`${out}/${name}`, xml);
				logger.info(`sitemap.xml: ${addresses.length} pages${files.size > 1 ? ` in ${files.size - 1} files` : ''}`);
			},
		},
	};
}
