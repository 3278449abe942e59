/**
 * One of the processes `writeShellPages` (src/integrations/shell-pages.ts) shares the work
 * among: reads its tasks as JSON on stdin, writes those pages, prints its notes of them as JSON; a problem
 * goes to stderr with exit code 1.
 */
import { type WriteTask, writeTasks } from './shell-pages.ts';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
try {
	process.stdout.write(JSON.stringify(writeTasks(JSON.parse(input) as WriteTask[])));
} catch (e) {
	process.stderr.write(`${(e as Error).message}\n`);
	process.exitCode = 1;
}
