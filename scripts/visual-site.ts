/**
 * `npm run build:visual`: the fixed site the visual-regression screenshots are taken of
 * (tests/e2e/visual.spec.ts). The real record grows every week, so its pages cannot be
 * compared with a picture; this site is the same 60 generated statements on every run and
 * machine (scripts/bench-corpus.ts is seeded, dates nothing by the clock and here draws its words
 * from the test fixture's articles, not from the growing record), built with the
 * same code into .visual/dist/, English edition, without share images.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const CONTENT = '.visual/content';
const OUT = '.visual/dist';
rmSync('.visual', { recursive: true, force: true });
// Words from the fixed test fixture, not the real record: the record grows, the pictures must not.
execFileSync('node', ['scripts/bench-corpus.ts', '--statements', '60', '--out', CONTENT, '--vocabulary', 'tests/fixtures/content/articles', '--event-every', '0'], { stdio: 'pipe' });
execFileSync('astro', ['build'], {
	stdio: 'pipe',
	env: { ...process.env, CONTENT_DIR: CONTENT, GW_OUT_DIR: OUT, GW_CACHE_DIR: 'node_modules/.astro-visual', GW_OG_IMAGES: '0', GW_LANG: 'en' },
});
console.log(`visual-regression site built into ${OUT}`);
