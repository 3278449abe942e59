import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium; never a downloaded browser (see DEVELOPERS.md). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4322);
/** The fixed site of the visual-regression screenshots (`npm run build:visual`; npm test builds it). */
const VISUAL_PORT = Number(process.env.VISUAL_PORT ?? 4323);
const VISUAL = existsSync('.visual/dist/index.html');
const LAUNCH = {
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['./tests/summary-reporter.ts']],
	timeout: 120_000,
	use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
	projects: [
		{ name: 'chromium', testIgnore: /visual\.spec\.ts$/, use: { ...devices['Desktop Chrome'], launchOptions: LAUNCH } },
		// Screenshots compared with the committed pictures, within a tolerance. Without the
		// fixed site (npm run build:visual) there is nothing to compare, and the project is left out.
		...(VISUAL ? [{ name: 'visual', testMatch: /visual\.spec\.ts$/, use: { ...devices['Desktop Chrome'], launchOptions: LAUNCH, baseURL: `http://127.0.0.1:${VISUAL_PORT}` } }] : []),
	],
	// A pixel differs when its colour moves by more than 5% (Playwright's default, 20%, let a changed
	// page background through); a picture fails when more than 1% of its pixels differ.
	// An assertion waits up to 15 s, not Playwright's 5: a search over several hundred results
	// took longer than 5 s on a CI machine running both test workers (14.4 s for three topic
	// searches), and how fast search is belongs to `npm run bench`, not to pass/fail tests.
	expect: { timeout: 15_000, toHaveScreenshot: { threshold: 0.05, maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' } },
	webServer: [
		{
			// Serves the built dist/ exactly as deployed (npm test builds it first).
			command: `astro preview --host 127.0.0.1 --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'ignore',
		},
		...(VISUAL
			? [
					{
						// Astro runs one preview server per project: a plain static server for this one.
						command: `node scripts/static-server.ts .visual/dist ${VISUAL_PORT}`,
						url: `http://127.0.0.1:${VISUAL_PORT}/`,
						reuseExistingServer: false,
						timeout: 60_000,
						stdout: 'ignore' as const,
					},
				]
			: []),
	],
});
