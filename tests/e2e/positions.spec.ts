import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test('the compare page shows both statements and marks a differing word', async ({ page }) => {
	await page.goto('/compare/?a=trump-2025-02-26-europe-do-that&b=trump-2025-08-18-good-protection');
	const cols = page.locator('.compare-col');
	await expect(cols).toHaveCount(2);
	await expect(cols.nth(0).getByRole('link')).toHaveAttribute('href', '/statements/trump-2025-02-26-europe-do-that/');
	await expect(cols.nth(1).getByRole('link')).toHaveAttribute('href', '/statements/trump-2025-08-18-good-protection/');
	expect(await page.locator('.compare-col mark').count()).toBeGreaterThan(0);
	await expect(page.getByRole('status')).toHaveText(/Marked words/);
});

test('a statement page offers to compare with the previous statement by the same speaker', async ({ page }) => {
	await page.goto('/statements/trump-2025-08-18-good-protection/');
	await page.getByRole('link', { name: 'compare with this' }).click();
	await expect(page.locator('.compare-col')).toHaveCount(2);
});

test.describe('compare without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('says it needs JavaScript and links to the timeline', async ({ page }) => {
		await page.goto('/compare/?a=x&b=y');
		await expect(page.getByText('Comparing needs JavaScript')).toBeVisible();
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
