import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseLock } from '../../src/lib/content/permalinks.ts';
import { DIST } from './helpers.ts';

it('the committed lock lists every permanent address the real record publishes', () => {
	const lock = new Set(parseLock(readFileSync('permalinks.lock', 'utf8')));
	const built = (readFileSync(`${DIST}/sitemap.xml`, 'utf8').match(/<loc>https?:\/\/[^/<]+\/(statements|speakers|sources|events)\/[^/<]+\/<\/loc>/g) ?? []).map((loc) => new URL(loc.replace(/<\/?loc>/g, '')).pathname);
	const missing = built.filter((path) => !lock.has(path));
	expect(missing, `published but not in permalinks.lock: run \`npm run validate\` (it adds them) and commit permalinks.lock`).toEqual([]);
});
