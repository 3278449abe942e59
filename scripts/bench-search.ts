/**
 * `npm run bench:search` (and `npm run bench`): how heavy and how quick search is on the built
 * site. Builds nothing: serves dist/ (run `npm run build` first), opens /search/ in Debian's
 * Chromium and measures, for each query on its own:
 *
 * - results: how many statements match (the count the page shows);
 * - first use: with an empty cache, the bytes fetched from /pagefind/ from opening the page
 *   until the first 10 results are on screen, the time from the keystroke to the result count
 *   (`firstMs`) and to the first 10 cards (`first10Ms`); with `--visits N`, the median of N
 *   first visits;
 * - later: the same query typed again after others on the warm page (median of 3).
 *
 * Times include the search box's 100 ms typing pause; the first also includes loading
 * Pagefind, which starts at the first keystroke.
 *
 * Prints a summary and one line `BENCH_SEARCH {json}`, and writes bench/search.md for the
 * real site. Another built site, e.g. one from a synthetic corpus (then no bench/search.md):
 *
 *     npm run bench:search -- --dist .bench/dist-20000 --query guarantees --query "europe troops"
 *
 * `--no-write` leaves bench/search.md alone on the real site too.
 * The JSON line: { dist, queries: [{ query, results, bytes, files, byFile, firstMs, first10Ms,
 * laterMs, laterTimesMs }], filterCountsBytes, filterCountsMs, loadAverage }.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { withPreview } from './preview-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4345);
const { values: args } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', multiple: true }, 'no-write': { type: 'boolean' }, visits: { type: 'string' } } });
const DIST = args.dist ?? 'dist';
/** bench/search.md holds the real site's figures only. */
const WRITE = args.dist === undefined && !args['no-write'];
/**
 * The five kinds of query a reader types, as in issue 17: a broad one (in most statements by
 * definition), a common pair, a rare word, an exact phrase, and a pair of mid-frequency words.
 */
export const BENCH_QUERIES = ['security guarantees', 'europe troops', 'unconditionally', '"europe have"', 'reassurance force'];
const QUERIES = args.query?.length ? args.query : BENCH_QUERIES;
const LATER_ROUNDS = 3;
/**
 * First visits per query (`--visits N`, default 1): first-use times are the median of N, each
 * in a new browser context. One visit's time moved between runs of the same build on this
 * machine: the phrase at 20,000 statements took 927, 1,254 and 1,054 ms (2026-12-05).
 */
const VISITS = Number(args.visits ?? 1);
if (!Number.isInteger(VISITS) || VISITS < 1) {
	console.error(`bench:search: --visits must be a whole number above 0, not ${args.visits}`);
	process.exit(1);
}
/** One page of results: what "the first results" means for a reader. */
const FIRST_PAGE = 10;


if (!existsSync(join(DIST, 'search/index.html')) || !existsSync(join(DIST, 'pagefind/pagefind.js'))) {
	console.error(`bench:search: ${DIST}/ has no search page or index; build it first.`);
	process.exit(1);
}
// astro preview serves the folder the config names as its output.
process.env.GW_OUT_DIR = DIST;

interface Download {
	url: string;
	bytes: number;
}

/**
 * Types a query as one keystroke and returns milliseconds until the first page of cards (or
 * every result, when fewer) is on screen and until the final result count is shown, the
 * count, and when the first page showed (epoch ms, to weigh what was fetched by then). In a
 * record searched in parts the first page shows before the count is final ("… so far;
 * searching the rest of the record…"); an exact phrase may stop with a count "so far" until
 * the reader asks for more, and that count is the one taken.
 */
