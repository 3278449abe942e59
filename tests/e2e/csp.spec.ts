/**
 * The Content-Security-Policy holds in a real browser: every page type loads and its scripts
 * run without a single violation, and the policy forbids other origins.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

const PAGES = [...Object.values(PAGE_TYPES), '/positions/', '/compare/?a=trump-2025-02-26-europe-do-that&b=trump-2025-08-18-good-protection', '/embed/trump-2025-02-26-europe-do-that/', '/search/?q=europe'];

test('no page triggers a Content-Security-Policy violation, and scripts still work', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { __violations: string[] }).__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const refused: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
	});
	for (const path of PAGES) {
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		if (response?.status() === 404) continue; // /search/ may not exist yet
		const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
		expect(violations, path).toEqual([]);
	}
	expect(refused).toEqual([]);
	// Scripts ran under the policy: the copy button un-hid itself, the compare page rendered.
	await page.goto(PAGE_TYPES.statement);
	await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
});

test('the policy is in every page and forbids other origins', async ({ page }) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/default-src 'self'/);
	expect(csp).toMatch(/script-src 'self'/);
	expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
	// A script injected from another origin is refused.
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
				const s = document.createElement('script');
				s.src = 'https://example.com/x.js';
				document.head.append(s);
				setTimeout(() => resolve('not blocked'), 2000);
			}),
	);
	expect(blocked).toMatch(/^script-src/);
});
