/**
 * Taking a list away: from a search's results or a speaker's page, the citations of exactly the
 * statements listed, or the list as CSV, made in the browser without a server.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const record = JSON.parse(readFileSync('dist/data/statements.json', 'utf8')) as { statements: { id: string; quote: string; speaker: { id: string } }[] };

test('a search’s shown results download as BibTeX, one entry per statement shown', async ({ page }) => {
	await page.goto('/search/?q=backstop');
	await expect(page.getByRole('status').filter({ hasText: /results?\b/ })).toHaveText(/^\d+ results?\b/);
	// The list grows as the reader scrolls towards its end, and clicking the box below it scrolls
	// there too, so a count taken earlier can be overtaken. Scroll until every result is shown
	// ("Show more" gone): then nothing more can load, and the count is what the box takes away.
	const box = page.locator('take-away');
	const more = page.locator('quote-search [data-more]');
	await expect
		.poll(
			async () => {
				await box.scrollIntoViewIfNeeded();
				return more.isHidden();
			},
			{ intervals: [500, 500, 1000], timeout: 60_000 },
		)
		.toBe(true);
	const shown = await page.locator('ol.results a.result-link[href^="/statements/"]').count();
	expect(shown).toBeGreaterThan(10);
	await box.getByLabel('Format').selectOption('bibtex');
	const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download' }).click()]);
	expect(download.suggestedFilename()).toBe(`guarantee-watch-${shown}-statements.bib`);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.match(/^@/gm)).toHaveLength(shown);
	await expect(box.getByRole('status')).toContainText(`${shown} statement`);
});

test('a speaker’s statements copy as CSV with every quote byte for byte', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/speakers/donald-trump/');
	const ids = await page.locator('main article.card[id]').evaluateAll((cards) => [...new Set(cards.map((c) => c.id))]);
	const box = page.locator('take-away');
	await box.getByLabel('Format').selectOption('csv');
	await box.getByRole('button', { name: 'Copy' }).click();
	await expect(box.getByRole('status')).toContainText('copied');
	const csv = await page.evaluate(() => navigator.clipboard.readText());
	for (const id of ids) expect(csv).toContain(id);
	const quote = record.statements.find((s) => s.id === ids[0])!.quote;
	expect(csv).toContain(quote.includes('"') ? quote.replaceAll('"', '""') : quote);
});

test('without JavaScript the box stays hidden', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/speakers/donald-trump/');
	await expect(page.locator('take-away')).toBeHidden();
	await context.close();
});

test('on the search page the box appears only with results, so nothing on the page moves when it loads', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.locator('take-away')).toBeHidden();
	await page.getByRole('searchbox', { name: /^Words from a quote/ }).fill('backstop');
	await expect(page.locator('ol.results a.result-link').first()).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('take-away')).toBeVisible();
});
