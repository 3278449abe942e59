/**
 * Writes the statement pages (/statements/<id>/) and the report pages (/sources/<slug>/) after
 * the build, each kind from the shell Astro rendered once (`<folder>/<shell id>/index.html`)
 * and either its lists of pages (`<folder>/pages-<n>.json`, the report pages) or the record
 * (`<folder>/pages-record.json`, the statement pages, rendered here: src/lib/statement-page.ts);
 * shells, lists and records are then removed. Runs before the search index, the sitemap and
 * the headers, and notes what they would read each page for (src/lib/built-page.ts), so they
 * do not read these pages again, and lists the site's pages once for the three of them.
 * src/lib/statement-page.ts says why these pages are not Astro pages each.
 *
 * On a large record the work is shared among one child process per core (`writerProcesses`):
 * at 20,000 statements, written in Astro's own process, the statement pages took 6–13 s and
 * raised its memory from 1.6 to 2.1 GB (the garbage of 520 MB of pages on a heap that large);
 * in two child processes the build's peak stayed at 1.65 GB (2026-12-05). Rendered in Astro's
 * process and passed on in lists, the statement pages still took 11 s of Astro's 24–31 s of
 * pages; the record is one string of their data, and the children render the pages side by
 * side. A record the size of today's is written in Astro's process, where the page functions
 * are loaded and warm already.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, isRecord, policyIn, sortDateIn, type WrittenPage, type WrittenPages } from '../lib/built-page.ts';
import { compileShell, type PageEntry, RECORD_FILE, SHELLS, type ShellKind } from '../lib/page-shell.ts';
import { type PageRecord, pageRecord, statementPage, type WriterRecord } from '../lib/statement-page.ts';

/** One list, or one share of a record, to write: its file, and the shell its pages go into. */
export interface WriteTask {
	/** The pages' folder, and its name in the build (`statements`). */
	folder: string;
	name: string;
	shellFile: string;
	shellId: string;
	/** The list or record, in `folder`. */
	file: string;
	/** For a record: the share of its statements to write, [k, n]: the k-th, (k + n)-th, … */
	share?: [number, number];
}

/** The entries of one task: a list's pages as Astro rendered them, or a share of a record's statements, rendered here. */
function taskEntries(file: string, share: [number, number] | undefined, records: Map<string, PageRecord>): Iterable<PageEntry> {
	if (!share) {
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as PageEntry[];
		} catch (e) {
			throw new Error(`the pages cannot be written: ${file} is not a list of pages (${(e as Error).message})`);
		}
	}
	let record = records.get(file);
	if (!record) {
		try {
			record = pageRecord(JSON.parse(readFileSync(file, 'utf8')) as WriterRecord);
		} catch (e) {
			throw new Error(`the pages cannot be written: ${file} is not a record of statements (${(e as Error).message})`);
		}
		records.set(file, record);
	}
	const [k, n] = share;
	const { statements, site } = record;
	return (function* () {
		for (let i = k; i < statements.length; i += n) yield { id: statements[i]!.id, page: statementPage(statements[i]!, record, site) };
	})();
}

/** A page written, as a child process reports it: its kind's folder name and its id, whether a search record, its sort date. */
type PageNote = [name: string, id: string, record: boolean, sortDate: string | null];

/**
 * Writes the pages of each task into its shell, removing each list once written; returns what
 * the steps after it would otherwise read each page for (src/lib/built-page.ts).
 */
export function writeTasks(tasks: readonly WriteTask[]): PageNote[] {
	const fills = new Map<string, (entry: PageEntry) => string>();
	const records = new Map<string, PageRecord>();
	const notes: PageNote[] = [];
	for (const { folder, name, shellFile, shellId, file, share } of tasks) {
		if (!fills.has(shellFile)) fills.set(shellFile, compileShell(readFileSync(shellFile, 'utf8'), shellId));
		const fill = fills.get(shellFile)!;
		const path = join(folder, file);
		for (const entry of taskEntries(path, share, records)) {
			const page = fill(entry);
			mkdirSync(join(folder, entry.id), { recursive: true });
			writeFileSync(join(folder, entry.id, 'index.html'), page);
			notes.push([name, entry.id, isRecord(page), sortDateIn(page)]);
		}
		// A record is shared among the processes: the caller removes it.
		if (!share) rmSync(path);
	}
	return notes;
}

/** The script a child process runs to write its share of the work. */
const CHILD = fileURLToPath(new URL('./shell-pages-child.ts', import.meta.url));

/** What a task is called in a message: its file, and its share of a record. */
const taskName = (t: WriteTask) => `${join(t.folder, t.file)}${t.share ? ` (share ${t.share[0] + 1} of ${t.share[1]})` : ''}`;

