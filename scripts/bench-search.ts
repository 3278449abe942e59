/**
 * `npm run bench:search` (and `npm run bench`): how heavy and how quick search is on the built
 * site. Builds nothing: serves dist/ (run `npm run build` first), opens /search/ in Debian's
 * Chromium with an empty cache, and measures
 *
 * - the bytes the browser downloads from /pagefind/ for the first query (every file it asks
 *   for from opening the page until the first results are on screen), file by file;
 * - the time from the keystroke that completes a query to its results on screen, for that
 *   first query (Pagefind still loading) and for later ones (median), the typing pause of
 *   the search box included.
 *
 * Prints a summary and one line `BENCH_SEARCH {json}`, and writes bench/search.md.
 *
 * Another built site, e.g. one from a synthetic corpus (then it writes no bench/search.md):
 *
 *     npm run bench:search -- --dist .bench/dist-20000 --query guarantees --query "europe troops"
 *
 * `--no-write` leaves bench/search.md alone on the real site too (with --dist it changes
 * nothing; `npm run bench` passes it).
 *
 * The first --query is the first query; any others are the later ones (default: the first again).
 * The JSON line: { dist, firstQuery, firstQueryBytes, firstQueryFiles, firstQueryByFile: {file: bytes},
 * filterCountsBytes, firstMs, firstTimesMs, laterMedianMs, laterTimesMs, loadAverage }.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { withPreview } from './preview-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4345);
const { values: args } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', multiple: true }, 'no-write': { type: 'boolean' } } });
const DIST = args.dist ?? 'dist';
/** bench/search.md holds the real site's figures only. */
const WRITE = args.dist === undefined && !args['no-write'];
const FIRST_QUERY = args.query?.[0] ?? 'europe do that';
const LATER_QUERIES = args.query ? (args.query.length > 1 ? args.query.slice(1) : [FIRST_QUERY]) : ['Article 5-like', '"have Europe do that"', '200,000', 'zelensky security guarantees', '15-year', 'putin', 'coalition of the willing', 'troops on the ground'];
const ROUNDS = 3;

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

