/**
 * `npm run bench [-- 1000 5000 20000]`: builds the site from synthetic corpora of each size
 * and reports cold build time (Astro, Pagefind, share images separately), peak memory,
 * seconds per 1,000 statements, output size, gzipped size of key pages, and the ratio to a
 * plain-Node floor measured in the same run. Writes bench/results.md. Not part of npm test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderCardPng } from '../src/lib/og-image.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 5000, 20000];

function dirBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
		const s = statSync(join(dir, f));
		return s.isFile() ? n + s.size : n;
	}, 0);
}
const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length : NaN);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Row {
	n: number;
	build: number;
	pagefind: number | null;
	peakMb: number;
	floor: number;
	images: number;
	outMb: number;
	home: number;
	statement: number;
	speaker: number;
}
const rows: Row[] = [];

for (const n of SIZES) {
	const corpus = `.bench/corpus-${n}`;
	if (!existsSync(corpus)) execFileSync('node', ['scripts/bench-corpus.ts', '--statements', String(n), '--out', corpus], { stdio: 'inherit' });
	const out = `.bench/dist-${n}`;
	const cache = `.bench/cache-${n}`;
	const env = { ...process.env, CONTENT_DIR: corpus, GW_OUT_DIR: out, GW_CACHE_DIR: cache, GW_OG_IMAGES: '0' };
	execFileSync('rm', ['-rf', out, cache]);
	console.log(`\n== ${n} statements: cold build`);
	const run = spawnSync('/usr/bin/time', ['-f', 'GWTIME %e %M', 'astro', 'build'], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
	if (run.status !== 0) throw new Error(`build failed for ${n}:\n${run.stderr.slice(-2000)}`);
	const [, secs, maxKb] = /GWTIME ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
	const pf = /pagefind[^\n]*?([\d.]+)\s*(ms|s)\b/i.exec(run.stdout);
	const pagefind = pf ? Number(pf[1]) / (pf[2] === 'ms' ? 1000 : 1) : null;

	const floorRun = spawnSync('node', ['scripts/bench-floor.ts', corpus, `.bench/floor-${n}`], { encoding: 'utf8' });
	const floor = Number(/in ([\d.]+) s/.exec(floorRun.stdout)?.[1] ?? NaN);

	// Share images: time 50 uncached cards and scale to n (the build caches them on disk).
	const t0 = performance.now();
	for (let i = 0; i < 50; i++) await renderCardPng({ quote: `Benchmark card ${i}: security guarantees for Ukraine must be real and backed by the United States,`, speaker: 'Zoë Müller', role: 'Foreign Minister', date: '26 Feb 2025', stance: 'commits', siteName: 'Guarantee Watch' });
	const images = ((performance.now() - t0) / 1000 / 50) * n;

	const firstStatement = readdirSync(join(out, 'statements'))[0]!;
	rows.push({
		n,
		build: Number(secs),
		pagefind,
		peakMb: Number(maxKb) / 1024,
		floor,
		images,
		outMb: dirBytes(out) / 1024 / 1024,
		home: gz(join(out, 'index.html')),
		statement: gz(join(out, 'statements', firstStatement, 'index.html')),
		speaker: gz(join(out, 'speakers', 'speaker-1', 'index.html')),
	});
	console.log(rows.at(-1));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
const table = [
	'| statements | cold build (s) | of which Pagefind (s) | s per 1,000 | peak memory | floor (s) | build / floor | share images, est. (s) | dist size | `/` gzipped | statement page gz | speaker page (500 st.) gz |',
	'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${r.build.toFixed(1)} | ${r.pagefind?.toFixed(1) ?? 'n/a'} | ${((r.build / r.n) * 1000).toFixed(2)} | ${r.peakMb.toFixed(0)} MB | ${r.floor.toFixed(2)} | ${(r.build / r.floor).toFixed(1)}× | ${r.images.toFixed(0)} | ${r.outMb.toFixed(1)} MB | ${kb(r.home)} | ${kb(r.statement)} | ${kb(r.speaker)} |`),
];
const md = [
	'# Benchmark results',
	'',
	`Run ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench\`. Cold builds (Astro's cache and the output removed first), share images off in the build (\`GW_OG_IMAGES=0\`) and timed separately from 50 uncached cards, scaled to the corpus size. The floor is \`scripts/bench-floor.ts\`: gray-matter plus one plain HTML page per statement, measured in the same run.`,
	'',
	...table,
	'',
].join('\n');
writeFileSync('bench/results.md', md);
console.log(`\n${md}`);