async function timeQuery(page: Page, query: string): Promise<Timing> {
	await page.evaluate((firstPage) => {
		const status = document.querySelector('[data-status]')!;
		const list = document.querySelector('[data-results]')!;
		const w = window as unknown as { benchStart?: number; benchEnd?: Promise<Timing> };
		delete w.benchStart;
		w.benchEnd = new Promise((resolve) => {
			const box = document.querySelector<HTMLInputElement>('#search-q')!;
			box.addEventListener('input', () => (w.benchStart = performance.now()), { once: true });
			let first: number | undefined;
			let firstAt = 0;
			const check = (observer: MutationObserver) => {
				if (w.benchStart === undefined) return;
				const text = status.textContent ?? '';
				const m = /^([\d,]+) results?\b/.exec(text) ?? (/^No results/.test(text) ? ['', '0'] : null);
				if (!m) return;
				const shown = Number(m[1]!.replace(/,/g, ''));
				if (first === undefined && list.children.length >= Math.min(firstPage, shown)) {
					first = performance.now() - w.benchStart;
					firstAt = performance.timeOrigin + performance.now();
				}
				if (first !== undefined && !/searching the rest/.test(text)) {
					observer.disconnect();
					resolve({ ms: performance.now() - w.benchStart, first10Ms: first, first10At: firstAt, results: shown });
				}
			};
			const observer = new MutationObserver(() => check(observer));
			observer.observe(status, { childList: true, characterData: true, subtree: true });
			observer.observe(list, { childList: true });
		});
	}, FIRST_PAGE);
	await page.locator('#search-q').fill(query);
	return page.evaluate(() => (window as unknown as { benchEnd: Promise<Timing> }).benchEnd);
}

interface Timing {
	ms: number;
	first10Ms: number;
	first10At: number;
	results: number;
}

/** The body bytes the server sends for a URL to a browser that accepts compression, as sent. */
function wireBytes(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve(bytes));
		}).on('error', reject);
	});
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const kind = (url: string) => {
	const path = new URL(url).pathname.replace('/pagefind/', '');
	return path.includes('/') ? `${path.split('/')[0]}/ (chunks)` : path.replace(/_[0-9a-f]{8,}\./, '_<hash>.');
};

const loadAtStart = loadavg()[0]!;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One query's figures, as the `BENCH_SEARCH` line gives them (scripts/bench.ts reads them). */
export interface QueryRow {
	query: string;
	results: number;
	/** Fetched from /pagefind until the first page showed. */
	bytes: number;
	/** Fetched until the count was final (every part searched). */
	bytesToCount: number;
	files: number;
	byFile: Record<string, number>;
	firstMs: number;
	first10Ms: number;
	/** Each first visit's keystroke → first 10, in ms (first10Ms is their median). */
	first10TimesMs: number[];
	laterMs: number;
	laterTimesMs: number[];
}

/**
 * /search/ in a new browser context (an empty cache, as on a first visit), with every request
 * to /pagefind noted: Pagefind fetches most of its files from a Web Worker, and Playwright
 * reports no size for some (the worker script), so each file is weighed afterwards.
 */
async function openSearch(origin: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const requested: { url: string; end: number }[] = [];
	page.on('requestfinished', (request) => {
		const t = request.timing();
		if (request.url().includes('/pagefind')) requested.push({ url: request.url(), end: t.startTime + t.responseEnd });
	});
	await page.goto(`${origin}/search/`, { waitUntil: 'domcontentloaded' });
	return { context, page, requested };
}

