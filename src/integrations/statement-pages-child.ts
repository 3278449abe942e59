/**
 * One of the processes `writeStatementPages` (src/integrations/statement-pages.ts) shares the
 * lists of pages among: reads `{ folder, shellFile, lists }` as JSON on stdin, writes those
 * pages, prints how many; a problem goes to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { writeFromLists } from './statement-pages.ts';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { folder, shellFile, lists } = JSON.parse(input) as { folder: string; shellFile: string; lists: string[] };
try {
	process.stdout.write(String(writeFromLists(folder, readFileSync(shellFile, 'utf8'), lists)));
} catch (e) {
	process.stderr.write(`${(e as Error).message}\n`);
	process.exitCode = 1;
}
