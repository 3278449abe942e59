/** The content store's module, read from Astro's file at run time instead of compiled as one literal. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import contentStore, { CONTENT_DATA_META, CONTENT_STORE_MODULE, contentStorePlugin, LEFT_TO_ASTRO, readerModule, STORE_FAILURE, singleFileStore, storeFailure } from '../../src/integrations/content-store-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'gw-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
	delete (globalThis as Record<symbol, unknown>)[STORE_FAILURE];
	vi.restoreAllMocks();
});

/** A store's text with what a quote can hold: quotes, backslashes, Cyrillic, an emoji's surrogate pair, U+2028. */
const text = JSON.stringify([['Map', 1], 'statements', { quote: 'He said: "Мир — це гарантії" \\ 🇺🇦\u2028next', note: "it's" }]);
/** The module as Astro 7.3 writes it for that store (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = `export default JSON.parse(${JSON.stringify(text)})`;

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const astroSource = (name: string) => readFileSync(join(astroDist, name), 'utf8');

let runs = 0;
/** Imports `code` as a module (a new file each time: a module is loaded once) and returns its default export. */
async function run(code: string): Promise<unknown> {
	const file = join(dir, `module-${runs++}.mjs`);
	writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

function reader(file: string): string {
	const code = readerModule(file);
	if (code === null) throw new Error(`no module for ${file}`);
	return code;
}

type Load = (this: unknown, id: string) => { code: string; meta: unknown } | null;
const loadOf = (plugin: ReturnType<typeof contentStorePlugin>) => (plugin.load as { handler: Load }).handler;

describe('the content store module', () => {
	it('stands for what the installed Astro loads: its id, its file, its single-file store, its module and its mark', async () => {
		expect(astroSource('content/consts.js')).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
		expect(astroSource('content/consts.js')).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
		expect(CONTENT_STORE_MODULE).toBe('\0astro:data-layer-content');
		expect(astroSource('content/consts.js')).toContain('const DATA_STORE_FILE = "data-store.json";');
		expect(astroSource('content/paths.js')).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
		// The store is one file unless collectionStorage says otherwise (getDataStoreChunkSize).
		expect(astroSource('content/paths.js')).toContain('if (storage === void 0 || storage === "single-file") {');
		// Astro's module for a single-file store: the file's text, parsed (a template literal that interpolates the JSON).
		expect(astroSource('content/vite-plugin-content-virtual-mod.js')).toContain(['code: `export default JSON.parse(', '$', '{JSON.stringify(jsonData)})`'].join(''));
		const astroMeta = (await import(pathToFileURL(join(astroDist, 'core/build/incremental-metadata.js')).href)) as { createContentDataIncrementalMetadata(): unknown };
		expect(CONTENT_DATA_META).toEqual(astroMeta.createContentDataIncrementalMetadata());
	});

	it('reads the same store from the file as Astro’s module gives, and holds no copy of it', async () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		const code = reader(file);
		expect(code).not.toContain('Мир');
		expect(await run(code)).toEqual(await run(astroModule));
	});

	// Astro imports the module inside a `catch {}` and carries on with an empty store: the module
	// also prints why and leaves it for the integration, which stops the build (below).
	it('fails, saying why and naming the file, when the store changed after the pages were bundled', async () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		const file = join(dir, 'changing-store.json');
		writeFileSync(file, text);
		const code = reader(file);
		writeFileSync(file, text.replace('Мир', 'Мір'));
		const why = `${file} changed after the pages were bundled`;
		await expect(run(code)).rejects.toThrow(why);
		expect(printed).toHaveBeenCalledWith(expect.stringContaining(why));
		expect(storeFailure()).toContain(why);
	});

	it('fails, saying why and naming the file, when the store is not JSON', async () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		const file = join(dir, 'broken-store.json');
		writeFileSync(file, text.slice(0, -1));
		const why = `${file} is not the JSON Astro writes its content store as`;
		await expect(run(reader(file))).rejects.toThrow(why);
		expect(printed).toHaveBeenCalledWith(expect.stringContaining(why));
		expect(storeFailure()).toContain(why);
	});

	it('reads a good store without leaving a failure', async () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		await run(reader(file));
		expect(storeFailure()).toBeUndefined();
	});

	it('is loaded by the plugin only for the store’s module, before Astro’s load, in builds only; a missing file is left to Astro', () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		let reached = 0;
		const plugin = contentStorePlugin(file, () => reached++);
		expect(plugin.apply).toBe('build');
		expect(plugin.enforce).toBe('pre');
		expect((plugin.load as { order: string }).order).toBe('pre');
		const filter = (plugin.load as { filter: { id: RegExp } }).filter.id;
		expect([CONTENT_STORE_MODULE, 'astro:data-layer-content', `${CONTENT_STORE_MODULE}x`].map((id) => filter.test(id))).toEqual([true, false, false]);
		const load = loadOf(plugin);
		expect(load.call({}, '/src/pages/index.astro')).toBeNull();
		const loaded = load.call({}, CONTENT_STORE_MODULE);
		expect(loaded?.code).toContain(JSON.stringify(file));
		expect(loaded?.meta).toEqual(CONTENT_DATA_META);
		expect(reached).toBe(1);
		// No file: Astro's own load gives its empty store; the plugin's load still ran first.
		expect(loadOf(contentStorePlugin(join(dir, 'none.json'), () => reached++)).call({}, CONTENT_STORE_MODULE)).toBeNull();
		expect(reached).toBe(2);
	});

	it('leaves a store kept in chunks to Astro, and says so; says so too when the plugin never loaded the module; stops the build on a failed store', async () => {
		expect(singleFileStore(undefined)).toBe(true);
		expect(singleFileStore('single-file')).toBe(true);
		expect(singleFileStore('chunked')).toBe(false);
		expect(singleFileStore({ chunkSize: 1024 })).toBe(false);
		/** A build as the integration sees it: its setup, what happens between (`during`, given the plugins it added), and its end. */
		const build = async (collectionStorage: unknown, during: (plugins: ReturnType<typeof contentStorePlugin>[]) => void | Promise<void> = () => {}) => {
			const integration = contentStore();
			const warnings: string[] = [];
			const plugins: ReturnType<typeof contentStorePlugin>[] = [];
			const logger = { warn: (m: string) => warnings.push(m) };
			const setup = integration.hooks['astro:config:setup'] as (o: unknown) => void;
			setup({ config: { experimental: { collectionStorage }, cacheDir: pathToFileURL(`${dir}/`) }, logger, updateConfig: (c: { vite: { plugins: ReturnType<typeof contentStorePlugin>[] } }) => plugins.push(...c.vite.plugins) });
			await during(plugins);
			await (integration.hooks['astro:build:done'] as (o: unknown) => Promise<void> | void)({ logger });
			return { warnings, plugins };
		};
		const chunked = await build('chunked');
		expect(chunked.plugins).toEqual([]);
		expect(chunked.warnings).toEqual([`${LEFT_TO_ASTRO}: the store is kept in chunks (experimental.collectionStorage "chunked")`]);
		const unused = await build(undefined);
		expect(unused.plugins).toHaveLength(1);
		expect(unused.warnings).toEqual([`${LEFT_TO_ASTRO}: the plugin never loaded Astro's astro:data-layer-content module (did Astro's own load run first?)`]);
		// The usual build: the plugin loads the store from <cacheDir>/data-store.json, and all is quiet.
		writeFileSync(join(dir, 'data-store.json'), text);
		let code = '';
		const usual = await build(undefined, ([plugin]) => {
			code = loadOf(plugin!).call({}, CONTENT_STORE_MODULE)!.code;
		});
		expect(code).toContain(JSON.stringify(join(dir, 'data-store.json')));
		expect(usual.warnings).toEqual([]);
		// The module failed while the pages were built (Astro went on with an empty store): the build stops, saying why.
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await expect(
			build(undefined, async ([plugin]) => {
				const failing = loadOf(plugin!).call({}, CONTENT_STORE_MODULE)!.code;
				writeFileSync(join(dir, 'data-store.json'), text.replace('Мир', 'Мір'));
				await run(failing).catch(() => {});
			}),
		).rejects.toThrow(`the pages were built from an empty content store: ${join(dir, 'data-store.json')} changed after the pages were bundled`);
		// A new build starts with no failure left over from the last.
		writeFileSync(join(dir, 'data-store.json'), text);
		expect((await build(undefined, ([plugin]) => void loadOf(plugin!).call({}, CONTENT_STORE_MODULE))).warnings).toEqual([]);
	});
});
