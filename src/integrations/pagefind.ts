/**
 * Builds the search index with Pagefind's Node API once Astro has written the site
 * (`astro:build:done`), into `<outDir>/pagefind/`. Any error Pagefind reports stops the build.
 *
 * The bundle is taken from `getFiles()` and written here, not by Pagefind's `writeFiles()`:
 * with 1.5.2, `writeFiles()` resolved before its files were complete, and `close()` right
 * after left some of them empty (seen: a 0-byte pagefind-entry.json, so search was dead).
 * Writing them ourselves also leaves out Pagefind's ready-made UIs, which this site does not use.
 *
 * While editing (`astro dev`), the dev server serves the index of the last build from
 * `<outDir>/pagefind/`, so /search/ works against the last built content (see README).
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { recutWordIndex } from '../lib/pagefind-chunks.ts';
import { builtPages, isRecord, noted, RECORD_MARK, sortDateIn, type WrittenBy, type WrittenPages } from '../lib/built-page.ts';
import { ID_PATTERN } from '../lib/content/slugs.ts';
import { ROUTES } from '../lib/routes.ts';
import { partCount, partFolder, SEARCH_PART_SIZE, splitIntoParts } from '../lib/search-parts.ts';
import { ENV } from '../env.ts';

/** The URL path the index is served from: the search page loads `/pagefind/pagefind.js`. */
export const PAGEFIND_PATH = ROUTES.pagefind;

