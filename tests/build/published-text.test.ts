/**
 * Nothing an editor wrote for editors reaches readers: no working words (seed, dossier,
 * excerpt_check, "per the brief", "before publishing", IMPORTANT, TODO, FIXME) in any published
 * page, feed or data file. Plain statements of uncertainty are welcome and are not matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './helpers.ts';

const INTERNAL = /\bseeds?\b|dossier|excerpt_check|per the brief|before publishing/i;
/** Matched only in capitals: "important" is an ordinary word in a quote, "todo" a Spanish one ("Todo esto…"). */
const CAPS_ONLY = /\bIMPORTANT\b|\bTODO\b|\bFIXME\b/;

it('no published page, feed or data file contains an internal working word', () => {
	const found: string[] = [];
	for (const f of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(html|xml|json|csv)$/.test(f) || f.startsWith('pagefind/')) continue;
		const text = readFileSync(join(DIST, f), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
		for (const line of text.split('\n')) {
			const m = INTERNAL.exec(line) ?? CAPS_ONLY.exec(line);
			if (!m) continue;
			found.push(`${f}: "${m[0]}" in …${line.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
		}
	}
	expect(found).toEqual([]);
});
