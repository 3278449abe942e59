/** Serving the built site at any size: the _headers file and the sitemap. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_BRIEF, CACHE_DAY, CACHE_YEAR, cacheRules, headersFile, headersPolicy, mergePolicies, writeHeaders } from '../../src/integrations/headers.ts';

const top = [
	{ name: '_astro', dir: true },
	{ name: 'index.html', dir: false },
	{ name: 'statements', dir: true },
	{ name: 'feed.xml', dir: false },
	{ name: 'og', dir: true },
	{ name: 'pagefind', dir: true },
	{ name: '_headers', dir: false },
];
const pagefind = [
	{ name: 'index', dir: true },
	{ name: 'fragment', dir: true },
	{ name: 'filter', dir: true },
	{ name: 'pagefind.en_bb69644323.pf_meta', dir: false },
	{ name: 'pagefind-entry.json', dir: false },
	{ name: 'pagefind.js', dir: false },
	{ name: 'wasm.en.pagefind', dir: false },
];

describe('_headers cache rules', () => {
	const rules = new Map(cacheRules(top, pagefind));

	it('caches content-hashed files for a year and everything else briefly', () => {
		expect(rules.get('/_astro/*')).toBe(CACHE_YEAR);
		for (const p of ['/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/pagefind.en_bb69644323.pf_meta']) expect(rules.get(p), p).toBe(CACHE_YEAR);
		for (const p of ['/', '/index.html', '/statements/*', '/feed.xml', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']) expect(rules.get(p), p).toBe(CACHE_BRIEF);
		expect(rules.get('/og/*')).toBe(CACHE_DAY);
	});

	it('never gives a path two Cache-Control rules (hosts would join them)', () => {
		const patterns = cacheRules(top, pagefind).map(([p]) => p);
		expect(patterns).not.toContain('/*');
		expect(patterns).not.toContain('/pagefind/*');
		expect(new Set(patterns).size).toBe(patterns.length);
	});

	it('writes the security headers once for every path, then the cache rules', () => {
		const text = headersFile(mergePolicies(["default-src 'self'; script-src 'sha256-a'", "script-src 'sha256-b'"]), cacheRules(top, pagefind));
		expect(text.startsWith("/*\n  Content-Security-Policy: default-src 'self'; script-src 'sha256-a' 'sha256-b'\n")).toBe(true);
		expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
		expect(text.match(/X-Content-Type-Options/g)).toHaveLength(1);
	});
});

describe('reading the pages\' policies', () => {
	it('merges every page\'s policy, wherever in the page and however its tag is written, and skips a page without one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-headers-'));
		try {
			const page = (path: string, head: string, size = 0) => {
				mkdirSync(join(dir, path), { recursive: true });
				writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html><head>${'x'.repeat(size)}${head}</head><body></body></html>`);
			};
			page('a', `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-a'">`);
			page('b', `<META HTTP-EQUIV="Content-Security-Policy" CONTENT="script-src 'sha256-b'">`);
			// Past the first 32 KB the page is read whole.
			page('c', `<meta http-equiv="content-security-policy" content="script-src 'sha256-c'">`, 40_000);
			page('d', '<title>No policy</title>');
			expect(writeHeaders(dir)).toMatchObject({ pages: 3, policies: 3 });
			expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain("Content-Security-Policy: default-src 'self'; script-src 'sha256-a' 'sha256-b' 'sha256-c'\n");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('merges the editions\' policies as their own _headers give them, reading no page', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-headers-'));
		try {
			mkdirSync(join(dir, 'a'));
			writeFileSync(join(dir, 'a', 'index.html'), `<meta http-equiv="content-security-policy" content="script-src 'sha256-read'">`);
			const edition = (hash: string) => headersPolicy(headersFile(`default-src 'self'; script-src '${hash}'`, []))!;
			expect(writeHeaders(dir, { policies: [edition('sha256-en'), edition('sha256-uk')] })).toMatchObject({ pages: 0, policies: 2 });
			expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain("Content-Security-Policy: default-src 'self'; script-src 'sha256-en' 'sha256-uk'\n");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('takes a written page\'s policy from its writer\'s note, not from the page; a note made for another folder counts for nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-headers-'));
		try {
			mkdirSync(join(dir, 'a'));
			writeFileSync(join(dir, 'a', 'index.html'), `<meta http-equiv="content-security-policy" content="script-src 'sha256-read'">`);
			// b/ is on disk but not in the writer's listing: for its own folder the listing is what is read.
			mkdirSync(join(dir, 'b'));
			writeFileSync(join(dir, 'b', 'index.html'), `<meta http-equiv="content-security-policy" content="style-src 'sha256-unlisted'">`);
			const note = (folder: string) => ({ dir: folder, pages: new Map([[join('a', 'index.html'), { record: false, sortDate: null, policy: "script-src 'sha256-noted'" }]]), html: [join('a', 'index.html')] });
			expect(writeHeaders(dir, { written: note(dir) })).toMatchObject({ pages: 1 });
			expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain("Content-Security-Policy: script-src 'sha256-noted'\n");
			expect(readFileSync(join(dir, '_headers'), 'utf8')).not.toContain('sha256-unlisted');
			expect(writeHeaders(dir, { written: note(join(dir, 'other')) })).toMatchObject({ pages: 2 });
			expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain("script-src 'sha256-read'");
			expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain("style-src 'sha256-unlisted'");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('sitemap at scale', () => {
	it('lists the pages for the sitemap from the writer\'s listing of the same folder, and lists the folder itself otherwise', async () => {
		const { builtAddresses } = await import('../../src/integrations/sitemap.ts');
		const dir = mkdtempSync(join(tmpdir(), 'gw-sitemap-'));
		try {
			for (const page of ['a', 'embed/x']) {
				mkdirSync(join(dir, page), { recursive: true });
				writeFileSync(join(dir, page, 'index.html'), '<p>page</p>');
			}
			// The listing is trusted for its own folder: b/, listed, is in the sitemap, though not on disk; for
			// another folder the folder itself is listed. The embed cards are left out either way.
			const listing = (folder: string) => ({ dir: folder, pages: new Map(), html: [join('a', 'index.html'), join('b', 'index.html')] });
			expect(builtAddresses(dir, listing(dir))).toEqual(['/a/', '/b/']);
			expect(builtAddresses(dir, listing(join(dir, 'other')))).toEqual(['/a/']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('splits into files of at most the limit, indexed by sitemap.xml, losing no address', async () => {
		const { sitemapFiles } = await import('../../src/integrations/sitemap.ts');
		const site = new URL('https://example.org');
		const addresses = Array.from({ length: 25 }, (_, i) => `/statements/s${i}/`);
		expect([...sitemapFiles(site, addresses, 25).keys()]).toEqual(['sitemap.xml']);
		const files = sitemapFiles(site, addresses, 10);
		expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
		expect(files.get('sitemap.xml')).toContain('<sitemapindex');
		expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/sitemap-3.xml</loc>');
		const listed = [...files].filter(([n]) => n !== 'sitemap.xml').flatMap(([, xml]) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
		expect(listed).toEqual(addresses.map((a) => `https://example.org${a}`));
		for (const [name, xml] of files) if (name !== 'sitemap.xml') expect(xml.match(/<url>/g)!.length).toBeLessThanOrEqual(10);
	});
});