/** Throws with every message Pagefind returned, so a broken index never ships silently. */
function assertNoErrors(step: string, response: { errors: string[] }, logger: AstroIntegrationLogger): void {
	if (response.errors.length === 0) return;
	for (const message of response.errors) logger.error(`${step}: ${message}`);
	throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

/** Pagefind's own search interfaces (default, modular, component UI, highlighter): /search/ has its own. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Every `.html` file under `dir`, as paths relative to it, outside the `pagefind/` bundle (from `written`'s listing where it has one). */
function htmlFiles(dir: string, written: WrittenPages | null): string[] {
	return builtPages(dir, written).filter((f) => !f.startsWith(`pagefind${sep}`));
}

/** The number of pages Pagefind indexed, from the `pagefind-entry.json` it built. */
function indexedPages(entryJson: Uint8Array): number {
	const entry = JSON.parse(new TextDecoder().decode(entryJson)) as { languages?: Record<string, { page_count: number }> };
	return Object.values(entry.languages ?? {}).reduce((n, l) => n + l.page_count, 0);
}

/**
 * The two search indexes: statements (what /search/ searches) and news reports (searched only
 * when the reader asks for reports). Apart, a word search over statements never loads or
 * ranks the reports' pages, and needs no filtered second search to put statements first.
 */
export const INDEXES = [
	{ folder: 'statements', bundle: '' },
	{ folder: 'sources', bundle: ROUTES.pagefindReports.slice(ROUTES.pagefind.length, -1) },
] as const;

/** A Pagefind bundle to build: the pages it indexes, and the folder under `pagefind/` it is written to. */
export interface Bundle {
	/** The folder the records are under (`statements`, `sources`). */
	folder: string;
	/** Where the bundle goes, under `<dir>/pagefind/`. */
	target: string;
	/** A part's pages (named to Pagefind in globs), or null: every record under `folder`. */
	files: string[] | null;
	expected: number;
	/** How the returned counts name it: the folder, or `statements part 2` for a part. */
	name: string;
	/** How messages name it: `statements/`, or `part 2 of statements/`. */
	label: string;
}

/**
 * The longest glob handed to Pagefind, in characters. Pagefind compiles a glob into a regular
 * expression whose size is capped, and a glob over the cap stops the build ("did not parse as
 * a valid glob"). Where the cap falls depends on the names (shared beginnings cost less):
 * 1,500 random names of 70 characters (123,003 characters) parsed and 2,000 (164,003) did not;
 * the record's own statement names (repeated with other years), 3,500 of them (206,504
 * characters), parsed, and 5,000 (295,207), as a part of that size would need, did not
 * (Pagefind 1.5.2 on Linux, 2026-12-06, each name followed by `/index.html`; not measured on
 * other systems). So a part is named in as many globs as keep under this length, each one
 * more pass of Pagefind over the folder.
 */
export const GLOB_MAX_CHARS = 100_000;

/** The file every record page is, in its own folder: `<folder>/<id>/index.html`. */
const PAGE_FILE = 'index.html';

/**
 * Globs that together name exactly `pages` (paths `folder/<id>/index.html`), in order, as
 * `statements/{a,b}/index.html`, each at most `maxChars` long (an id longer than that gets a
 * glob alone). The file name stands once, after the braces: Pagefind then goes into only the
 * folders named (at 20,000 statements, a part of 4,000 named in two globs took 2.63 s, as in
 * one; with `/index.html` after each id, 2.91 s).
 */
export function partGlobs(folder: string, pages: readonly string[], maxChars: number = GLOB_MAX_CHARS): string[] {
	const ids = pages.map((page) => {
		const [top, id, file, ...rest] = page.split(sep);
		// An id of the record holds no sign a glob gives a meaning to, and no letter outside
		// ASCII, which the cap would count in bytes, not characters.
		if (top !== folder || file !== PAGE_FILE || rest.length || !id || !ID_PATTERN.test(id)) throw new Error(`${page} cannot be named in a Pagefind glob: a record must be ${folder}/<id>/${PAGE_FILE}, its id lowercase letters, digits and single hyphens`);
		return id;
	});
	const glob = (group: readonly string[]) => `${folder}/{${group.join(',')}}/${PAGE_FILE}`;
	// The length of a glob of no ids: the folder, "/{", "}/" and the file name.
	const bare = glob([]).length;
	const globs: string[] = [];
	let group: string[] = [];
	let length = bare;
	for (const id of ids) {
		if (group.length && length + 1 + id.length > maxChars) {
			globs.push(glob(group));
			group = [];
			length = bare;
		}
		length += id.length + (group.length ? 1 : 0);
		group.push(id);
	}
	if (group.length) globs.push(glob(group));
	return globs;
}

/** Indexes one bundle with Pagefind (in this process) and writes it under `dir/pagefind/`; returns its name and page count. */
async function indexBundle(dir: string, { folder, target, files: pages, expected, name, label }: Bundle, logger: AstroIntegrationLogger): Promise<[string, number]> {
	const created = await pagefind.createIndex({});
	assertNoErrors('create the index', created, logger);
	const { index } = created;
	if (!index) throw new Error('Pagefind failed to create the index: no index returned');
	// A part is its pages named in globs, as `statements/{a,b}/index.html`:
	// Pagefind reads them as it reads a whole folder, in parallel and with the same addresses.
	// (Handing it each file with addHTMLFile took twice as long, 141 s against 74 s at 20,000
	// statements; a folder of links to a part's pages took 5 s to remove at 20,000.) One glob
	// after another: each is a walk of the folder, and they add to the same index.
	for (const glob of pages === null ? [`${folder}/**/*.html`] : partGlobs(folder, pages)) {
		const added = await index.addDirectory({ path: dir, glob });
		assertNoErrors(`index ${label}`, added, logger);
	}
	const built = await index.getFiles();
	assertNoErrors('build the index', built, logger);
	const made = built.files.filter((f) => !UNUSED_UI.test(f.path));
	if (!made.some((f) => f.path === 'pagefind-entry.json')) throw new Error('Pagefind built no pagefind-entry.json');
	// Its word index in smaller chunks than Pagefind's, so a word costs less to look up (src/lib/pagefind-chunks.ts).
	const files = (() => {
		try {
			return recutWordIndex(made);
		} catch (e) {
			throw new Error(`the search index of ${label}: ${(e as Error).message}`);
		}
	})();
	const entry = files.find((f) => f.path === 'pagefind-entry.json')!;
	const indexed = indexedPages(entry.content);
	if (indexed !== expected) throw new Error(`Pagefind indexed ${indexed} pages of ${label}, but ${expected} pages there carry ${RECORD_MARK}`);
	const out = join(dir, 'pagefind', target);
	for (const file of files) {
		mkdirSync(dirname(join(out, file.path)), { recursive: true });
		writeFileSync(join(out, file.path), file.content);
	}
	logger.info(`indexed ${indexed} pages of ${label} into ${out} (${files.length} files)`);
	return [name, indexed] as const;
}

/** Builds `bundles` in this process, all at once (one Pagefind service, which reads their pages in parallel), then closes Pagefind. */
export async function indexBundles(dir: string, bundles: readonly Bundle[], logger: AstroIntegrationLogger): Promise<[string, number][]> {
	try {
		return await Promise.all(bundles.map((bundle) => indexBundle(dir, bundle, logger)));
	} finally {
		await pagefind.close();
	}
}

/** Bundles in `count` groups of about the same number of pages, largest first into the lightest group. */
export function groupBundles<T extends { expected: number }>(bundles: readonly T[], count: number): T[][] {
	const groups = Array.from({ length: Math.max(1, Math.min(count, bundles.length)) }, () => ({ pages: 0, bundles: [] as T[] }));
	for (const bundle of [...bundles].sort((a, b) => b.expected - a.expected)) {
		const lightest = groups.reduce((a, b) => (b.pages < a.pages ? b : a));
		lightest.bundles.push(bundle);
		lightest.pages += bundle.expected;
	}
	return groups.map((g) => g.bundles);
}

/** The script a child process runs to build its group of bundles (see `inProcesses`). */
const CHILD = fileURLToPath(new URL('./pagefind-child.ts', import.meta.url));

/**
 * Builds each group of bundles in its own Node process, each with its own Pagefind service,
 * side by side. A child reports on stdout, one JSON object a line: `info` and `error`
 * messages (passed to `logger`), a `result` per bundle, or `fail` with the message that
 * stopped it. The first failure stops the others and is thrown.
 */
function inProcesses(dir: string, groups: readonly Bundle[][], logger: AstroIntegrationLogger): Promise<[string, number][]> {
	const children = groups.map(() => spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'inherit'] }));
	const runs = children.map(
		(child, i) =>
			new Promise<[string, number][]>((resolve, reject) => {
				const results: [string, number][] = [];
				let failure: string | null = null;
				createInterface({ input: child.stdout! }).on('line', (line) => {
					const message = JSON.parse(line) as { info?: string; error?: string; result?: [string, number]; fail?: string };
					if (message.info !== undefined) logger.info(message.info);
					if (message.error !== undefined) logger.error(message.error);
					if (message.result) results.push(message.result);
					if (message.fail !== undefined) failure = message.fail;
				});
				child.on('error', reject);
				child.on('close', (code) => (code === 0 && failure === null ? resolve(results) : reject(new Error(failure ?? `the Pagefind process for ${groups[i]!.map((b) => b.label).join(', ')} stopped with code ${code}`))));
				child.stdin!.end(JSON.stringify({ dir, bundles: groups[i] }));
			}),
	);
	return Promise.all(runs).then(
		(all) => all.flat(),
		(e: unknown) => {
			for (const child of children) child.kill();
			throw e;
		},
	);
}

