/**
 * The Ukrainian edition in the browser: the language switch lands on the same page, and
 * /uk/search/ finds a statement by words a Ukrainian report printed. Phrases are taken from
 * dist/data/statements.json, the record the site was built from.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface Exported {
	id: string;
	quote: string;
	language: string;
	sources: { quotedAs: string | null; language: string }[];
}
const { statements } = JSON.parse(readFileSync('dist/data/statements.json', 'utf8')) as { statements: Exported[] };

/** Statements with Ukrainian words on record, and those words. */
const ukrainian = statements
	.map((s) => ({ id: s.id, words: s.language === 'uk' ? s.quote : s.sources.find((src) => src.language === 'uk' && src.quotedAs)?.quotedAs }))
	.filter((x): x is { id: string; words: string } => Boolean(x.words));

/**
 * A wording's words, without the quotation marks and punctuation around them, and without
 * free-standing dashes: search ignores them, so "безпеки – це" and "безпеки — це" are one phrase.
 */
const wordsOf = (text: string) =>
	text
		.split(/\s+/)
		.map((w) => w.replace(/^[«"“„(]+|[»"”,.;:!?)]+$/g, ''))
		.filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Every Ukrainian text on record, lowercased: a phrase found in two of them is not a test of ranking. */
const allUkrainian = ukrainian.map((x) => wordsOf(x.words).join(' ').toLowerCase());

/**
 * Four consecutive words of a wording that no other Ukrainian wording on record holds, from
 * the middle outwards: a phrase a reader might remember, and one only this statement says.
 */
function phrase(words: string): string {
	const list = wordsOf(words);
	const middle = Math.max(0, Math.floor(list.length / 2) - 2);
	const starts = [...list.keys()].slice(0, Math.max(1, list.length - 3)).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
	for (const start of starts) {
		const candidate = list.slice(start, start + 4).join(' ');
		if (allUkrainian.filter((t) => t.includes(candidate.toLowerCase())).length === 1) return candidate;
	}
	return list.slice(middle, middle + 4).join(' ');
}

test('the language switch lands on the same page in the other language', async ({ page }) => {
	const path = '/statements/trump-2025-02-26-europe-do-that/';
	await page.goto(path);
	await page.locator('.site-nav').getByRole('link', { name: 'Українська' }).click();
	await expect(page).toHaveURL(new RegExp(`/uk${path}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await page.locator('.site-nav').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`${path}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switch is in the phone menu too', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/uk/timeline/2025/02/');
	await page.locator('.site-menu > summary').click();
	await page.locator('.site-menu').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/timeline\/2025\/02\/$/);
});

// A fixed spread of statements with Ukrainian words: the first, every tenth after it.
const cases = ukrainian.filter((_, i) => i % 10 === 0).slice(0, 6);
for (const { id, words } of cases) {
	test(`/uk/search/ finds ${id} by a Ukrainian phrase`, async ({ page }) => {
		expect(cases.length).toBeGreaterThan(3);
		const q = phrase(words);
		await page.goto(`/uk/search/?q=${encodeURIComponent(`"${q}"`)}`);
		const links = page.locator('ol.results a.result-link');
		await expect(links.first()).toBeVisible({ timeout: 15_000 });
		const hrefs = await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`/uk/statements/${id}/`);
	});
}

// A Ukrainian word with an apostrophe (ʼ, ’ or '), typed with each of the three: the same results.
const withApostrophe = ukrainian
	.map(({ id, words }) => ({ id, words, word: words.split(/\s+/).find((w) => /^[\p{L}]+['’ʼ][\p{L}]+$/u.test(w.replace(/[«»"“”,.;:!?()]/g, ''))) }))
	.find((x) => x.word);
for (const mark of ['ʼ', '’', "'"]) {
	test(`/uk/search/ finds a Ukrainian phrase typed with the apostrophe ${mark}`, async ({ page }) => {
		expect(withApostrophe).toBeDefined();
		const { id, words, word } = withApostrophe!;
		const list = words.split(/\s+/);
		const at = list.indexOf(word!);
		const q = list
			.slice(Math.max(0, at - 1), at + 2)
			.join(' ')
			.replace(/[«»"“”,.;:!?()]/g, '')
			.replace(/['’ʼ]/g, mark);
		await page.goto(`/uk/search/?q=${encodeURIComponent(`"${q}"`)}`);
		const links = page.locator('ol.results a.result-link');
		await expect(links.first()).toBeVisible({ timeout: 15_000 });
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`/uk/statements/${id}/`);
	});
}

test('/uk/search/ filters from the address as /search/ does, and keeps its results in the edition', async ({ page }) => {
	const { statements: all } = JSON.parse(readFileSync('dist/data/statements.json', 'utf8')) as { statements: { speaker: { id: string } }[] };
	const zelensky = all.filter((s) => s.speaker.id === 'volodymyr-zelensky').length;
	await page.goto('/uk/search/?speaker=volodymyr-zelensky');
	const status = page.getByRole('status').filter({ hasText: /^\d+ / });
	await expect(status).toHaveText(new RegExp(`^${zelensky} `), { timeout: 15_000 });
	const hrefs = await page.locator('ol.results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((h) => !h.startsWith('/uk/statements/volodymyr-zelensky-') && !h.startsWith('/uk/statements/zelensky-'))).toEqual([]);
	await expect(page).toHaveURL(/\/uk\/search\/\?speaker=volodymyr-zelensky$/);
});