/** Types a query as one keystroke and returns milliseconds until the result count is shown. */
async function timeQuery(page: Page, query: string): Promise<number> {
	await page.evaluate(() => {
		const status = document.querySelector('[data-status]')!;
		const w = window as unknown as { benchStart?: number; benchEnd?: Promise<number> };
		delete w.benchStart;
		w.benchEnd = new Promise((resolve) => {
			const box = document.querySelector<HTMLInputElement>('#search-q')!;
			box.addEventListener('input', () => (w.benchStart = performance.now()), { once: true });
			new MutationObserver((_, observer) => {
				if (w.benchStart !== undefined && /^\d+ results?\b/.test(status.textContent ?? '')) {
					observer.disconnect();
					resolve(performance.now() - w.benchStart);
				}
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
	});
	await page.locator('#search-q').fill(query);
	return page.evaluate(() => (window as unknown as { benchEnd: Promise<number> }).benchEnd);
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
const report = await withPreview(PORT, async (origin) => {
	const firstTimes: number[] = [];
	const laterTimes: number[] = [];
	let firstDownloads: Download[] = [];
	let filterDownloads: Download[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		// A new context each round: empty cache, as for a first visit.
		const context = await browser.newContext();
		const page = await context.newPage();
		// Pagefind fetches most of its files from a Web Worker; Playwright sees those requests
		// but reports no size for some (the worker script), so each file is weighed below.
		const requested: string[] = [];
		page.on('requestfinished', (request) => {
			if (request.url().includes('/pagefind/')) requested.push(request.url());
		});
		await page.goto(`${origin}/search/`, { waitUntil: 'domcontentloaded' });
		firstTimes.push(await timeQuery(page, FIRST_QUERY));
		if (round === 0) {
			firstDownloads = await Promise.all(requested.map(async (url) => ({ url, bytes: await wireBytes(url) })));
			// What opening the filter panel adds: the filter counts.
			const before = requested.length;
			await page.locator('[data-filter-panel] > summary').click();
			await page.waitForFunction(() => !document.querySelector('[data-facets]')?.textContent?.includes('Loading filters'));
			await page.waitForLoadState('networkidle');
			filterDownloads = await Promise.all(requested.slice(before).map(async (url) => ({ url, bytes: await wireBytes(url) })));
			await page.locator('[data-filter-panel] > summary').click();
		}
		for (const query of LATER_QUERIES) {
			await page.locator('#search-q').fill('');
			await page.waitForTimeout(300);
			laterTimes.push(await timeQuery(page, query));
		}
		await context.close();
	}
	return { firstTimes, laterTimes, firstDownloads, filterDownloads, chromium: browser.version() };
});
await browser.close();

const total = report.firstDownloads.reduce((n, d) => n + d.bytes, 0);
const filterTotal = report.filterDownloads.reduce((n, d) => n + d.bytes, 0);
const byKind = new Map<string, { files: number; bytes: number }>();
for (const d of report.firstDownloads) {
	const k = kind(d.url);
	const entry = byKind.get(k) ?? { files: 0, bytes: 0 };
	byKind.set(k, { files: entry.files + 1, bytes: entry.bytes + d.bytes });
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${Math.round(n)} ms`;

const lines = [
	`# Search bench (${new Date().toISOString().slice(0, 10)})`,
	'',
	`Built site in ${DIST}/, served by \`astro preview\` on 127.0.0.1; Chromium ${report.chromium}, headless, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start (times are noisy on a busy machine); made by \`npm run bench:search\`.`,
	'',
	'| measure | value |',
	'| --- | --- |',
	`| bytes downloaded from /pagefind/ for the first query (“${FIRST_QUERY}”, empty cache) | **${total.toLocaleString('en')} B** (${kb(total)}) in ${report.firstDownloads.length} files |`,
	`| bytes added by opening the filter panel (filter counts) | ${filterTotal.toLocaleString('en')} B (${kb(filterTotal)}) in ${report.filterDownloads.length} files |`,
	`| keystroke to first results, first query on a freshly opened page (median of ${ROUNDS}) | **${ms(median(report.firstTimes))}** (${report.firstTimes.map(ms).join(', ')}) |`,
	`| keystroke to results, later queries (median of ${report.laterTimes.length}) | **${ms(median(report.laterTimes))}** (min ${ms(Math.min(...report.laterTimes))}, max ${ms(Math.max(...report.laterTimes))}) |`,
	'',
	'Times run from the input event of a query typed as one keystroke to the result count on screen, and include the search box’s 100 ms typing pause; the first query also includes loading Pagefind, which starts when the box gets focus. Bytes are response bodies as the server sends them to a browser that accepts compression (headers not counted); Pagefind’s index files are gzip-compressed by Pagefind itself.',
	'',
	'## First query, file by file',
	'',
	'| file | files | bytes |',
	'| --- | --- | --- |',
	...[...byKind].map(([k, v]) => `| \`${k}\` | ${v.files} | ${v.bytes.toLocaleString('en')} |`),
	'',
	`Later queries: ${LATER_QUERIES.map((q) => `\`${q}\``).join(', ')}.`,
	'',
];
if (WRITE) {
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/search.md', lines.join('\n'));
}
console.log(lines.join('\n'));
const result = {
	dist: DIST,
	firstQuery: FIRST_QUERY,
	firstQueryBytes: total,
	firstQueryFiles: report.firstDownloads.length,
	firstQueryByFile: Object.fromEntries([...byKind].map(([k, v]) => [k, v.bytes])),
	filterCountsBytes: filterTotal,
	firstMs: Math.round(median(report.firstTimes)),
	firstTimesMs: report.firstTimes.map(Math.round),
	laterMedianMs: Math.round(median(report.laterTimes)),
	laterTimesMs: report.laterTimes.map(Math.round),
	loadAverage: Number(loadAtStart.toFixed(2)),
};
console.log(`BENCH_SEARCH ${JSON.stringify(result)}`);