/**
 * Indexes the built pages under `dir` into one bundle per kind of record (`INDEXES`), written
 * under `dir/pagefind/`; a record of more than `partSize` statements is indexed in parts
 * (src/lib/search-parts.ts), part 0 in the statements' bundle and part k in its `part-k/`.
 * Returns the page count of each bundle, by folder (`statements part 0`… for parts).
 *
 * Records are the pages carrying `data-pagefind-body`, found by a scan of every page; the
 * build checks that each index holds exactly the records of its folder (or part) and that no
 * page elsewhere carries the mark, so a record page that lost it, or a page that gained it,
 * fails the build. Pagefind reads and parses each folder itself, in parallel (handing it each
 * file with addHTMLFile was slower: 28 s against 17 s at 5,000 statements); a part is named to
 * it in globs (`partGlobs`). All bundles are built at the same time; when the statements are
 * in parts and `processes` is above 1, spread over that many Pagefind services
 * (`inProcesses`), since one service builds its bundles' indexes one after another on one core
 * (at 20,000 statements, 5 parts of about 9 s each after the pages were read).
 *
 * The pages in `written` (the statement and report pages, src/integrations/shell-pages.ts) are
 * not read again: their writer noted whether each is a record and its date as it wrote it.
 * Reading them took 1.2–3 s of a 20,000-statement build.
 */
