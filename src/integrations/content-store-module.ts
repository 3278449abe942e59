/**
 * Astro hands its content store to the pages as one module, `export default JSON.parse("…")`:
 * the whole store as one string literal. Node compiles a module in time that grows faster than
 * its size, and keeps its source: at 20,000 statements (a 36 MB module) importing it took
 * 5.6–7.0 s of the build's one thread, where JSON.parse of the same text took 0.26 s (measured
 * 2026-12-05 with `node` on the bench's store). Node's compile cache hides that only while the
 * store is unchanged, so every build after an edit paid it.
 *
 * In a build, this Vite plugin makes that module read the store from the file Astro wrote it
 * to, once it has checked that the file holds the very text of the module. The text, and so
 * every page, is the same. A module of another shape, or a file that differs, is left as it
 * is, with a warning: the build is then only slower. `astro dev` is left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The store's module, as Astro resolves it (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** The store's text in a module of Astro's shape, or null when `code` is not one. */
export function storeText(code: string): string | null {
	if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return null;
	try {
		const text: unknown = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
		return typeof text === 'string' ? text : null;
	} catch {
		return null;
	}
}

/** The module that reads the store from `file` when it runs. */
export function storeReader(file: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * The module to use instead of `code`: the reader of `file` when `code` is a store module and
 * `file` holds its text; otherwise null, and why.
 */
export function readerFor(code: string, file: string): { code: string } | { why: string } {
	const text = storeText(code);
	if (text === null) return { why: 'the module is not of the shape Astro 7.3 writes' };
	if (!existsSync(file)) return { why: `${file} does not exist` };
	if (readFileSync(file, 'utf8') !== text) return { why: `${file} does not hold the module's text` };
	return { code: storeReader(file) };
}

/** The Vite plugin over the store Astro writes to `file` (`<cacheDir>/data-store.json`). */
export default function contentStoreModule(file: string): Plugin {
	return {
		name: 'guarantee-watch:content-store-module',
		apply: 'build',
		enforce: 'post',
		transform(code, id) {
			if (id !== CONTENT_STORE_MODULE) return null;
			const reader = readerFor(code, file);
			if ('why' in reader) {
				this.warn(`content store module left as Astro wrote it (the build is slower for it): ${reader.why}`);
				return null;
			}
			return { code: reader.code, map: null };
		},
	};
}
