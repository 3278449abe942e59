/**
 * Astro hands its content store to the pages as one module, `export default JSON.parse("…")`:
 * the whole store as one string literal. Node's time to compile such a module grows faster
 * than its size: with `node` alone, the bench's 20,000-statement store (a 36 MB module) took
 * 5.6–7.0 s to import and half of it 1.6 s, where JSON.parse of the whole text took 0.26 s
 * (measured 2026-12-05). Node's compile cache, which Astro's CLI turns on outside CI, hides
 * that only while the store is unchanged: a build after an edit, and every CI build, paid it.
 *
 * In a build, this integration's Vite plugin makes that module read the store from the file
 * Astro wrote it to (`<cacheDir>/data-store.json`, astro/dist/content/paths.js), once it has
 * checked that the file holds the module's very text; the module checks the text again when it
 * runs, so a store rewritten in between (another build, `astro sync` or `astro check` over the
 * same cache folder) stops the build instead of reaching the pages. The text, and so every
 * page, is the same. A module of another shape (another Astro) or a file that differs is left
 * as it is, with a warning: the build is then only slower. `astro dev` is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The store's module, as Astro resolves it (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

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

/**
 * The module to use instead of `code`: one that reads the store from `file` and checks it is
 * still the text it was bundled for, when `code` is a store module and `file` holds its text;
 * otherwise why not.
 */
export function readerFor(code: string, file: string): { code: string } | { why: string } {
	let held: string;
	try {
		held = readFileSync(file, 'utf8');
	} catch {
		return { why: `${file} cannot be read` };
	}
	const text = storeText(code);
	if (text === null) return { why: 'the module is not of the shape Astro 7.3 writes' };
	if (held !== text) return { why: `${file} does not hold the module's text` };
	const changed = `${file} changed after the pages were bundled (another build, astro sync or astro check over the same cache folder?): build again`;
	return {
		code: [
			"import { createHash } from 'node:crypto';",
			"import { readFileSync } from 'node:fs';",
			`const text = readFileSync(${JSON.stringify(file)}, 'utf8');`,
			`if (createHash('sha256').update(text).digest('hex') !== ${JSON.stringify(sha256(text))}) {`,
			`\tconst error = new Error(${JSON.stringify(changed)});`,
			'\terror.stack = error.message;',
			'\tthrow error;',
			'}',
			'export default JSON.parse(text);',
			'',
		].join('\n'),
	};
}

/** The Vite plugin over the store Astro writes to `file`. */
export function contentStorePlugin(file: string): Plugin {
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

/** The integration: adds the plugin over the build's own store file, from Astro's resolved cache folder. */
export default function contentStore(): AstroIntegration {
	return {
		name: 'guarantee-watch:content-store',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({ vite: { plugins: [contentStorePlugin(fileURLToPath(new URL('data-store.json', config.cacheDir)))] } });
			},
		},
	};
}
