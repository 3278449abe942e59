import { expect, test } from '@playwright/test';

const ID = 'witkoff-2025-08-17-article-5-like-protection';

test('the embed card works inside a third-party page, and its link opens the permanent page in the top window', async ({ page, baseURL }) => {
	// Permanent links are absolute, on the configured site address: serve that address from the site under test.
	const site = new URL((await (await page.request.get(`/embed/${ID}/`)).text()).match(/rel="canonical" href="([^"]+)"/)![1]!).origin;
	await page.route(`${site}/**`, async (route) => route.fulfill({ response: await page.request.fetch(route.request().url().replace(site, baseURL!)) }));
	// A page on another origin (about:blank) that embeds the card, as a news site would.
	await page.setContent(`<!doctype html><title>Someone else's story</title><h1>A story</h1><iframe src="${baseURL}/embed/${ID}/" title="Statement" width="560" height="320"></iframe>`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('blockquote p')).toContainText('Article 5');
	await expect(frame.getByRole('link', { name: /Full record/ })).toHaveAttribute('target', '_top');
	await frame.getByRole('link', { name: /Full record/ }).click();
	await expect(page).toHaveURL(new RegExp(`/statements/${ID}/$`));
	await expect(page.locator('iframe')).toHaveCount(0);
	// Requests still in flight (the favicon) must not outlive the test.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a citation is copied in one click, with a visible confirmation', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/statements/${ID}/`);
	await page.getByRole('button', { name: 'Copy APA' }).click();
	await expect(page.locator('#cite-apa [role=status]')).toHaveText('APA citation copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await page.locator('#cite-apa pre').textContent());
	expect(copied).toContain(`/statements/${ID}/`);
});

test('copy link on a timeline card copies that statement’s permanent address', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	// The newest statement is always on the front page.
	const card = page.locator('article.card').first();
	const id = await card.getAttribute('id');
	await card.getByRole('button', { name: 'Copy link' }).click();
	await expect(card.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/statements/${id}/$`));
});
