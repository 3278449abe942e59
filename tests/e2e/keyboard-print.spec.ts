import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/** Tabs through the whole page and returns what received focus, in order. */
async function tabThrough(page: import('@playwright/test').Page) {
	const seen: { key: string; visible: boolean; outline: string; top: number }[] = [];
	for (let i = 0; i < 800; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return {
				key: `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? el.textContent?.trim()}|${[...document.querySelectorAll('a[href], button, summary, input, select, textarea')].indexOf(el)}`,
				visible: r.width > 0 && r.height > 0,
				outline: `${style.outlineStyle} ${style.outlineWidth}`,
				top: r.top + window.scrollY,
			};
		});
		if (!info || seen.some((s) => s.key === info.key)) break;
		seen.push(info);
	}
	return seen;
}

for (const path of [PAGE_TYPES.timeline, PAGE_TYPES.statement]) {
	test(`keyboard: Tab reaches every link, button and field on ${path} with a visible focus indicator`, async ({ page }) => {
		await page.goto(path);
		const expected = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
				.map((el, i) => ({ el, i }))
				// The skip link is visible only while focused; everything else must be on screen.
				.filter(({ el }) => el.classList.contains('skip-link') || el.checkVisibility())
				.map(({ el, i }) => `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? el.textContent?.trim()}|${i}`),
		);
		const seen = await tabThrough(page);
		// Every link and button, once each, in document order: the focus order follows the reading order.
		expect(seen.map((s) => s.key)).toEqual(expected);
		for (const s of seen) {
			expect(s.visible, s.key).toBe(true);
			expect(s.outline, s.key).toMatch(/^solid [1-9]/);
		}
	});
}

test('keyboard: the skip link is first and moves focus to the main content', async ({ page }) => {
	await page.goto(PAGE_TYPES.statement);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('print: a statement page prints without navigation, with its own address and each source address visible', async ({ page }) => {
	await page.goto(PAGE_TYPES.statement);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.locator('.print-only')).toContainText('/statements/trump-2025-02-26-europe-do-that/');
	const sourceLink = page.locator('ol.sources a[rel~=external]').first();
	const after = await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await sourceLink.getAttribute('href'));
	const pdf = await page.pdf();
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('print: a search prints its results with their sources, without the search controls', async ({ page }) => {
	await page.goto('/search/?q=backstop');
	await expect(page.locator('ol.results > li').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.search-filters')).toBeHidden();
	await expect(page.locator('.search-form')).toBeHidden();
	await expect(page.locator('take-away')).toBeHidden();
	const first = page.locator('ol.results > li').first();
	await expect(first.locator('blockquote')).toBeVisible();
	const sourceLink = first.locator('.card-links a[rel~=external]');
	expect(await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(await sourceLink.getAttribute('href'));
});
