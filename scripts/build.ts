/**
 * `npm run build`: checks the content (the Astro loaders list every problem, file and field,
 * and stop; content is read once, not once to validate and again to build) and
 * builds into a fresh folder beside dist/ and swaps it in
 * only when the build succeeded, so a failing build leaves the last good dist/ untouched and
 * nothing half-written is ever served from dist/.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Language, LANGUAGES } from '../src/edition.ts';
import { ENV, siteAddress } from '../src/env.ts';
import { headersPolicy, writeHeaders } from '../src/integrations/headers.ts';
import { ASTRO_SHARED_FILES, mergeEdition, untilWritten } from './editions.ts';

interface EditionBuild {
	/** The exit code, once the build ended. */
	done: Promise<number | null>;
	/** Its log, held back: printed only when the first edition's build succeeded. */
	log: string[];
	stop: () => void;
}

/**
 * Runs `astro build` for one edition into `out`. The first edition's log goes straight to
 * the terminal; the others' are held in `log`, so a content error is printed once, not once
 * per edition.
 */
function buildEdition(lang: Language, out: string, args: string[], live: boolean): EditionBuild {
	const child = spawn('astro', ['build', ...args], { stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'], env: { ...process.env, GW_OUT_DIR: out, GW_LANG: lang } });
	const log: string[] = [];
	for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', (line) => log.push(`[${lang}] ${line}`));
	return { done: new Promise((resolve) => child.on('close', resolve)), log, stop: () => child.kill('SIGTERM') };
}

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

// One Astro build per edition (src/edition.ts), side by side: each renders on its own core.
// The Ukrainian one is moved under /uk/ only when every edition succeeded.
const editions = LANGUAGES.map((lang, i) => ({ lang, out: i === 0 ? fresh : `${fresh}-${lang}` }));
const builds: EditionBuild[] = [];
for (const [i, { lang, out }] of editions.entries()) {
	// On a fresh checkout, the others wait until the first has written the files Astro keeps in
	// .astro/ for every edition (scripts/editions.ts says why): a few seconds, once.
	if (i === 1 && !ASTRO_SHARED_FILES.every((file) => existsSync(file))) await untilWritten(ASTRO_SHARED_FILES, builds[0]!.done);
	builds.push(buildEdition(lang, out, process.argv.slice(2), i === 0));
}
function fail(code: number | null): never {
	for (const b of builds) b.stop();
	for (const { out } of editions) rmSync(out, { recursive: true, force: true });
	console.error(`\nThe build failed; ${existsSync(target) ? `the previous ${target}/ is unchanged` : `there is no ${target}/`}.`);
	process.exit(code ?? 1);
}
for (const [i, build] of builds.entries()) {
	const code = await build.done;
	if (i > 0) console.log(build.log.join('\n'));
	if (code !== 0) fail(code);
}
// Each edition's build wrote its _headers from its pages: the site's merges their policies,
// read from those files before the merge leaves the editions' own out, so no page is read twice.
const policies = editions.map(({ out }) => headersPolicy(readFileSync(join(out, '_headers'), 'utf8')));
for (const [i, policy] of policies.entries()) {
	if (policy !== undefined) continue;
	console.error(`${join(editions[i]!.out, '_headers')} gives no Content-Security-Policy: is security.csp on?`);
	fail(1);
}
for (const { lang, out } of editions) if (out !== fresh) mergeEdition(out, fresh, lang);
writeHeaders(fresh, { policies: policies as string[] });
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
if (preview) console.log(`\nThis is a preview build: its addresses name ${siteAddress().url} and every page says it is a preview. To publish: SITE_URL=https://your.domain GW_PUBLISH=1 npm run build`);
