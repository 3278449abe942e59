/**
 * Puts a second edition's build (src/edition.ts) into the first one's folder: its pages go
 * under `/<lang>/`, where their links already point; its hashed scripts and styles join the
 * shared `_astro/` (the same file name is the same content); the files every edition shares
 * (data downloads, icon, robots.txt) and its own `_headers` are left out, the first edition's
 * being the ones served.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { editionPrefix, type Language } from '../src/edition.ts';
import { SHARED_FILES } from '../src/lib/routes.ts';

/** Files of an edition's build that are the first edition's at one address, as paths in the build. */
const LEFT_OUT = new Set([...SHARED_FILES.map((path) => path.slice(1)), 'robots.txt', '_headers']);

export function mergeEdition(from: string, into: string, lang: Language): void {
	const home = join(into, editionPrefix(lang));
	if (existsSync(home)) throw new Error(`${home} exists already: a page of the first edition is where the ${lang} edition goes`);
	mkdirSync(home);
	for (const file of readdirSync(join(from, '_astro'))) {
		const to = join(into, '_astro', file);
		if (!existsSync(to)) renameSync(join(from, '_astro', file), to);
	}
	rmSync(join(from, '_astro'), { recursive: true });
	for (const file of LEFT_OUT) rmSync(join(from, file), { force: true });
	for (const entry of readdirSync(from)) renameSync(join(from, entry), join(home, entry));
	rmSync(from, { recursive: true });
}
