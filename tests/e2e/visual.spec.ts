/**
 * Visual regression: five kinds of page at a phone and a desktop width, light and dark,
 * compared with the committed pictures (tests/e2e/visual.spec.ts-snapshots/) within the
 * tolerance set in playwright.config.ts. The pages are those of a fixed generated site
 * (`npm run build:visual`), so a picture changes only when the design does. After a change
 * of design on purpose: `npx playwright test --project visual --update-snapshots`, look at
 * the new pictures, and commit them.
 */
import { expect, type Page, test } from '@playwright/test';

const PAGES = {
	home: '/',
	statement: '/statements/speaker-1-2023-10-11-s11/',
	speaker: '/speakers/speaker-1/',
	positions: '/positions/',
	search: '/search/?q=backstop',
} as const;

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;

/** Waits until what the page draws is final: fonts in, search results shown. */
async function settled(page: Page, name: string): Promise<void> {
	await page.evaluate(() => document.fonts.ready);
	if (name === 'search') await expect(page.locator('ol.results li').first()).toBeVisible({ timeout: 15_000 });
}

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
	for (const scheme of ['light', 'dark'] as const) {
		test.describe(`${viewportName}, ${scheme}`, () => {
			test.use({ viewport, colorScheme: scheme });
			for (const [name, path] of Object.entries(PAGES)) {
				test(`${name} looks as it did`, async ({ page }) => {
					await page.goto(path);
					await settled(page, name);
					await expect(page).toHaveScreenshot(`${name}-${viewportName}-${scheme}.png`);
				});
			}
		});
	}
}
