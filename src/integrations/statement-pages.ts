/**
 * Writes the statement pages (/statements/<id>/) after the build, from the shell Astro rendered
 * once (`statements/_statement-shell/index.html`) and the lists of pages
 * (`statements/pages-<n>.json`); both are then removed. Runs before the search index, the
 * sitemap and the headers, which read the pages. src/lib/statement-page.ts says why the pages
 * are not Astro pages each.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compileStatementShell, STATEMENT_SHELL_ID, type StatementPageEntry } from '../lib/statement-page.ts';

/** Writes every statement page under `dir/statements/`; returns how many. Throws, naming the file, if the shell or the lists are missing. */
export function writeStatementPages(dir: string): number {
	const folder = join(dir, 'statements');
	const shellFile = join(folder, STATEMENT_SHELL_ID, 'index.html');
	if (!existsSync(shellFile)) throw new Error(`the statement pages cannot be written: the build made no ${shellFile}`);
	const lists = readdirSync(folder).filter((name) => /^pages-\d+\.json$/.test(name));
	if (lists.length === 0) throw new Error(`the statement pages cannot be written: the build made no ${join(folder, 'pages-0.json')}`);
	const fill = compileStatementShell(readFileSync(shellFile, 'utf8'));
	let count = 0;
	for (const list of lists) {
		const file = join(folder, list);
		for (const entry of JSON.parse(readFileSync(file, 'utf8')) as StatementPageEntry[]) {
			mkdirSync(join(folder, entry.id), { recursive: true });
			writeFileSync(join(folder, entry.id, 'index.html'), fill(entry));
			count++;
		}
		rmSync(file);
	}
	rmSync(join(folder, STATEMENT_SHELL_ID), { recursive: true });
	return count;
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
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const count = writeStatementPages(fileURLToPath(dir));
				logger.info(`wrote ${count} statement pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