export async function buildIndex(dir: string, logger: AstroIntegrationLogger, partSize: number = SEARCH_PART_SIZE, processes = 1, written: WrittenPages | null = null): Promise<Record<string, number>> {
	const started = performance.now();
	const dates = new Map<string, string | null>();
	const records = htmlFiles(dir, written).filter((file) => {
		const note = noted(written, dir, file);
		// Searched as bytes, not decoded: 1.2 s instead of 2.6 s for 29,000 pages at 20,000 statements.
		const html = note ? null : readFileSync(join(dir, file));
		if (!(note ? note.record : isRecord(html!))) return false;
		if (file.startsWith(`${INDEXES[0].folder}${sep}`)) dates.set(file, note ? note.sortDate : sortDateIn(html!));
		return true;
	});
	if (records.length === 0) throw new Error(`Pagefind found no pages to index in ${dir}: no page has ${RECORD_MARK}`);
	const stray = records.filter((file) => !INDEXES.some((i) => file.startsWith(`${i.folder}${sep}`)));
	if (stray.length) throw new Error(`${stray.join(', ')} carr${stray.length === 1 ? 'ies' : 'y'} ${RECORD_MARK}, but only pages under ${INDEXES.map((i) => `${i.folder}/`).join(' and ')} are search records`);
	const scanned = performance.now();
	const outputPath = join(dir, 'pagefind');
	rmSync(outputPath, { recursive: true, force: true });
	const bundles: Bundle[] = INDEXES.flatMap(({ folder, bundle }): Bundle[] => {
		const mine = records.filter((file) => file.startsWith(`${folder}${sep}`));
		if (folder !== INDEXES[0].folder || partCount(mine.length, partSize) === 1) return [{ folder, target: bundle, files: null, expected: mine.length, name: folder, label: `${folder}/` }];
		const undated = mine.filter((path) => !dates.get(path));
		if (undated.length) throw new Error(`${undated.join(', ')} ${undated.length === 1 ? 'is a search record' : 'are search records'} without data-sort-date, by which the index is split into parts`);
		const parts = splitIntoParts(mine.map((path) => ({ path, date: dates.get(path)! })), partSize);
		return parts.map((part, k) => ({ folder, target: partFolder(k), files: part.map((r) => r.path), expected: part.length, name: `${folder} part ${k}`, label: `part ${k} of ${folder}/` }));
	});
	// Only a record in parts is spread over processes. Unsplit (the real record: one statements'
	// bundle and one of reports), a second process and service cost more than building the
	// second bundle after the first: Pagefind alone over the English edition took 9.8–10.9 s in
	// one process and 10.2–11.4 s in two (2026-12-05), and inside the build, with the other
	// edition rendering beside it, 13.5–14.5 s against 15.5–19.9 s.
	const spread = processes > 1 && bundles.length > INDEXES.length;
	const counts = spread ? await inProcesses(dir, groupBundles(bundles, processes), logger) : await indexBundles(dir, bundles, logger);
	logger.info(`search indexes built in ${Math.round(performance.now() - started)} ms (finding the records ${Math.round(scanned - started)} ms)`);
	return Object.fromEntries(counts);
}

const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
};

/**
 * A dev-server handler for `/pagefind/*` that serves the files of the last build from
 * `bundleDir`; anything else, or a file that does not exist, goes to the next handler.
 */
export function servePagefindBundle(bundleDir: string) {
	const root = resolve(bundleDir);
	return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (!pathname.startsWith(PAGEFIND_PATH)) {
			next();
			return;
		}
		const file = resolve(root, pathname.slice(PAGEFIND_PATH.length));
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
			next();
			return;
		}
		res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
		res.setHeader('Cache-Control', 'no-store');
		createReadStream(file).pipe(res);
	};
}

/**
 * The Astro integration: index after the build; serve the last built index in dev.
 * `written` says which pages an earlier step wrote and noted (see `buildIndex`).
 */
export default function pagefindIntegration({ written }: WrittenBy = {}): AstroIntegration {
	let outDir = 'dist';
	return {
		name: 'guarantee-watch:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				const bundle = join(outDir, 'pagefind');
				if (!existsSync(bundle)) logger.warn(`no search index in ${bundle}: run \`npm run build\` once so /search/ works in dev`);
				server.middlewares.use(servePagefindBundle(bundle));
			},
			'astro:build:done': async ({ dir, logger }) => {
				await buildIndex(fileURLToPath(dir), logger, ENV.searchPartSize, availableParallelism(), written?.() ?? null);
			},
		},
	};
}
