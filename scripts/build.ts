/**
 * `npm run build`: checks the content (the Astro loaders list every problem, file and field,
 * and stop; content is read once, not once to validate and again to build) and
 * builds into a fresh folder beside dist/ and swaps it in
 * only when the build succeeded, so a failing build leaves the last good dist/ untouched and
 * nothing half-written is ever served from dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const target = 'dist';
const fresh = `.dist-build-${process.pid}`;
const old = `.dist-old-${process.pid}`;

const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, GW_OUT_DIR: fresh } });
if (result.status !== 0) {
	rmSync(fresh, { recursive: true, force: true });
	console.error(`\nThe build failed; ${existsSync(target) ? `the previous ${target}/ is unchanged` : `there is no ${target}/`}.`);
	process.exit(result.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
