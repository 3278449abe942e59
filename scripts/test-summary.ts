/**
 * Adds up the counts of every test runner of `npm test` and prints them as one line,
 * `N passed, N failed`, alone, last. Exits 1 if anything failed or a runner left no report.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = false;

if (existsSync('reports/vitest.json')) {
	const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests;
	// A file that fails to load has no failed test of its own, but the run did fail.
	if (!v.success && v.numFailedTests === 0) failed += 1;
} else {
	console.error('test-summary: vitest left no report (reports/vitest.json)');
	missing = true;
}
if (existsSync('reports/playwright.json')) {
	const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
	passed += p.passed;
	failed += p.failed;
} else {
	console.error('test-summary: Playwright left no report (reports/playwright.json)');
	missing = true;
}
const runnerFailed = process.argv.slice(2).some((code) => code !== '0');
if ((missing || runnerFailed) && failed === 0) failed = 1; // a runner that crashed is a failure, never a pass
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
