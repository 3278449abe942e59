/**
 * One of the Node processes `buildIndex` (src/integrations/pagefind.ts) spreads the search
 * bundles over: reads `{ dir, bundles }` as JSON on stdin, builds those bundles with its own
 * Pagefind service, and reports on stdout, one JSON object a line (see `inProcesses`).
 */
import type { AstroIntegrationLogger } from 'astro';
import { type Bundle, indexBundles } from './pagefind.ts';

const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
const logger = { info: (info: string) => say({ info }), error: (error: string) => say({ error }), warn: (info: string) => say({ info }) } as unknown as AstroIntegrationLogger;

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { dir, bundles } = JSON.parse(input) as { dir: string; bundles: Bundle[] };
try {
	for (const result of await indexBundles(dir, bundles, logger)) say({ result });
} catch (e) {
	say({ fail: (e as Error).message });
	process.exitCode = 1;
}