const report = await withPreview(PORT, async (origin) => {
	const rows: QueryRow[] = [];
	let filterDownloads: Download[] = [];
	let filterMs = 0;
	for (const [i, query] of QUERIES.entries()) {
		const { context, page, requested } = await openSearch(origin);
		const first = await timeQuery(page, query);
		const all = await Promise.all(requested.map(async ({ url, end }) => ({ url, end, bytes: await wireBytes(url) })));
		const downloads = all.filter((d) => d.end <= first.first10At);
		const later: number[] = [];
		for (let round = 0; round < LATER_ROUNDS; round++) {
			// Another query in between, so the page is warm but this query's own answer is not on screen.
			await page.locator('#search-q').fill('');
			await page.waitForTimeout(200);
			await timeQuery(page, QUERIES[(i + round + 1) % QUERIES.length]!);
			await page.locator('#search-q').fill('');
			await page.waitForTimeout(200);
			later.push((await timeQuery(page, query)).first10Ms);
		}
		await context.close();
		// More first visits, for the times only: what they fetch is the same.
		const visits = [first];
		for (let v = 1; v < VISITS; v++) {
			const again = await openSearch(origin);
			visits.push(await timeQuery(again.page, query));
			await again.context.close();
		}
		const byFile: Record<string, number> = {};
		for (const d of downloads) byFile[kind(d.url)] = (byFile[kind(d.url)] ?? 0) + d.bytes;
		rows.push({
			query,
			results: first.results,
			bytes: downloads.reduce((n, d) => n + d.bytes, 0),
			bytesToCount: all.reduce((n, d) => n + d.bytes, 0),
			files: downloads.length,
			byFile,
			firstMs: Math.round(median(visits.map((t) => t.ms))),
			first10Ms: Math.round(median(visits.map((t) => t.first10Ms))),
			first10TimesMs: visits.map((t) => Math.round(t.first10Ms)),
			laterMs: Math.round(median(later)),
			laterTimesMs: later.map(Math.round),
		});
	}
	{
		// What opening the filter panel adds (the filter counts), on a page of its own, so the
		// queries above are timed without them (with the panel open, Pagefind also counts
		// every filter value over the results of every search).
		const { context, page, requested } = await openSearch(origin);
		await timeQuery(page, QUERIES[0]!);
		await page.waitForLoadState('networkidle');
		const before = requested.length;
		const opened = performance.now();
		await page.locator('[data-filter-panel] > summary').click();
		// Counting every filter over a broad query's results is slow in a large record: allow it
		// minutes, and report the time, rather than stop the bench.
		await page.waitForFunction(() => !document.querySelector('[data-facets]')?.textContent?.includes('Loading filters'), null, { timeout: 300_000 });
		filterMs = performance.now() - opened;
		await page.waitForLoadState('networkidle');
		filterDownloads = await Promise.all(requested.slice(before).map(async ({ url }) => ({ url, bytes: await wireBytes(url) })));
		await context.close();
	}
	return { rows, filterDownloads, filterMs, chromium: browser.version() };
});
await browser.close();

const filterTotal = report.filterDownloads.reduce((n, d) => n + d.bytes, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${Math.round(n)} ms`;

/** Every kind of file any query fetched, in the order first seen: the columns of the file table. */
const fileKinds = [...new Set(report.rows.flatMap((r) => Object.keys(r.byFile)))];

const lines = [
	`# Search bench (${new Date().toISOString().slice(0, 10)})`,
	'',
	`Built site in ${DIST}/, served by \`astro preview\` on 127.0.0.1; Chromium ${report.chromium}, headless, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start (times are noisy on a busy machine); made by \`npm run bench:search\`.`,
	'',
	'| query | results | first use: bytes to first 10 | first use: bytes to the count | first use: keystroke → first 10 | first use: keystroke → count | later (median of 3) |',
	'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	...report.rows.map((r) => `| \`${r.query}\` | ${r.results.toLocaleString('en')} | ${kb(r.bytes)} in ${r.files} files | ${kb(r.bytesToCount)} | ${ms(r.first10Ms)}${VISITS > 1 ? ` (${r.first10TimesMs.join(', ')})` : ''} | ${ms(r.firstMs)} | ${ms(r.laterMs)} |`),
	'',
	`Opening the filter panel after “${QUERIES[0]}” adds ${filterTotal.toLocaleString('en')} B (${kb(filterTotal)}) in ${report.filterDownloads.length} files; its counts showed ${ms(report.filterMs)} after the click.`,
	'',
	`Each query is measured on its own first visit (empty cache${VISITS > 1 ? `; first-use times are the median of ${VISITS} such visits` : ''}): bytes are response bodies from /pagefind as the server sends them to a browser that accepts compression, from opening the page until the first 10 results show, and until the count is final (in a record searched in parts, every part). Times run from the input event of the query typed as one keystroke, and include the search box’s 100 ms typing pause. “Later” is the same query typed again on the warm page after another one.`,
	'',
	'## First use, file by file',
	'',
	`| query | ${fileKinds.map((k) => `\`${k}\``).join(' | ')} |`,
	`| --- | ${fileKinds.map(() => '---:').join(' | ')} |`,
	...report.rows.map((r) => `| \`${r.query}\` | ${fileKinds.map((k) => (r.byFile[k] ?? 0).toLocaleString('en')).join(' | ')} |`),
	'',
];
if (WRITE) {
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/search.md', lines.join('\n'));
}
console.log(lines.join('\n'));
const result = { dist: DIST, queries: report.rows, filterCountsBytes: filterTotal, filterCountsMs: Math.round(report.filterMs), loadAverage: Number(loadAtStart.toFixed(2)) };
console.log(`BENCH_SEARCH ${JSON.stringify(result)}`);
