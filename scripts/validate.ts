/**
 * `npm run validate`: checks content/ (or $CONTENT_DIR) without building. Prints one line per
 * problem — file, field, value, what is wrong — and exits 1 if there is any.
 */
import { orExitOnRoundErrors, readRounds } from '../src/data/reliability.ts';
import { formatContentError } from '../src/lib/content/errors.ts';
import { loadContentDir, lockFor } from '../src/lib/content/load.ts';
import { LOCK_FILE, writeLockFor } from '../src/lib/content/permalinks.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const lock = lockFor(dir);
const result = loadContentDir(dir, lock ? { lock } : {});
if (!result.ok) {
	for (const error of result.errors) console.error(formatContentError(error));
	console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in ${dir}/: nothing was built. Fix the lines above and run again.`);
	process.exit(1);
}
// The blind codings are content too: the methodology page is built from them.
orExitOnRoundErrors(() => readRounds(dir), dir);
const { statements, speakers, articles, events } = result.content;
console.log(`${dir}/ is valid: ${statements.size} statements, ${speakers.size} speakers, ${articles.size} articles, ${events.size} events.`);
// The real record's new addresses are locked as part of the same step, so they can never
// silently disappear later (fixtures and benchmark corpora have no lock).
if (lock) {
	const { added } = writeLockFor(result.content);
	if (added.length) console.log(`${LOCK_FILE}: added ${added.length} new permanent address${added.length === 1 ? '' : 'es'} (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''}); commit it with your change.`);
}
