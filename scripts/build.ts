/**
 * `npm run build`: checks the content (the Astro loaders list every problem, file and field,
 * and stop; content is read once, not once to validate and again to build) and
 * builds into a fresh folder beside dist/ and swaps it in
 * only when the build succeeded, so a failing build leaves the last good dist/ untouched and
 * nothing half-written is ever served from dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { ENV, siteAddress } from '../src/env.ts';

const target = 'dist';
const fresh = `.dist-build-${process.pid}`;
const old = `.dist-old-${process.pid}`;

// The address is checked before anything is built: a publishing build without an https
// address would publish permanent links that point nowhere.
let preview: boolean;
try {
	preview = siteAddress().preview;
	if (ENV.publish && !ENV.reportUrl) throw new Error('GW_PUBLISH=1 needs a way for readers to report errors: set GW_REPORT_URL (an issue form or a mailto: address)');
} catch (e) {
	console.error(`Not building: ${(e as Error).message}`);
	process.exit(1);
}

const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, GW_OUT_DIR: fresh } });
if (result.status !== 0) {
	rmSync(fresh, { recursive: true, force: true });
	console.error(`\nThe build failed; ${existsSync(target) ? `the previous ${target}/ is unchanged` : `there is no ${target}/`}.`);
	process.exit(result.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
if (preview) console.log(`\nThis is a preview build: its addresses name ${siteAddress().url} and every page says it is a preview. To publish: SITE_URL=https://your.domain GW_PUBLISH=1 npm run build`);
