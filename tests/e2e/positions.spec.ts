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

for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
	test(`/positions/ at ${viewport.width} px: every mark, event and name is a target of 24 × 24 px or more, and no two marks overlap`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/positions/');
		const boxes = await page.evaluate(() =>
			[...document.querySelectorAll('.position-grid svg')].map((svg) =>
				[...svg.querySelectorAll('a')].map((a) => {
					const r = a.getBoundingClientRect();
					return { x: r.left, y: r.top, w: r.width, h: r.height, name: a.querySelector('title')?.textContent ?? a.getAttribute('aria-label') ?? '' };
				}),
			),
		);
		const marks = boxes.flat();
		expect(marks.length).toBeGreaterThan(100);
		for (const m of marks) {
			expect(m.name, 'every mark has a name').not.toBe('');
			expect(Math.min(m.w, m.h), m.name).toBeGreaterThanOrEqual(24);
		}
		for (const row of boxes) {
			const sorted = [...row].sort((a, b) => a.x - b.x || a.y - b.y);
			for (let i = 0; i < sorted.length; i++) {
				for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.w; j++) {
					const [a, b] = [sorted[i]!, sorted[j]!];
					const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
					expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
				}
			}
		}
		for (const h of await page.locator('.position-grid a.row-name').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
			expect(h).toBeGreaterThanOrEqual(24);
		}
		// Names stay readable beside the marks when the grid is scrolled sideways on a phone.
		const name = page.locator('.position-grid .row-name').nth(3);
		const before = await name.boundingBox();
		await page.locator('.position-grid').evaluate((el) => {
			el.scrollLeft = 200;
		});
		expect((await name.boundingBox())!.x).toBeCloseTo(before!.x, 0);
	});
}

test('a month cell of several statements says how many and links to the first of them on the speaker’s pages', async ({ page }) => {
	await page.goto('/positions/');
	// A speaker's row (a group's row links to the group's page).
	const cell = page.locator('.position-grid li.grid-row:not(.group-row) a.mark', { has: page.locator('text.cell-count') }).first();
	const count = Number(await cell.locator('text.cell-count').textContent());
	expect(count).toBeGreaterThan(1);
	await expect(cell.locator('title')).toContainText(`: ${count} statements — `);
	await cell.click();
	// Waits for the page the mark opens: read at once, the address can still be /positions/.
	await expect(page).toHaveURL(/\/speakers\/[^/]+\/(statements\/\d+\/)?#.+$/);
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`article.card[id="${id}"]`)).toBeVisible();
});

test('a month cell of one statement links to that statement', async ({ page }) => {
	await page.goto('/positions/');
	const cell = page.locator('.position-grid li.grid-row:not(.group-row) a.mark:not(:has(text.cell-count))').first();
	const title = await cell.locator('title').textContent();
	await cell.click();
	await expect(page).toHaveURL(/\/statements\/[^/]+\/$/);
	// The mark's name begins with the speaker's name, which the statement page shows.
	await expect(page.locator('main')).toContainText(title!.split(',')[0]!);
});

test('a country’s row leads to its own page, where each of its speakers has a row', async ({ page }) => {
	await page.goto('/positions/');
	const row = page.locator('.position-grid li.group-row').first();
	test.skip((await row.count()) === 0, 'the record is drawn a row per speaker');
	await row.locator('a.row-name').click();
	await expect(page).toHaveURL(/\/positions\/united-states\/$/);
	// A retrying check: the address changes before the page's rows have all arrived.
	await expect(page.locator('.position-grid li.grid-row a.row-name').nth(5)).toBeAttached();
	await expect(page.locator('.position-grid li.group-row')).toHaveCount(0);
});
