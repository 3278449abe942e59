/**
 * Writes the statement pages (/statements/<id>/) after the build, from the shell Astro rendered
 * once (`statements/_statement-shell/index.html`) and the lists of pages
 * (`statements/pages-<n>.json`); both are then removed. Runs before the search index, the
 * sitemap and the headers, which read the pages. src/lib/statement-page.ts says why the pages
 * are not Astro pages each.
 *
 * The lists are shared among one child process per core: at 20,000 statements, written in
 * Astro's own process, the pages took 6–13 s and raised its memory from 1.6 to 2.1 GB (the
 * garbage of 520 MB of pages on a heap that large); in two child processes the build's peak
 * stayed at 1.65 GB (2026-12-05).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compileStatementShell, STATEMENT_SHELL_ID, type StatementPageEntry } from '../lib/statement-shell.ts';

/** Writes the pages of `lists` (files in `folder`) into `shell`, removing each list once written; returns how many pages. */
export function writeFromLists(folder: string, shell: string, lists: readonly string[]): number {
	const fill = compileStatementShell(shell);
	let count = 0;
	for (const list of lists) {
		const file = join(folder, list);
		let entries: StatementPageEntry[];
		try {
			entries = JSON.parse(readFileSync(file, 'utf8')) as StatementPageEntry[];
		} catch (e) {
			throw new Error(`the statement pages cannot be written: ${file} is not a list of pages (${(e as Error).message})`);
		}
		for (const entry of entries) {
			mkdirSync(join(folder, entry.id), { recursive: true });
			writeFileSync(join(folder, entry.id, 'index.html'), fill(entry));
			count++;
		}
		rmSync(file);
	}
	return count;
}

/** The script a child process runs to write its share of the lists. */
const CHILD = fileURLToPath(new URL('./statement-pages-child.ts', import.meta.url));

/** Writes `lists` in a child process; resolves to how many pages it wrote. */
function inChild(folder: string, shellFile: string, lists: readonly string[]): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(err.trim() || `the process writing ${lists.join(', ')} stopped with code ${code}`))));
		child.stdin.end(JSON.stringify({ folder, shellFile, lists }));
	});
}

/**
 * Writes every statement page under `dir/statements/`, the lists shared among `processes`
 * processes (in this one when that is 1); returns how many. Throws, naming the file, if the
 * shell or the lists are missing or broken.
 */
export async function writeStatementPages(dir: string, processes = availableParallelism()): Promise<number> {
	const folder = join(dir, 'statements');
	const shellFile = join(folder, STATEMENT_SHELL_ID, 'index.html');
	if (!existsSync(shellFile)) throw new Error(`the statement pages cannot be written: the build made no ${shellFile}`);
	const lists = readdirSync(folder).filter((name) => /^pages-\d+\.json$/.test(name));
	if (lists.length === 0) throw new Error(`the statement pages cannot be written: the build made no ${join(folder, 'pages-0.json')}`);
	const shares = Array.from({ length: Math.min(processes, lists.length) }, (_, i) => lists.filter((_, j) => j % processes === i));
	const counts = shares.length === 1 ? [writeFromLists(folder, readFileSync(shellFile, 'utf8'), lists)] : await Promise.all(shares.map((share) => inChild(folder, shellFile, share)));
	rmSync(join(folder, STATEMENT_SHELL_ID), { recursive: true });
	return counts.reduce((a, b) => a + b, 0);
}

export default function statementPages(): AstroIntegration {
	return {
		name: 'guarantee-watch:statement-pages',
		hooks: {
			// Whether the statement page renders the shell is the command's to say, not Vite's
			// mode (as for the embed cards, src/integrations/embeds.ts).
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { __GW_STATEMENT_SHELL__: JSON.stringify(command === 'build') } } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await writeStatementPages(fileURLToPath(dir));
				logger.info(`wrote ${count} statement pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
