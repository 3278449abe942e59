/**
 * `npm run screenshots`: pictures of the real built site for the README — the timeline and a
 * statement page, light and dark, desktop and phone. Run after `npm run build`.
 */
import { chromium } from '@playwright/test';
import { withPreview } from './preview-server.ts';

const SHOTS = [
	{ name: 'timeline', path: '/' },
	{ name: 'statement', path: '/statements/trump-2025-02-26-europe-do-that/' },
	{ name: 'positions', path: '/positions/' },
	{ name: 'speaker', path: '/speakers/donald-trump/' },
];

await withPreview(4329, async (origin) => {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	for (const scheme of ['light', 'dark'] as const) {
		for (const viewport of [{ label: 'desktop', width: 1280, height: 900 }, { label: 'phone', width: 360, height: 780 }]) {
			const page = await browser.newPage({ colorScheme: scheme, viewport, deviceScaleFactor: 1 });
			for (const shot of SHOTS) {
				await page.goto(`${origin}${shot.path}`);
				const file = `docs/screenshots/${shot.name}-${viewport.label}-${scheme}.png`;
				await page.screenshot({ path: file });
				console.log(file);
			}
			await page.close();
		}
	}
	await browser.close();
});
