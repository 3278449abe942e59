/**
 * `npm run bench [-- 1000 5000 20000] [--runs N] [--visits N]`: builds the site from synthetic corpora of each size
 * (scripts/bench-corpus.ts) and reports, per size: cold build time split into content,
 * pages and Pagefind, peak memory, seconds per 1,000 statements, the ratio to a plain-Node
 * floor measured in the same run, output size and file count, gzipped size of the pages the
 * size targets name, and search in Chromium (first-query bytes, keystroke to results).
 * Share images are off in these builds and timed separately (50 uncached cards, scaled).
 * Writes bench/results.md. Not part of npm test (bench numbers are not pass/fail).
 *
 * `--runs N` builds each size cold N times and reports the median build (its phases too) and
 * every run's time, with the floor measured after each; `--visits N` passes to the search
 * bench (the median of N first visits). One cold build at 20,000 statements took 79.6 to
 * 105.8 s over ten runs of the same code on one morning (2026-12-06: DEVELOPERS.md says why),
 * so a single run cannot say which side of a target the build is on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { renderCardPng } from '../src/lib/og-image.ts';
import { SEARCH_PART_SIZE } from '../src/lib/search-parts.ts';
import type { QueryRow } from './bench-search.ts';
import { type MachineCounters, readCounters, spent } from './machine-load.ts';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' }, visits: { type: 'string', default: '1' } } });
/** A count given on the command line, as a number; stops the bench, quoting it, if it is not a whole number above 0. */
function count(name: string, text: string): number {
	if (!/^[1-9]\d*$/.test(text)) {
		console.error(`bench: ${name} must be a whole number above 0, not ${text}`);
		process.exit(1);
	}
	return Number(text);
}
const RUNS = count('--runs', args.runs);
const VISITS = count('--visits', args.visits);
const sizes = positionals.map((text) => count('a size', text));
/** The middle of `items` by `value`, the lower of the two middle ones when there is an even number: always one of them. */
function middleOf<T>(items: readonly T[], value: (item: T) => number): T {
	return [...items].sort((a, b) => value(a) - value(b))[Math.floor((items.length - 1) / 2)]!;
}
const SIZES = sizes.length ? sizes : [1000, 5000, 20000];

