/**
 * `npm run build:visual`: the fixed site the visual-regression screenshots are taken of
 * (tests/e2e/visual.spec.ts). The real record grows every week, so its pages cannot be
 * compared with a picture; this site is the same 60 generated statements on every run and
 * machine (scripts/bench-corpus.ts is seeded and dates nothing by the clock), built with the
 * same code into .visual/dist/, English edition, without share images.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const CONTENT = '.visual/content';
const OUT = '.visual/dist';
rmSync('.visual', { recursive: true, force: true });
execFileSync('node', ['scripts/bench-corpus.ts', '--statements', '60', '--out', CONTENT], { stdio: 'pipe' });
execFileSync('astro', ['build'], {
	stdio: 'pipe',
	env: { ...process.env, CONTENT_DIR: CONTENT, GW_OUT_DIR: OUT, GW_CACHE_DIR: 'node_modules/.astro-visual', GW_OG_IMAGES: '0', GW_LANG: 'en' },
});
console.log(`visual-regression site built into ${OUT}`);
