/**
 * Provenance at a glance: the statements of Trump's New York Times interview of 7 January 2026
 * circulated in the Times' English and in re-translations; cards and search results must say
 * which is which, and name the original outlet before the copy it was read in.
 */
import { expect, type Page, test } from '@playwright/test';

/**
 * Opens the timeline page that holds a statement, by the statement page's own link to it: a
 * month's statements run over several pages, and which one holds a card moves as the record grows.
 */
async function openOnTimeline(page: Page, id: string): Promise<void> {
	await page.goto(`/statements/${id}/`);
	const href = await page.locator('a[data-timeline-link]').getAttribute('href');
	expect(href).toMatch(/^\/timeline\/2026\/01\//);
	await page.goto(href!);
}

test('timeline cards name the original outlet first and say which wordings are re-translations', async ({ page }) => {
	await openOnTimeline(page, 'trump-2026-01-07-nyt-wouldnt-reinvade');
	const card = page.locator('article.card#trump-2026-01-07-nyt-wouldnt-reinvade');
	await expect(card.locator('.card-links')).toContainText('The New York Times, 9 Jan 2026, via a copy on dnyuz.com');
	await expect(card.locator('.wording-note')).toContainText('re-translation');
	// A quote the record holds only in a re-translation says so on the quote itself.
	await openOnTimeline(page, 'trump-2026-01-07-nyt-both-want-deal');
	const retranslated = page.locator('article.card#trump-2026-01-07-nyt-both-want-deal');
	await expect(retranslated.locator('.badge-caveat')).toContainText(['Re-translation']);
});

test('a search result carries the same labels and source line as the card', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('"re-invade"')}`);
	const result = page.locator('article.result').filter({ has: page.locator('a[href="/statements/trump-2026-01-07-nyt-wouldnt-reinvade/"]') });
	await expect(result).toHaveCount(1);
	// Drawn from the same view as the card: the same line of other wordings, the same source line.
	await expect(result.locator('.wording-note')).toContainText('re-translation');
	await expect(result.locator('.card-links')).toContainText('The New York Times, 9 Jan 2026, via a copy on dnyuz.com');
	const fromResult = [await result.locator('.wording-note').textContent(), await result.locator('.card-links a').first().textContent(), await result.locator('.badges').textContent()];
	await openOnTimeline(page, 'trump-2026-01-07-nyt-wouldnt-reinvade');
	const card = page.locator('article.card#trump-2026-01-07-nyt-wouldnt-reinvade');
	expect([await card.locator('.wording-note').textContent(), await card.locator('.card-links a').first().textContent(), await card.locator('.badges').textContent()]).toEqual(fromResult);
});

test('a statement page shows each report’s kind of wording and the passage it printed, collapsed', async ({ page }) => {
	await page.goto('/statements/trump-2026-01-07-nyt-wouldnt-reinvade/');
	const sources = page.locator('#sources + ol > li');
	await expect(sources.filter({ hasText: 'axy.media' }).locator('.badge')).toContainText(['Re-translation']);
	const evidence = sources.first().locator('details.evidence');
	await expect(evidence.locator('blockquote')).toBeHidden();
	await evidence.locator('summary').click();
	await expect(evidence.locator('blockquote')).toContainText('I feel strongly they wouldn’t re-invade, or I wouldn’t agree to it,');
});
