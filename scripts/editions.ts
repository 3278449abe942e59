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

/**
 * Files Astro writes into the project's `.astro/` once it has read the content, every edition
 * the same, each through one temporary name (`<file>.tmp`) renamed into place. Astro leaves a
 * file alone when it already holds what it would write, so only a checkout without them (a
 * fresh clone) has two editions write them at once; in one such build the second rename found
 * no temporary file (ENOENT on `.astro/content-assets.mjs.tmp`) and the build failed.
 */
export const ASTRO_SHARED_FILES = ['.astro/content-assets.mjs', '.astro/content-modules.mjs'];

/**
 * Resolves once every one of `files` exists, or once `ended` settles (the build that was to
 * write them stopped), checking every `everyMs`. scripts/build.ts starts the other editions
 * after it, where the first edition's build is the one to write them.
 */
export async function untilWritten(files: readonly string[], ended: Promise<unknown>, everyMs = 100): Promise<void> {
	let over = false;
	ended.then(
		() => (over = true),
		() => (over = true),
	);
	while (!over && !files.every((file) => existsSync(file))) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
