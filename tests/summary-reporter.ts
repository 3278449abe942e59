/**
 * Writes Playwright's counts to reports/playwright.json for scripts/test-summary.ts, which
 * prints the one `N passed, N failed` line CI reads for the whole test run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
	passed = 0;
	failed = 0;
	skipped = 0;
	onTestEnd(test: TestCase, result: TestResult) {
		if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
		if (result.status === 'passed') this.passed++;
		else if (result.status === 'skipped') this.skipped++;
		else this.failed++;
	}
	onEnd() {
		mkdirSync('reports', { recursive: true });
		writeFileSync('reports/playwright.json', JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped }));
	}
	printsToStdio() {
		return false;
	}
}
