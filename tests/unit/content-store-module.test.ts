/** The content store's module, read from Astro's file at run time instead of compiled as one literal. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_STORE_MODULE, contentStorePlugin, readerFor, storeText } from '../../src/integrations/content-store-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'gw-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store's text with what a quote can hold: quotes, backslashes, Cyrillic, an emoji's surrogate pair, U+2028. */
const text = JSON.stringify([['Map', 1], 'statements', { quote: 'He said: "Мир — це гарантії" \\ 🇺🇦\u2028next', note: "it's" }]);
/** The module as Astro 7.3 writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = `export default JSON.parse(${JSON.stringify(text)})`;

let runs = 0;
/** Imports `code` as a module (a new file each time: a module is loaded once) and returns its default export. */
async function run(code: string): Promise<unknown> {
	const file = join(dir, `module-${runs++}.mjs`);
	writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

function reader(file: string): string {
	const made = readerFor(astroModule, file);
	if ('why' in made) throw new Error(made.why);
	return made.code;
}

describe('the content store module', () => {
	it('is what the installed Astro writes: its id, its file and its shape', () => {
		const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content');
		const source = (name: string) => readFileSync(join(astro, name), 'utf8');
		expect(source('consts.js')).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
		expect(source('consts.js')).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
		expect(CONTENT_STORE_MODULE).toBe('\0astro:data-layer-content');
		expect(source('consts.js')).toContain('const DATA_STORE_FILE = "data-store.json";');
		expect(source('paths.js')).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
		// Astro's template, as its source spells it (a template literal that interpolates the JSON).
		expect(source('vite-plugin-content-virtual-mod.js')).toContain(['code: `export default JSON.parse(', '$', '{JSON.stringify(jsonData)})`'].join(''));
		expect(storeText(astroModule)).toBe(text);
	});

	it('reads the same store from the file as Astro’s module gives, and holds no copy of it', async () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		const code = reader(file);
		expect(code).not.toContain('Мир');
		expect(await run(code)).toEqual(await run(astroModule));
	});

	it('stops, naming the file, when the store changed after the pages were bundled', async () => {
		const file = join(dir, 'changing-store.json');
		writeFileSync(file, text);
		const code = reader(file);
		writeFileSync(file, text.replace('Мир', 'Мір'));
		await expect(run(code)).rejects.toThrow(`${file} changed after the pages were bundled`);
	});

	it('leaves the module alone, saying why, when the file differs or is missing, or the module has another shape', () => {
		const file = join(dir, 'other-store.json');
		writeFileSync(file, text.replace('Мир', 'Мір'));
		expect(readerFor(astroModule, file)).toEqual({ why: `${file} does not hold the module's text` });
		expect(readerFor(astroModule, join(dir, 'none.json'))).toEqual({ why: `${join(dir, 'none.json')} cannot be read` });
		expect(readerFor('export default new Map()', file)).toEqual({ why: 'the module is not of the shape Astro 7.3 writes' });
		expect(storeText('export default JSON.parse("not json)')).toBeNull();
	});

	it('is changed by the plugin only for the store’s module, and the plugin runs in builds only', () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		const plugin = contentStorePlugin(file);
		expect(plugin.apply).toBe('build');
		const transform = plugin.transform as (this: { warn(m: string): void }, code: string, id: string) => { code: string } | null;
		const warnings: string[] = [];
		const ctx = { warn: (m: string) => warnings.push(m) };
		expect(transform.call(ctx, astroModule, '/src/pages/index.astro')).toBeNull();
		expect(transform.call(ctx, astroModule, CONTENT_STORE_MODULE)?.code).toContain(JSON.stringify(file));
		expect(transform.call(ctx, 'export default new Map()', CONTENT_STORE_MODULE)).toBeNull();
		expect(warnings).toEqual(['content store module left as Astro wrote it (the build is slower for it): the module is not of the shape Astro 7.3 writes']);
	});
});
