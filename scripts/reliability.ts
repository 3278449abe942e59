/**
 * `npm run reliability`: writes research/coding-reliability.md from the blind codings in
 * content/reliability/ and the published codes, the same computation the methodology page
 * shows (src/data/reliability.ts). A build test checks the file is current.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatContentError } from '../src/lib/content/errors.ts';
import { loadContentDir } from '../src/lib/content/load.ts';
import { orExitOnRoundErrors, reliabilityReport } from '../src/data/reliability.ts';

const result = loadContentDir('content');
if (!result.ok) {
	for (const e of result.errors) console.error(formatContentError(e));
	process.exit(1);
}
const settlements = (round: number) => {
	const path = `research/coding/round${round}-settlement.md`;
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
};
writeFileSync('research/coding-reliability.md', orExitOnRoundErrors(() => reliabilityReport([...result.content.statements.values()], settlements), 'content'));
console.log('research/coding-reliability.md written');