function walk(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Seconds from a log line: "13989 ms", "31.40s" or "2m 8s". */
function seconds(log: string, pattern: RegExp): number {
	const m = pattern.exec(log);
	if (!m) return NaN;
	const [text, minutes, secs] = m;
	if (/\d ms$/.test(text)) return Number(secs) / 1000;
	return Number(minutes ?? 0) * 60 + Number(secs);
}

/** What the search bench's `BENCH_SEARCH` line holds that this report uses. */
interface Search {
	queries: QueryRow[];
}

interface Row {
	n: number;
	/** The median cold build (its phases below are that run's). */
	build: number;
	/** Every cold build, in the order run. */
	builds: number[];
	content: number;
	pages: number;
	pagefind: number;
	/** The whole machine's CPU time and page faults over the median build (null off Linux). */
	load: MachineCounters | null;
	peakMb: number;
	/** The median of the floors measured after each build. */
	floor: number;
	images: number;
	outMb: number;
	files: number;
	home: number;
	timelineMax: number;
	statementMax: number;
	speaker: number;
	speakerMax: number;
	positions: number;
	/** The largest HTML page of all, by gzipped size, and its address. */
	largest: { path: string; gz: number };
	search: Search | null;
}
const rows: Row[] = [];

for (const n of SIZES) {
	const corpus = `.bench/corpus-${n}`;
	execFileSync('node', ['scripts/bench-corpus.ts', '--statements', String(n), '--out', corpus], { stdio: 'inherit' });
	const out = `.bench/dist-${n}`;
	const cache = `.bench/cache-${n}`;
	// Without Node's compile cache, as in CI (Astro's CLI turns it on elsewhere): kept from an
	// earlier run over the same corpus, it skipped compiling what a build after an edit compiles.
	const env = { ...process.env, CONTENT_DIR: corpus, GW_OUT_DIR: out, GW_CACHE_DIR: cache, GW_OG_IMAGES: '0', NODE_DISABLE_COMPILE_CACHE: '1' };
	const runs: ({ secs: number } & Pick<Row, 'peakMb' | 'content' | 'pages' | 'pagefind' | 'load'>)[] = [];
	const floors: number[] = [];
	for (let r = 1; r <= RUNS; r++) {
		execFileSync('rm', ['-rf', out, cache]);
		console.log(`\n== ${n} statements: cold build${RUNS > 1 ? ` ${r} of ${RUNS}` : ''}`);
		const before = readCounters();
		const run = spawnSync('/usr/bin/time', ['-f', 'GWTIME %e %M', 'astro', 'build'], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
		const load = spent(before, readCounters());
		if (run.status !== 0) throw new Error(`build failed for ${n}:\n${run.stderr.slice(-2000)}`);
		const [, secs, maxKb] = /GWTIME ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
		const log = run.stdout;
		// Astro prints "[types] Generated 5.95s" after syncing content, and "✓ Completed in …" after the pages.
		runs.push({
			secs: Number(secs),
			peakMb: Number(maxKb) / 1024,
			content: seconds(log, /\[types\] Generated ()([\d.]+)s/),
			pages: seconds(log.slice(log.indexOf('generating static routes')), /✓ Completed in (?:(\d+)m )?([\d.]+)s/),
			pagefind: seconds(log, /search indexes built in ()(\d+) ms/),
			load,
		});
		const floorRun = spawnSync('node', ['scripts/bench-floor.ts', corpus, `.bench/floor-${n}`], { encoding: 'utf8' });
		floors.push(Number(/in ([\d.]+) s/.exec(floorRun.stdout)?.[1] ?? NaN));
		console.log(`   ${runs.at(-1)!.secs} s${load ? ` (CPU ${load.userSecs.toFixed(1)} s user, ${load.kernelSecs.toFixed(1)} s kernel, ${load.faults.toLocaleString('en')} page faults)` : ''}, floor ${floors.at(-1)} s`);
	}
	// The median run with its own phases, not a median of each phase; the floor's median apart.
	const middle = middleOf(runs, (r) => r.secs);
	const floor = middleOf(floors, (f) => f);

	// Share images: time 50 uncached cards and scale to n (the build caches them by content hash).
	const t0 = performance.now();
	for (let i = 0; i < 50; i++) await renderCardPng({ quote: `Benchmark card ${i}: security guarantees for Ukraine must be real and backed by the United States,`, speaker: 'Zoë Müller', role: 'Foreign Minister', date: '26 Feb 2025', stance: 'commits', provenance: 'As printed by Reuters, 26 February 2025, via a copy on example.com', siteName: 'Guarantee Watch' });
	const images = ((performance.now() - t0) / 1000 / 50) * n;

	const files = walk(out);
	const html = (prefix: string) => files.filter((f) => f.startsWith(prefix) && f.endsWith('.html')).map((f) => join(out, f));
	const max = (list: string[]) => Math.max(...list.map(gz));
	// The largest page overall: gzip the ten largest by raw size (gzip ratios differ little).
	const biggest = files
		.filter((f) => f.endsWith('.html'))
		.map((f) => ({ f, size: statSync(join(out, f)).size }))
		.sort((a, b) => b.size - a.size)
		.slice(0, 10)
		.map(({ f }) => ({ path: `/${f.replace(/index\.html$/, '')}`, gz: gz(join(out, f)) }))
		.sort((a, b) => b.gz - a.gz)[0]!;

	console.log(`== ${n} statements: search`);
	const searchRun = spawnSync('node', ['scripts/bench-search.ts', '--dist', out, '--no-write', '--visits', String(VISITS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
	const searchLine = /^BENCH_SEARCH (.+)$/m.exec(searchRun.stdout)?.[1];
	if (!searchLine) console.error(`search bench gave no result:\n${searchRun.stdout.slice(-1500)}\n${searchRun.stderr.slice(-1500)}`);

	rows.push({
		n,
		build: middle.secs,
		builds: runs.map((r) => r.secs),
		content: middle.content,
		pages: middle.pages,
		pagefind: middle.pagefind,
		load: middle.load,
		// The highest of the runs: the target is a ceiling.
		peakMb: Math.max(...runs.map((r) => r.peakMb)),
		floor,
		images,
		outMb: files.reduce((sum, f) => sum + statSync(join(out, f)).size, 0) / 1024 / 1024,
		files: files.length,
		home: gz(join(out, 'index.html')),
		timelineMax: max(html('timeline/')),
		statementMax: max(html('statements/')),
		speaker: gz(join(out, 'speakers', 'speaker-1', 'index.html')),
		speakerMax: max(html('speakers/')),
		positions: gz(join(out, 'positions', 'index.html')),
		largest: biggest,
		search: searchLine ? (JSON.parse(searchLine) as Search) : null,
	});
	console.log(rows.at(-1));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const md = [
	'# Benchmark results',
	'',
	`Run ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench\` (${SIZES.join(', ')} statements from \`scripts/bench-corpus.ts\`).`,
	`Cold builds: Astro’s cache and the output removed first, Node’s compile cache off; share images off in the build (\`GW_OG_IMAGES=0\`) and timed separately. ${RUNS > 1 ? `Each size was built cold ${RUNS} times: the build’s figures are the median run’s (its phases its own; the lower middle of an even number), peak memory the highest of the runs, the floor the median of those measured after each build, so build / floor pairs the two medians. ` : ''}The floor is \`scripts/bench-floor.ts\`: gray-matter plus one plain HTML page per statement, measured in the same run. CPU time and page faults are the whole machine’s over the median build (\`/proc/stat\`, \`/proc/vmstat\`: \`scripts/machine-load.ts\`), Pagefind’s binary included: page faults are a large and changeable part of a build’s kernel time on this machine (DEVELOPERS.md, “A page fault costs about 12 µs”).`,
	'',
	'## Build',
	'',
	`| statements | cold build (s) | ${RUNS > 1 ? 'each run (s) | ' : ''}content (s) | pages (s) | Pagefind (s) | CPU: user / kernel (s) | page faults | s per 1,000 | peak memory | floor (s) | build / floor | share images cold, est. (s) | files in dist | dist size |`,
	`| ---: | ---: | ${RUNS > 1 ? '---: | ' : ''}---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
	...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${f1(r.build)} | ${RUNS > 1 ? `${r.builds.map(f1).join(', ')} | ` : ''}${f1(r.content)} | ${f1(r.pages)} | ${f1(r.pagefind)} | ${r.load ? `${f1(r.load.userSecs)} / ${f1(r.load.kernelSecs)}` : 'n/a'} | ${r.load ? r.load.faults.toLocaleString('en') : 'n/a'} | ${((r.build / r.n) * 1000).toFixed(2)} | ${r.peakMb.toFixed(0)} MB | ${r.floor.toFixed(2)} | ${(r.build / r.floor).toFixed(1)}× | ${r.images.toFixed(0)} | ${r.files.toLocaleString('en')} | ${r.outMb.toFixed(0)} MB |`),
	'',
	'## Page sizes (gzipped)',
	'',
	'| statements | `/` | largest timeline page | largest statement page | speaker with 500 statements | largest speaker page | `/positions/` | largest page of all |',
	'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
	...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${kb(r.home)} | ${kb(r.timelineMax)} | ${kb(r.statementMax)} | ${kb(r.speaker)} | ${kb(r.speakerMax)} | ${kb(r.positions)} | ${kb(r.largest.gz)} \`${r.largest.path}\` |`),
	'',
	'## Search',
	'',
	'| statements | query | results | first use: bytes to first 10 | first use: bytes to the count | first use: keystroke → first 10 | first use: keystroke → count | later (median) |',
	'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.flatMap((r) => (r.search ? r.search.queries.map((q) => `| ${r.n.toLocaleString('en')} | \`${q.query}\` | ${q.results.toLocaleString('en')} | ${kb(q.bytes)} | ${kb(q.bytesToCount)} | ${q.first10Ms} ms${VISITS > 1 ? ` (${q.first10TimesMs.join(', ')})` : ''} | ${q.firstMs} ms | ${q.laterMs} ms |`) : [`| ${r.n.toLocaleString('en')} | n/a | | | | | | |`])),
	'',
	`Search is measured in Debian’s Chromium against the built site served on 127.0.0.1 (\`scripts/bench-search.ts\`), each query on its own first visit with an empty cache${VISITS > 1 ? ` (first-use times: the median of ${VISITS} such visits)` : ''}: bytes are everything fetched from /pagefind until the first 10 results show, runtime included, and until the count is final (above ${SEARCH_PART_SIZE.toLocaleString('en')} statements the index is searched in parts, newest first: \`src/lib/search-parts.ts\`); later is the same query typed again on the warm page.`,
	'',
].join('\n');
writeFileSync('bench/results.md', md);
console.log(`\n${md}`);

// Then the search bench on the real site's dist/ (bench/search.md). It runs from here, not from
// the npm script, so `npm run bench -- 1000 5000` passes its sizes to this script only.
const real = spawnSync('node', ['scripts/bench-search.ts', '--visits', String(VISITS)], { stdio: 'inherit' });
if (real.status !== 0) process.exit(real.status ?? 1);
