/** `npm run permalinks:update`: appends every address the content now publishes to permalinks.lock (never removes one). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatContentError } from '../src/lib/content/errors.ts';
import { loadContentDir } from '../src/lib/content/load.ts';
import { currentAddresses, LOCK_FILE, parseLock, updatedLock } from '../src/lib/content/permalinks.ts';

const result = loadContentDir('content');
if (!result.ok) {
	for (const e of result.errors) console.error(formatContentError(e));
	process.exit(1);
}
const { statements, speakers, articles } = result.content;
const existing = existsSync(LOCK_FILE) ? readFileSync(LOCK_FILE, 'utf8') : '';
const next = updatedLock(existing, currentAddresses({ statements: statements.keys(), speakers: speakers.keys(), articles: articles.keys() }));
writeFileSync(LOCK_FILE, next);
console.log(`${LOCK_FILE}: ${parseLock(next).length} addresses (${parseLock(next).length - parseLock(existing).length} new)`);
