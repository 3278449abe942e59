/**
 * Issue 7's size limits, asserted on a generated 5,000-statement record (scripts/bench-corpus.ts,
 * deterministic), so a change that makes pages grow with the record fails here rather than on
 * the real site years from now. Sizes, not timings: timings live in `npm run bench`.
 *
 * Builds the generated record into .bench/test-dist-5000 (without share images or the search
 * index, which do not change page sizes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content/load.ts';

const N = 5000;
const CORPUS = `.bench/test-corpus-${N}`;
const DIST = `.bench/test-dist-${N}`;
const KB = 1024;

const gz = (path: string) => gzipSync(readFileSync(join(DIST, path))).length;
const html = (dir: string) =>
	readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html'))
		.map((f) => join(dir, f));

let statementIds: string[] = [];

beforeAll(() => {
	rmSync(CORPUS, { recursive: true, force: true });
	rmSync(DIST, { recursive: true, force: true });
	execFileSync('node', ['scripts/bench-corpus.ts', '--statements', String(N), '--out', CORPUS], { stdio: 'pipe' });
	execFileSync('astro', ['build'], {
		stdio: 'pipe',
		maxBuffer: 1 << 28,
		env: { ...process.env, CONTENT_DIR: CORPUS, GW_OUT_DIR: DIST, GW_CACHE_DIR: `.bench/test-cache-${N}`, GW_OG_IMAGES: '0', GW_SEARCH_INDEX: '0' },
	});
	const loaded = loadContentDir(CORPUS);
	if (!loaded.ok) throw new Error('the generated corpus does not load');
	statementIds = [...loaded.content.statements.keys()];
}, 600_000);

describe(`page sizes with ${N.toLocaleString('en')} statements`, () => {
	it('built a page for every statement', () => {
		expect(statementIds).toHaveLength(N);
		for (const id of statementIds) expect(existsSync(join(DIST, 'statements', id, 'index.html'))).toBe(true);
	});

	it('keeps / and every timeline page under 40 KB gzipped', () => {
		const pages = ['index.html', ...html('timeline')];
		expect(pages.length).toBeGreaterThan(36);
		for (const p of pages) expect(gz(p), p).toBeLessThan(40 * KB);
	});

	it('puts every statement on a timeline page, the one its statement page links to', () => {
		const where = new Map<string, string>();
		for (const p of html('timeline')) {
			const $ = cheerio.load(readFileSync(join(DIST, p), 'utf8'));
			for (const card of $('article.card').toArray()) where.set($(card).attr('id')!, `/${p.replace(/index\.html$/, '')}`);
		}
		expect(where.size).toBe(N);
		for (const id of statementIds.filter((_, i) => i % 50 === 0)) {
			const $ = cheerio.load(readFileSync(join(DIST, 'statements', id, 'index.html'), 'utf8'));
			expect($('a[data-timeline-link]').attr('href')).toBe(`${where.get(id)}#${id}`);
		}
	});

	it('keeps the 500-statement speaker page, and every speaker page and list page, under 60 KB gzipped', () => {
		const big = 'speakers/speaker-1/index.html';
		expect(cheerio.load(readFileSync(join(DIST, big), 'utf8'))('svg.stance-chart a.mark').length).toBe(500);
		for (const p of html('speakers')) expect(gz(p), p).toBeLessThan(60 * KB);
		expect(existsSync(join(DIST, 'speakers/speaker-1/statements/5/index.html'))).toBe(true);
	});

	it("keeps an event's pages under 60 KB gzipped, its 500 statements over numbered pages", () => {
		const pages = html('events').filter((p) => p.startsWith('events/summit-1/'));
		expect(pages.length).toBe(5);
		let cards = 0;
		for (const p of pages) {
			expect(gz(p), p).toBeLessThan(60 * KB);
			cards += cheerio.load(readFileSync(join(DIST, p), 'utf8'))('main article.card[id]').length;
		}
		expect(cards).toBe(N / 10);
	});

	it('keeps every statement page under 8 KB gzipped, with no script beyond the small shared enhancement', () => {
		for (const id of statementIds) {
			const p = join('statements', id, 'index.html');
			expect(gz(p), p).toBeLessThan(8 * KB);
		}
		const $ = cheerio.load(readFileSync(join(DIST, 'statements', statementIds[0]!, 'index.html'), 'utf8'));
		const scripts = $('script:not([type="application/ld+json"])').toArray();
		expect(scripts.filter((s) => $(s).attr('src'))).toHaveLength(0);
		expect(scripts.reduce((n, s) => n + $(s).text().length, 0)).toBeLessThan(2 * KB);
	});

	it('keeps the feeds to their newest 100 entries', () => {
		expect(readFileSync(join(DIST, 'feed.xml'), 'utf8').match(/<entry>/g)).toHaveLength(100);
		expect(JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8')).items).toHaveLength(100);
	});
});
