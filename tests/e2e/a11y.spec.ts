/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules, target size included) on every type of built page
 * and a fixed sample of the rest (tests/e2e/pages.ts), in the light and the dark colour scheme
 * on a desktop, and again at a 360 px phone width with the layout checks there: no sideways
 * scrolling, no clipped text, and no console error on any page.
 */
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { sampledPages } from './pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// Only colour rules can change between schemes: the dark pass runs those, the light pass all.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pages = sampledPages();
/**
 * Cards far off screen are skipped by the browser (content-visibility: auto) and stand in at an
 * estimated height, so what follows them can sit over their links until they are scrolled to.
 * A reader never sees that overlap; axe measures the page as the reader gets it, every card laid out.
 */
const layOut = () => {
	for (const card of document.querySelectorAll<HTMLElement>('.month .card')) card.style.contentVisibility = 'visible';
};
const CHUNK = 25;
const chunks = Array.from({ length: Math.ceil(pages.length / CHUNK) }, (_, i) => pages.slice(i * CHUNK, (i + 1) * CHUNK));

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		chunks.forEach((chunk, i) => {
			test(`pages ${i * CHUNK + 1}–${i * CHUNK + chunk.length} of ${pages.length} have no violations`, async ({ page }) => {
				// axe-core injected once per document (AxeBuilder re-sends its source per call: 3× slower here).
				await page.addInitScript({ path: AXE_SOURCE });
				const options: RunOptions = {
					runOnly: scheme === 'dark' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: TAGS },
					resultTypes: ['violations'],
				};
				const violations: string[] = [];
				for (const path of chunk) {
					await page.goto(path);
					await page.evaluate(layOut);
					const result = await page.evaluate((o) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o), options);
					for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
				}
				expect(violations).toEqual([]);
			});
		});
	});
}

test.describe('a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	chunks.forEach((chunk, i) => {
		test(`pages ${i * CHUNK + 1}–${i * CHUNK + chunk.length}: no axe violation (target size included), no console error, no sideways scroll, no clipped text`, async ({ page }) => {
			await page.addInitScript({ path: AXE_SOURCE });
			const problems: string[] = [];
			let current = '';
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`${current}: script error: ${error.message}`));
			for (const path of chunk) {
				current = path;
				await page.goto(path);
				await page.evaluate(layOut);
				// The phone layout has its own targets and wrapping: every rule again at this width.
				const axe = await page.evaluate((o) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o), { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] } as RunOptions);
				for (const v of axe.violations) problems.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
				const found = await page.evaluate(() => {
					const out: string[] = [];
					if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
					for (const el of document.querySelectorAll<HTMLElement>('body *')) {
						if (el.closest('.visually-hidden, .table-scroll') || !el.textContent?.trim()) continue;
						const style = getComputedStyle(el);
						const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
						if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} clips its text`);
					}
					return out;
				});
				problems.push(...found.map((f) => `${path}: ${f}`));
			}
			expect(problems).toEqual([]);
		});
	});
});
