/** Issue 6 in the built site: data export schema and CSV, feeds, citations, sitemap. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { FEED_LIMIT } from '../../src/lib/feeds.ts';
import { allPages, content, page } from './helpers.ts';

const { statements, speakers } = content();
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const exported = JSON.parse(read('/data/statements.json'));

describe('data downloads', () => {
	it('statements.json validates against the published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(JSON.parse(read('/data/statements.schema.json')));
		expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
		// The schema is strict: a field the contract does not name is rejected.
		const extra = structuredClone(exported);
		extra.statements[0].invented = 1;
		expect(validate(extra)).toBe(false);
	});

	it('statements.csv parses back to the same statements, quotes byte for byte', () => {
		const rows = parseCsv(read('/data/statements.csv'), { columns: true, bom: false }) as Record<string, string>[];
		expect(rows.map((r) => r.id)).toEqual([...statements.keys()]);
		for (const row of rows) {
			const s = statements.get(row.id!)!;
			expect(row.quote).toBe(s.quote);
			expect(row.stance).toBe(s.stance);
			expect(row.notes).toBe(s.notes ?? '');
		}
	});

	it('statement-sources.csv has every statement–source pair with its own wording', () => {
		const rows = parseCsv(read('/data/statement-sources.csv'), { columns: true }) as Record<string, string>[];
		const want = [...statements.values()].flatMap((s) => s.sources.map((src) => [s.id, src.url, src.quotedAs ?? '']));
		expect(rows.map((r) => [r.statement_id, r.url, r.quoted_as])).toEqual(want);
	});
});

describe('feeds', () => {
	const atom = (path: string) => {
		const xml = read(path);
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = parseFeed(xml);
		expect(parsed.format).toBe('atom');
		return { xml, feed: parsed.feed as { entries?: { id?: string; links?: { href?: string }[] }[] } };
	};

	it('/feed.xml is well-formed Atom with the newest FEED_LIMIT statements, newest first, each linking its page', () => {
		const { feed } = atom('/feed.xml');
		const ids = feed.entries!.map((e) => e.id!.replace('urn:guarantee-watch:statement:', ''));
		const newest = [...statements.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)).slice(0, FEED_LIMIT);
		expect(new Set(ids)).toEqual(new Set(newest.map((s) => s.id)));
		expect(ids.length).toBe(Math.min(FEED_LIMIT, statements.size));
		const dates = ids.map((id) => statements.get(id)!.date);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const e of feed.entries!) expect(e.links?.[0]?.href).toMatch(/\/statements\/[a-z0-9-]+\/$/);
	});

	it('carries each quote exactly in the entry content', () => {
		const entries = new XMLParser({ ignoreAttributes: false }).parse(read('/feed.xml')).feed.entry as { id: string; content: { '#text': string } }[];
		for (const e of entries) {
			const s = statements.get(e.id.replace('urn:guarantee-watch:statement:', ''))!;
			expect(e.content['#text'].startsWith(`${s.quote}\n`)).toBe(true);
		}
	});

	it('has a feed per speaker with exactly their statements (the newest FEED_LIMIT)', () => {
		for (const id of speakers.keys()) {
			const { feed } = atom(`/speakers/${id}/feed.xml`);
			expect(feed.entries!.length).toBe(Math.min(FEED_LIMIT, [...statements.values()].filter((s) => s.speaker === id).length));
		}
	});

	it('/feed.json is a JSON Feed 1.1 with one item per statement, up to FEED_LIMIT', () => {
		const feed = JSON.parse(read('/feed.json'));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items).toHaveLength(Math.min(FEED_LIMIT, statements.size));
		expect(parseFeed(read('/feed.json')).format).toBe('json');
	});

	it('is discoverable from every page', () => {
		const $ = page('/');
		expect($('link[rel=alternate][type="application/atom+xml"]').attr('href')).toBe('/feed.xml');
		expect(page('/speakers/donald-trump/')('link[rel=alternate][href="/speakers/donald-trump/feed.xml"]').length).toBe(1);
	});
});

describe('citations, JSON-LD and embeds on statement pages', () => {
	it.each([...statements.values()].map((s) => [s.id, s] as const))('%s: every citation names the permanent URL and the primary source', (id, s) => {
		const $ = page(`/statements/${id}/`);
		const permalink = $('link[rel=canonical]').attr('href')!;
		for (const f of ['apa', 'chicago', 'mla', 'bibtex', 'csl']) {
			const text = $(`#cite-${f} pre`).text();
			expect(text, f).toContain(permalink);
			expect(text, f).toContain(s.sources[0]!.url);
		}
		const ld = JSON.parse($('script[type="application/ld+json"]').text());
		expect(ld).toMatchObject({ '@type': 'Quotation', text: s.quote, dateCreated: s.date, url: permalink });
		expect(ld.isBasedOn).toHaveLength(s.sources.length);
		expect($('pre.snippet').text()).toContain(`/embed/${id}/`);
	});

	// The cards are written after the build into one shell Astro renders (src/lib/embed.ts):
	// a card missing would break the embed code other sites copied.
	it.each(['', '/uk'])('every statement has its embed card in edition "%s", with its quote, linking back to its page; nothing of the shell is left', (prefix) => {
		const cards = allPages().filter((p) => p.startsWith(`${prefix}/embed/`) && p.split('/').length === (prefix ? 5 : 4));
		expect(cards.sort()).toEqual([...statements.keys()].map((id) => `${prefix}/embed/${id}/`).sort());
		for (const [id, s] of statements) {
			const $ = page(`${prefix}/embed/${id}/`);
			const canonical = $('link[rel=canonical]').attr('href')!;
			expect(new URL(canonical).pathname).toBe(`${prefix}/statements/${id}/`);
			expect($('main a[target=_top]').last().attr('href')).toBe(canonical);
			if (!prefix) expect($('blockquote p').text()).toBe(s.quote);
			expect($.html()).not.toContain('@@GW-EMBED');
		}
		expect(allPages().some((p) => p.includes('/_shell/'))).toBe(false);
		expect(() => read(`${prefix}/embed/cards.json`)).toThrow();
	});

	// The statement and report pages too are written after the build, each kind into one shell
	// (src/lib/statement-page.ts); tests/build/pages.test.ts checks each report's cards.
	it.each(['', '/uk'])('every statement has its page in edition "%s", and nothing of the shells or their lists is left', (prefix) => {
		// (The folder also holds the moved addresses' redirect pages.)
		for (const id of statements.keys()) {
			const $ = page(`${prefix}/statements/${id}/`);
			expect($('article[aria-labelledby=statement-title] blockquote.quote-large').length, id).toBe(1);
			expect($.html()).not.toMatch(/@@GW-|_statement-shell/);
		}
		expect(allPages().filter((p) => /_(statement|report)-shell|@@GW-/.test(p))).toEqual([]);
		expect(() => read(`${prefix}/statements/pages-record.json`)).toThrow();
		expect(() => read(`${prefix}/sources/pages-0.json`)).toThrow();
	});
});

describe('sitemap and robots', () => {
	it.each([
		['/sitemap.xml', (p: string) => !p.startsWith('/uk/')],
		['/uk/sitemap.xml', (p: string) => p.startsWith('/uk/')],
	])('%s lists every built page of its edition once and nothing else', (sitemap, inEdition) => {
		const xml = read(sitemap);
		expect(XMLValidator.validate(xml)).toBe(true);
		const locs = ([] as { loc: string }[]).concat(new XMLParser().parse(xml).urlset.url).map((u) => new URL(u.loc).pathname);
		const pages = allPages().filter((p) => inEdition(p) && !/^(\/uk)?\/404\.html$/.test(p) && !/^(\/uk)?\/embed\//.test(p));
		expect(locs.sort()).toEqual(pages);
	});

	it('robots.txt points to both editions\' sitemaps', () => {
		expect(read('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
		expect(read('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/uk\/sitemap\.xml$/m);
	});
});

describe('share cards', () => {
	it.each([...statements.keys()])('%s: og:image is a 1200×630 PNG that exists, with twitter large card', (id) => {
		const $ = page(`/statements/${id}/`);
		const url = $('meta[property="og:image"]').attr('content')!;
		expect(url).toMatch(new RegExp(`/og/${id}\\.png$`));
		const png = readFileSync(`dist${new URL(url).pathname}`);
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
		expect($('meta[property="og:image:alt"]').attr('content')).toContain(statements.get(id)!.quote);
	});

	it('every page has OpenGraph title, description, type and URL', () => {
		for (const path of allPages().filter((p) => !/^(\/uk)?\/embed\//.test(p) && !/^(\/uk)?\/404\.html$/.test(p))) {
			const $ = page(path);
			for (const prop of ['og:title', 'og:description', 'og:type', 'og:url']) expect($(`meta[property="${prop}"]`).attr('content'), `${path} ${prop}`).toBeTruthy();
		}
	});
});
