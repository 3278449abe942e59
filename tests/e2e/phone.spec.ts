/**
 * A reader on a phone: the header takes little of the first screen, the newest quote is on it,
 * and search and every section are one tap away, with or without JavaScript.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

test('on a 390 × 844 phone the header is under a fifth of the screen and the first quote is visible without scrolling', async ({ page }) => {
	await page.goto('/');
	const header = (await page.locator('header.site-header').boundingBox())!;
	expect(header.height).toBeLessThan(844 * 0.2);
	const quote = page.locator('main blockquote').first();
	// The whole quote when it fits; a long one (the newest may run to ten lines) at least from
	// its start through its first four lines, so the reader sees a quote, not a heading.
	const box = (await quote.boundingBox())!;
	const lineHeight = await quote.evaluate((q) => Number.parseFloat(getComputedStyle(q.querySelector('p') ?? q).lineHeight));
	expect(box.y).toBeGreaterThanOrEqual(header.height);
	expect(Math.min(box.y + box.height, 844) - box.y).toBeGreaterThanOrEqual(Math.min(box.height, 4 * lineHeight));
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('the menu opens in one tap and reaches every section; search is one tap away', async ({ page }) => {
			await page.goto('/statements/trump-2025-02-26-europe-do-that/');
			await expect(page.locator('.site-nav')).toBeHidden();
			await page.getByText('Menu', { exact: true }).click();
			const menu = page.getByRole('navigation', { name: 'Main (menu)' });
			// Every section, then the same page in the other edition.
			await expect(menu.getByRole('link')).toHaveText(['Timeline', 'Positions', 'Speakers', 'Events', 'Sources', 'Method', 'Data', 'Українська']);
			await menu.getByRole('link', { name: 'Speakers' }).click();
			await expect(page).toHaveURL(/\/speakers\/$/);
			await page.locator('header').getByRole('link', { name: 'Search' }).click();
			await expect(page).toHaveURL(/\/search\/$/);
		});
	});
}
