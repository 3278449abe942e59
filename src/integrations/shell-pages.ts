/**
 * Writes the statement pages (/statements/<id>/) and the report pages (/sources/<slug>/) after
 * the build, each kind from the shell Astro rendered once (`<folder>/<shell id>/index.html`) and
 * its lists of pages (`<folder>/pages-<n>.json`); shells and lists are then removed. Runs before
 * the search index, the sitemap and the headers, which read the pages. src/lib/statement-page.ts
 * says why these pages are not Astro pages each.
 *
 * The lists are shared among one child process per core: at 20,000 statements, written in
 * Astro's own process, the statement pages took 6–13 s and raised its memory from 1.6 to 2.1 GB
 * (the garbage of 520 MB of pages on a heap that large); in two child processes the build's
 * peak stayed at 1.65 GB (2026-12-05).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRecord, policyIn, sortDateIn, type WrittenPage, type WrittenPages } from '../lib/built-page.ts';
import { compileShell, type PageEntry, SHELLS, type ShellKind } from '../lib/page-shell.ts';

/** One list to write: its file, and the shell its pages go into. */
export interface ListTask {
	/** The pages' folder, and its name in the build (`statements`). */
	folder: string;
	name: string;
	shellFile: string;
	shellId: string;
	list: string;
}

/** A page written, as a child process reports it: its path under the build, whether a search record, its sort date. */
export type PageNote = [file: string, record: boolean, sortDate: string | null];

/**
 * Writes the pages of each task's list into its shell, removing each list once written; returns
 * what the steps after it would otherwise read each page for (src/lib/built-page.ts).
 */
export function writeLists(tasks: readonly ListTask[]): PageNote[] {
	const fills = new Map<string, (entry: PageEntry) => string>();
	const notes: PageNote[] = [];
	for (const { folder, name, shellFile, shellId, list } of tasks) {
		if (!fills.has(shellFile)) fills.set(shellFile, compileShell(readFileSync(shellFile, 'utf8'), shellId));
		const fill = fills.get(shellFile)!;
		const file = join(folder, list);
		let entries: PageEntry[];
		try {
			entries = JSON.parse(readFileSync(file, 'utf8')) as PageEntry[];
		} catch (e) {
			throw new Error(`the pages cannot be written: ${file} is not a list of pages (${(e as Error).message})`);
		}
		for (const entry of entries) {
			const page = fill(entry);
			mkdirSync(join(folder, entry.id), { recursive: true });
			writeFileSync(join(folder, entry.id, 'index.html'), page);
			notes.push([join(name, entry.id, 'index.html'), isRecord(page), sortDateIn(page)]);
		}
		rmSync(file);
	}
	return notes;
}

/** The script a child process runs to write its share of the lists. */
const CHILD = fileURLToPath(new URL('./shell-pages-child.ts', import.meta.url));

/** Writes `tasks` in a child process; resolves to its notes of the pages it wrote. */
function inChild(tasks: readonly ListTask[]): Promise<PageNote[]> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as PageNote[]) : reject(new Error(err.trim() || `the process writing ${tasks.map((t) => t.list).join(', ')} stopped with code ${code}`))));
		child.stdin.end(JSON.stringify(tasks));
	});
}

/**
 * Writes every page of `kinds` under `dir`, the lists shared among `processes` processes (in
 * this one when that is 1); returns what it noted of each page it wrote. Throws, naming the
 * file, if a shell or its lists are missing or broken.
 */
export async function writeShellPages(dir: string, kinds: readonly ShellKind[] = Object.values(SHELLS), processes = availableParallelism()): Promise<WrittenPages> {
	// A page's policy is its shell's: a page's values hold no script or style of their own.
	const policies = new Map<string, string | undefined>();
	const tasks = kinds.flatMap(({ folder: name, shellId }) => {
		const folder = join(dir, name);
		const shellFile = join(folder, shellId, 'index.html');
		if (!existsSync(shellFile)) throw new Error(`the pages cannot be written: the build made no ${shellFile}`);
		policies.set(name, policyIn(readFileSync(shellFile, 'utf8')));
		const lists = readdirSync(folder).filter((file) => /^pages-\d+\.json$/.test(file));
		if (lists.length === 0) throw new Error(`the pages cannot be written: the build made no ${join(folder, 'pages-0.json')}`);
		return lists.map((list) => ({ folder, name, shellFile, shellId, list }));
	});
	const shares = Array.from({ length: Math.min(processes, tasks.length) }, (_, i) => tasks.filter((_, j) => j % processes === i));
	const notes = shares.length === 1 ? [writeLists(tasks)] : await Promise.all(shares.map(inChild));
	for (const { folder, shellId } of kinds) rmSync(join(dir, folder, shellId), { recursive: true });
	const pages = new Map<string, WrittenPage>();
	for (const [file, record, sortDate] of notes.flat()) pages.set(file, { record, sortDate, policy: policies.get(file.slice(0, file.indexOf(sep))) });
	return { dir, pages };
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
