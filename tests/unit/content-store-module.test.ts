/** The content store's module, read from Astro's file at run time instead of compiled as one literal. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import contentStoreModule, { CONTENT_STORE_MODULE, readerFor, storeText } from '../../src/integrations/content-store-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'gw-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store's text with what a quote can hold: quotes, backslashes, Cyrillic, an emoji's surrogate pair, U+2028. */
const text = JSON.stringify([['Map', 1], 'statements', { quote: 'He said: "Мир — це гарантії" \\ 🇺🇦\u2028next', note: "it's" }]);
/** The module as Astro 7.3 writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = `export default JSON.parse(${JSON.stringify(text)})`;

async function run(code: string, name: string): Promise<unknown> {
	const file = join(dir, `${name}.mjs`);
	writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the content store module', () => {
	it('is written by the installed Astro in the shape the plugin reads', () => {
		const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
		const source = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
		// Astro's template, as its source spells it (a template literal that interpolates the JSON).
		expect(source).toContain(['code: `export default JSON.parse(', '$', '{JSON.stringify(jsonData)})`'].join(''));
		expect(storeText(astroModule)).toBe(text);
	});

	it('reads the same store from the file as Astro’s module gives', async () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		const reader = readerFor(astroModule, file);
		if (!('code' in reader)) throw new Error(reader.why);
		expect(reader.code).not.toContain('Мир');
		expect(await run(reader.code, 'reader')).toEqual(await run(astroModule, 'astro'));
	});

	it('leaves the module alone, saying why, when the file differs, is missing or the module has another shape', () => {
		const file = join(dir, 'other-store.json');
		writeFileSync(file, text.replace('Мир', 'Мір'));
		expect(readerFor(astroModule, file)).toEqual({ why: `${file} does not hold the module's text` });
		expect(readerFor(astroModule, join(dir, 'none.json'))).toEqual({ why: `${join(dir, 'none.json')} does not exist` });
		expect(readerFor('export default new Map()', file)).toEqual({ why: 'the module is not of the shape Astro 7.3 writes' });
		expect(storeText('export default JSON.parse("not json)')).toBeNull();
	});

	it('is changed by the plugin only for the store’s module, and only in a build', () => {
		const file = join(dir, 'data-store.json');
		writeFileSync(file, text);
		const plugin = contentStoreModule(file);
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
