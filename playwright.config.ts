import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium; never a downloaded browser (see DEVELOPERS.md). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['./tests/summary-reporter.ts']],
	timeout: 120_000,
	use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: CHROMIUM,
					args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
				},
			},
		},
	],
	webServer: {
		// Serves the built dist/ exactly as deployed (npm test builds it first).
		command: `astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
	},
});