/** Writes `tasks` in a child process; resolves to its notes of the pages it wrote. */
function inChild(tasks: readonly WriteTask[]): Promise<PageNote[]> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const named = tasks.map(taskName).join(', ');
			if (code !== 0) return reject(new Error(err.trim() || `the process writing ${named} stopped with code ${code}`));
			try {
				resolve(JSON.parse(out) as PageNote[]);
			} catch {
				reject(new Error(`the process writing ${named} wrote its pages but gave no notes of them: ${out.slice(0, 200)}`));
			}
		});
		child.stdin.end(JSON.stringify(tasks));
	});
}

/**
 * The records (in bytes) above which the pages are written by one process per core, and below
 * which in Astro's process. When this was measured, a process took 1.5–2.4 s to load the page
 * functions, most of it loading all of date-fns (0.6 s since date-fns is imported function by
 * function, 2026-12-06), and runs them cold: the real record's 2,560 statements (a 10 MB
 * record) took 8–12 s in two processes per edition, and 2.6–4.4 s in Astro's (both editions
 * built side by side, 2026-12-05). The 20,000-statement bench (a record of about 55 MB) needs
 * the processes: written in Astro's process, its pages took its memory past 2 GB.
 */
export const PROCESSES_ABOVE_BYTES = 20_000_000;

/** How many processes write the pages: one per core above PROCESSES_ABOVE_BYTES of records, else one (Astro's). */
export function writerProcesses(recordBytes: number, cores = availableParallelism()): number {
	return recordBytes > PROCESSES_ABOVE_BYTES ? cores : 1;
}

/**
 * Writes every page of `kinds` under `dir`, the work shared among `processes` processes (in
 * this one when that is 1; by default as `writerProcesses` says); returns what it noted of
 * each page it wrote, and the listing of every page under `dir` once they are written (see
 * `WrittenPages`). Throws, naming the file, if a shell, its record or its lists are missing
 * or broken.
 */
export async function writeShellPages(dir: string, kinds: readonly ShellKind[] = Object.values(SHELLS), processes?: number): Promise<WrittenPages> {
	// Each kind's shell, and its record or lists; a page's policy is its shell's (a page's
	// values hold no script or style of their own).
	const found = kinds.map(({ folder: name, shellId, from }) => {
		const folder = join(dir, name);
		const shellFile = join(folder, shellId, 'index.html');
		if (!existsSync(shellFile)) throw new Error(`the pages cannot be written: the build made no ${shellFile}`);
		// A record is one file; lists always start at pages-0.json.
		const required = from === 'record' ? RECORD_FILE : 'pages-0.json';
		if (!existsSync(join(folder, required))) throw new Error(`the pages cannot be written: the build made no ${join(folder, required)}`);
		const files = from === 'record' ? [RECORD_FILE] : readdirSync(folder).filter((file) => /^pages-\d+\.json$/.test(file));
		return { name, folder, shellFile, shellId, from, files, policy: policyIn(readFileSync(shellFile, 'utf8')) };
	});
	const recordBytes = found.filter((k) => k.from === 'record').reduce((n, k) => n + statSync(join(k.folder, RECORD_FILE)).size, 0);
	const writers = processes ?? writerProcesses(recordBytes);
	const tasks = found.flatMap(({ name, folder, shellFile, shellId, from, files }): WriteTask[] =>
		from === 'record' ? Array.from({ length: writers }, (_, k) => ({ folder, name, shellFile, shellId, file: RECORD_FILE, share: [k, writers] })) : files.map((file) => ({ folder, name, shellFile, shellId, file })),
	);
	const policies = new Map(found.map((k) => [k.name, k.policy]));
	const shares = Array.from({ length: Math.min(writers, tasks.length) }, (_, i) => tasks.filter((_, j) => j % writers === i));
	const notes = shares.length === 1 ? [writeTasks(tasks)] : await Promise.all(shares.map(inChild));
	for (const { folder, shellId, from } of kinds) {
		rmSync(join(dir, folder, shellId), { recursive: true });
		if (from === 'record') rmSync(join(dir, folder, RECORD_FILE));
	}
	const pages = new Map<string, WrittenPage>();
	for (const [name, id, record, sortDate] of notes.flat()) pages.set(join(name, id, 'index.html'), { record, sortDate, policy: policies.get(name) });
	return { dir, pages, html: builtPages(dir) };
}

/** The integration, and what it wrote in this build (nothing until it has run: then every step reads every page). */
export default function shellPages(): AstroIntegration & { written(): WrittenPages | null } {
	let written: WrittenPages | null = null;
	return {
		written: () => written,
		name: 'guarantee-watch:shell-pages',
		hooks: {
			// Whether the statement, report and embed pages render their shells is the command's
			// to say, not Vite's mode: `import.meta.env.DEV` is true in a build run with
			// NODE_ENV=test (the tests' builds). One flag for the three, since this integration
			// and src/integrations/embeds.ts always run together.
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { __GW_PAGE_SHELLS__: JSON.stringify(command === 'build') } } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				written = await writeShellPages(fileURLToPath(dir));
				logger.info(`wrote ${written.pages.size} statement and report pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
