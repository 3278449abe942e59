/**
 * Astro hands its content store to the pages as one module, `export default JSON.parse("…")`:
 * the whole store as one string literal. Node's time to compile such a module grows faster
 * than its size: with `node` alone, the bench's 20,000-statement store (a 36 MB module) took
 * 5.6–7.0 s to import and half of it 1.6 s, where JSON.parse of the whole text took 0.26 s
 * (measured 2026-12-05). Node's compile cache, which Astro's CLI turns on outside CI, hides
 * that only while the store is unchanged: a build after an edit, and every CI build, paid it.
 *
 * In a build, this integration's Vite plugin loads that module itself, before Astro's plugin
 * does: a module that reads the store from the file Astro wrote it to
 * (`<cacheDir>/data-store.json`, astro/dist/content/paths.js) and parses it, which is what
 * Astro's module does with its copy of the same text, so every page is the same. Loading it
 * first, rather than rewriting the module Astro made, spares Astro parsing the whole store and
 * quoting it into a literal, and the plugin parsing that literal back (a CPU profile of a
 * 20,000-statement build, 2026-12-06: 1.6 s in Astro's load and 1.2 s in the old rewrite, of
 * a 6 s bundling step); the plugin still reads and hashes the file once. The module checks,
 * when it runs, that the file still holds the text it was bundled with (sha256), so a store
 * rewritten in between (another build, `astro sync` or `astro check` over the same cache
 * folder), or one that is not JSON, stops the build instead of reaching the pages (see
 * STORE_FAILURE for how: Astro itself would carry on with an empty store).
 *
 * Only Astro's single-file store (its default) is read so; a store in chunks
 * (`experimental.collectionStorage`) is left to Astro, with a warning, as is a build in which
 * Astro's load of the module ran before the plugin's: the build is then only slower. `astro
 * dev` is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The store's module, as Astro resolves it (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

/** Astro's mark on the module for its incremental builds (astro/dist/core/build/incremental-metadata.js), kept as Astro's load gives it. */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** How the build says the store is left to Astro's module (the build test looks for it). */
export const LEFT_TO_ASTRO = 'content store module left as Astro wrote it (the build is slower for it)';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Where the module leaves why it failed. Astro imports the store's module inside a `catch {}`
 * (`ImmutableDataStore.fromModule`, astro/dist/content/data-store.js) and carries on with an
 * empty store, so a throw alone would only empty every collection: the module also prints
 * the reason and leaves it here, and the integration stops the build with it.
 */
export const STORE_FAILURE = Symbol.for('guarantee-watch:content-store-failure');

/** Why the module failed in this process, if it did. */
export function storeFailure(): string | undefined {
	const failure = (globalThis as Record<symbol, unknown>)[STORE_FAILURE];
	return typeof failure === 'string' ? failure : undefined;
}

/** The module that reads the store from `file` and checks it still holds the text it has now; null if there is no such file (Astro's module is then an empty store). */
export function readerModule(file: string): string | null {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return null;
	}
	const changed = `${file} changed after the pages were bundled (another build, astro sync or astro check over the same cache folder?): build again`;
	return [
		"import { createHash } from 'node:crypto';",
		"import { readFileSync } from 'node:fs';",
		`const file = ${JSON.stringify(file)};`,
		'function fail(message) {',
		'	console.error(message);',
		`	globalThis[Symbol.for(${JSON.stringify(STORE_FAILURE.description)})] = message;`,
		'	const error = new Error(message);',
		'	error.stack = message;',
		'	throw error;',
		'}',
		"const text = readFileSync(file, 'utf8');",
		`if (createHash('sha256').update(text).digest('hex') !== ${JSON.stringify(sha256(text))}) fail(${JSON.stringify(changed)});`,
		'let store;',
		'try {',
		'	store = JSON.parse(text);',
		'} catch (e) {',
		`	fail(${JSON.stringify(`${file} is not the JSON Astro writes its content store as (`)} + e.message + '): build again');`,
		'}',
		'export default store;',
		'',
	].join('\n');
}

/**
 * The Vite plugin that loads the store's module from `file`; `reached` is called whenever its
 * load runs for that module (it then ran before Astro's), whether or not there is a file.
 */
export function contentStorePlugin(file: string, reached: () => void = () => {}): Plugin {
	return {
		name: 'guarantee-watch:content-store-module',
		apply: 'build',
		enforce: 'pre',
		load: {
			// Astro's load of the module, in an `enforce: 'pre'` plugin listed before this one, has
			// no `order`, so `order: 'pre'` runs this one first.
			order: 'pre',
			filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
			handler(id) {
				// The filter spares calls for other modules; a bundler that ignores it still gets null.
				if (id !== CONTENT_STORE_MODULE) return null;
				reached();
				const code = readerModule(file);
				if (code === null) return null;
				return { code, map: { mappings: '' }, meta: CONTENT_DATA_META };
			},
		},
	};
}

/** Whether Astro keeps its store in the single file the plugin reads (astro/dist/content/paths.js, `getDataStoreChunkSize`). */
export function singleFileStore(collectionStorage: unknown): boolean {
	return collectionStorage === undefined || collectionStorage === 'single-file';
}

/**
 * The integration: adds the plugin over the build's own store file, from Astro's resolved cache
 * folder; stops the build if the module failed (see STORE_FAILURE), and warns if the plugin
 * never loaded it.
 */
export default function contentStore(): AstroIntegration {
	let reached = false;
	let added = false;
	return {
		name: 'guarantee-watch:content-store',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, logger }) => {
				delete (globalThis as Record<symbol, unknown>)[STORE_FAILURE];
				const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
				if (!singleFileStore(storage)) {
					logger.warn(`${LEFT_TO_ASTRO}: the store is kept in chunks (experimental.collectionStorage ${JSON.stringify(storage)})`);
					return;
				}
				added = true;
				updateConfig({ vite: { plugins: [contentStorePlugin(fileURLToPath(new URL('data-store.json', config.cacheDir)), () => (reached = true))] } });
			},
			'astro:build:done': ({ logger }) => {
				const failure = storeFailure();
				if (failure !== undefined) {
					const error = new Error(`the pages were built from an empty content store: ${failure}`);
					error.stack = error.message;
					throw error;
				}
				if (added && !reached) logger.warn(`${LEFT_TO_ASTRO}: the plugin never loaded Astro's astro:data-layer-content module (did Astro's own load run first?)`);
			},
		},
	};
}
