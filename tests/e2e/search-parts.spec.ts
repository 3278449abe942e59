/**
 * Search over a statement index split into parts (src/lib/search-parts.ts), in the browser.
 * The real record is one part (it is under 4,000 statements), so this test makes a copy of the
 * built site whose index is rebuilt in parts of 700 statements, by the build's own code, and
 * serves it beside dist/: the same page, the same script, the same statements, in parts.
 * Expectations come from dist/data/statements.json and from the one-part site.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { AstroIntegrationLogger } from 'astro';
import { buildIndex } from '../../src/integrations/pagefind.ts';
import { partCount, partSizes } from '../../src/lib/search-parts.ts';

const PART_SIZE = 700;
const PORT = Number(process.env.E2E_PARTS_PORT ?? 4324);
const parted = `http://127.0.0.1:${PORT}`;

interface Exported {
	id: string;
	quote: string;
	date: string;
}
const statements = (JSON.parse(readFileSync('dist/data/statements.json', 'utf8')) as { statements: Exported[] }).statements;
const dateOf = new Map(statements.map((s) => [s.id, s.date]));
const PARTS = partCount(statements.length, PART_SIZE);

let dir = '';
let server: ChildProcess | undefined;

// One copy of the site for the file's tests: they run one after another, in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = mkdtempSync(join(tmpdir(), 'gw-parts-'));
	// The English edition's pages as built (hard links, not copies); only its index and its
	// search page are replaced, never written through a link (that would change dist/ too).
	execFileSync('cp', ['-al', 'dist/.', dir]);
	for (const other of ['uk', 'pagefind']) rmSync(join(dir, other), { recursive: true, force: true });
	const logger = { info: () => {}, warn: () => {}, error: console.error, debug: () => {} } as unknown as AstroIntegrationLogger;
	await buildIndex(dir, logger, PART_SIZE);
	// The page is told how many parts there are, as a build with GW_SEARCH_PART_SIZE=700 tells it.
	const searchPage = join(dir, 'search', 'index.html');
	const html = readFileSync(searchPage, 'utf8');
	const counts = /data-counts="([^"]*)"/.exec(html)![1]!;
	const told = JSON.stringify({ ...JSON.parse(counts.replaceAll('&quot;', '"')), parts: PARTS }).replaceAll('"', '&quot;');
	rmSync(searchPage);
	writeFileSync(searchPage, html.replace(counts, told));
	server = spawn('node', ['scripts/static-server.ts', dir, String(PORT)], { stdio: 'ignore' });
	// Fails loudly if the server never answers, rather than letting every test meet a refused
	// connection; a minute, since it starts right after the index build on a busy machine.
	const deadline = Date.now() + 60_000;
	while (!(await fetch(`${parted}/search/`).then((r) => r.ok, () => false))) {
		if (server.exitCode !== null) throw new Error(`the static server on port ${PORT} stopped (exit code ${server.exitCode}); is the port in use?`);
		if (Date.now() > deadline) throw new Error(`the static server on port ${PORT} did not answer within a minute`);
		await new Promise((r) => setTimeout(r, 200));
	}
});

test.afterAll(() => {
	server?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: /results?\b|Type to search/ });

/**
 * Opens a search and waits until every part has been searched (a phrase may still say "so far"
 * while candidates wait for the reader to ask); returns the count and the ids shown.
 */
async function search(page: Page, url: string): Promise<{ total: number; ids: string[] }> {
	await page.goto(url);
	await expect(status(page)).toHaveText(/^\d[\d,]* results?\b(?!.*searching the rest)/, { timeout: 30_000 });
	const total = Number((await status(page).textContent())!.match(/^([\d,]+)/)![1]!.replace(/,/g, ''));
	const hrefs = await page.locator('ol.results a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return { total, ids: hrefs.filter((h) => h.startsWith('/statements/')).map((h) => h.split('/')[2]!) };
}

test('finds as many statements as one index, the first page from the newest part', async ({ page }) => {
	expect(PARTS).toBeGreaterThan(1);
	const whole = await search(page, '/search/?q=guarantees');
	const inParts = await search(page, `${parted}/search/?q=guarantees`);
	expect(inParts.total).toBe(whole.total);
	// The newest part holds the newest statements (partSizes' first): its oldest date bounds the first page.
	const newest = [...statements].sort((a, b) => (a.date < b.date ? 1 : -1));
	const bound = newest[partSizes(statements.length, PART_SIZE)[0]! - 1]!.date;
	expect(inParts.ids).toHaveLength(10);
	for (const id of inParts.ids) expect(dateOf.get(id)! >= bound, `${id} (${dateOf.get(id)}) is in the newest part`).toBe(true);
});

test('sorted by date, lists in exact date order across parts, oldest first too', async ({ page }) => {
	const whole = await search(page, '/search/?q=guarantees&sort=oldest');
	const inParts = await search(page, `${parted}/search/?q=guarantees&sort=oldest`);
	expect(inParts.ids.map((id) => dateOf.get(id))).toEqual(whole.ids.map((id) => dateOf.get(id)));
	const dates = inParts.ids.map((id) => dateOf.get(id)!);
	expect(dates).toEqual([...dates].sort());
});

test('finds an exact phrase said in an older part', async ({ page }) => {
	const oldest = [...statements].sort((a, b) => (a.date < b.date ? -1 : 1)).find((s) => s.quote.split(/\s+/).length >= 8 && /^[\p{L}\s,.'’-]+$/u.test(s.quote))!;
	const phrase = oldest.quote.split(/\s+/).slice(1, 5).join(' ').replace(/[,.]/g, '');
	const found = await search(page, `${parted}/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
	expect(found.ids).toContain(oldest.id);
});
