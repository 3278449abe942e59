#!/usr/bin/env bash
# `npm test`: lints, builds the site with its real content, then runs every test layer —
# unit and build-output tests (Vitest), browser tests (Playwright + Debian Chromium) — and
# ends with one line, `N passed, N failed`, that counts them all.
set -u
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports

# Lint first (seconds): Biome over the TypeScript; a finding fails the run like a failed test.
npm run --silent lint > reports/lint.log 2>&1
lint_rc=$?
[ "$lint_rc" = 0 ] || cat reports/lint.log

if ! npm run --silent build > reports/build.log 2>&1; then
	cat reports/build.log
	echo "The build failed; no test ran."
	echo "0 passed, 1 failed"
	exit 1
fi

# The fixed site the visual-regression screenshots compare against (tests/e2e/visual.spec.ts).
if ! npm run --silent build:visual > reports/visual-build.log 2>&1; then
	cat reports/visual-build.log
	echo "The visual-regression site failed to build; no test ran."
	echo "0 passed, 1 failed"
	exit 1
fi

# A free port for the browser tests' preview server, so parallel runs never collide.
E2E_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export E2E_PORT
VISUAL_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export VISUAL_PORT

vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_rc=$?
playwright test
playwright_rc=$?
node scripts/test-summary.ts "$vitest_rc" "$playwright_rc" "$lint_rc"
