/**
 * One of the processes `writeShellPages` (src/integrations/shell-pages.ts) shares the lists of
 * pages among: reads its tasks as JSON on stdin, writes those pages, prints its notes of them as JSON; a problem
 * goes to stderr with exit code 1.
 */
import { type ListTask, writeLists } from './shell-pages.ts';

let input = '';
for await (const chunk of process.stdin) input += chunk;
try {
	process.stdout.write(JSON.stringify(writeLists(JSON.parse(input) as ListTask[])));
} catch (e) {
	process.stderr.write(`${(e as Error).message}\n`);
	process.exitCode = 1;
}
