/** `npm run permalinks:update`: appends every address the content now publishes to permalinks.lock (never removes one). `npm run validate` does the same for content/. */
import { formatContentError } from '../src/lib/content/errors.ts';
import { loadContentDir } from '../src/lib/content/load.ts';
import { LOCK_FILE, writeLockFor } from '../src/lib/content/permalinks.ts';

const result = loadContentDir('content');
if (!result.ok) {
	for (const e of result.errors) console.error(formatContentError(e));
	process.exit(1);
}
const { total, added } = writeLockFor(result.content);
console.log(`${LOCK_FILE}: ${total} addresses (${added.length} new)`);
