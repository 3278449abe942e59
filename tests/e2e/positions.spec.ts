import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test('the compare page puts two statements side by side, dimension by dimension, with what changed marked', async ({ page }) => {
	await page.goto('/compare/?a=trump-2025-02-26-europe-do-that&b=trump-2025-08-18-good-protection');
	const cols = page.locator('.compare-col');
	await expect(cols).toHaveCount(2);
	await expect(cols.nth(0).locator('h2 a')).toHaveAttribute('href', '/statements/trump-2025-02-26-europe-do-that/');
	await expect(cols.nth(1).locator('h2 a')).toHaveAttribute('href', '/statements/trump-2025-08-18-good-protection/');
	// Dates in words, every coded dimension, and each quote in full with its sources and kinds of wording.
	const table = page.locator('table.compare-table');
	await expect(table.locator('tbody th')).toHaveText(['Speaker', 'Role', 'Date', 'Setting', 'Event', 'Position', 'U.S. role', 'Speech act', 'Elements', 'Stance (v1)']);
	await expect(table.locator('tr', { hasText: 'Date' })).toContainText('26 Feb 2025');
	await expect(table.locator('tr.changed', { hasText: 'U.S. role' }).locator('mark')).toHaveCount(2);
	await expect(cols.nth(0).locator('blockquote')).toHaveText("I'm not going to make security guarantees beyond very much. We're going to have Europe do that,");
	await expect(cols.nth(0).locator('.compare-sources li').first()).toContainText('Same words');
	await expect(page.getByRole('status')).toHaveText(/coded dimensions? changed/);
});

test('the compare page without a pair offers the record’s shifts as ready comparisons', async ({ page }) => {
	await page.goto('/compare/');
	const ready = page.locator('.ready-list a');
	expect(await ready.count()).toBeGreaterThan(10);
	await ready.first().click();
	await expect(page.locator('.compare-col')).toHaveCount(2);
	await expect(page.locator('table.compare-table tr.changed').first()).toBeVisible();
});

test('a statement page offers to compare with the previous statement by the same speaker', async ({ page }) => {
	await page.goto('/statements/trump-2025-08-18-good-protection/');
	await page.getByRole('link', { name: 'compare with this' }).click();
	await expect(page.locator('.compare-col')).toHaveCount(2);
});

test.describe('compare without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('still lists the ready comparisons, each dated and linked, and says side by side needs JavaScript', async ({ page }) => {
		await page.goto('/compare/?a=x&b=y');
		await expect(page.getByText('Comparing side by side needs JavaScript')).toBeVisible();
		expect(await page.locator('.ready-list a').count()).toBeGreaterThan(10);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`/positions/ at 360 px in the ${scheme} scheme: no axe violations, no sideways scroll`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.emulateMedia({ colorScheme: scheme });
		await page.addInitScript({ path: AXE });
		await page.goto('/positions/');
		const result = await page.evaluate(() =>
			(window as unknown as { axe: { run: (d: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
		);
		expect(result.violations.map((v) => v.id)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
}
