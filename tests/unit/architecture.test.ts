/**
 * The house rules of src/, checked over the source text:
 * - every address of the site is made in src/lib/routes.ts, so renaming one is one edit and a
 *   published address can never drift in a forgotten template;
 * - imports only run down the floors (pages → layouts → components → data and loaders →
 *   markdown → lib → dictionaries → configuration), and no file imports itself back through others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}
const sources = filesUnder(SRC).filter((f) => /\.(ts|astro|mjs)$/.test(f));

/** Source text without comments, so a path in a doc comment is not taken for a literal. */
function withoutComments(text: string): string {
	return text
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The first path segments of the site's own pages and files. */
const SEGMENTS = 'statements|speakers|sources|events|timeline|search|about|data|positions|compare|corrections|changes|embed|og|pagefind|feed|sitemap|favicon';
// A quoted path that starts with one of them, or the home page as a link target.
const ADDRESS = new RegExp(`["'\`](/(?:${SEGMENTS})\\b[^"'\`\\s]*)["'\`]|href=["'{\`]+(/)["'\`]`, 'g');

describe('addresses', () => {
	it('are made only in src/lib/routes.ts', () => {
		const found: string[] = [];
		for (const file of sources) {
			if (file === join(SRC, 'lib', 'routes.ts')) continue;
			const text = withoutComments(readFileSync(file, 'utf8'));
			for (const m of text.matchAll(ADDRESS)) found.push(`${file}: ${m[1] ?? m[2]}`);
		}
		expect(found).toEqual([]);
	});

	it('the check itself sees a literal address', () => {
		// biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, as a source file holds it
		expect('const a = `/speakers/${id}/`;'.match(ADDRESS)).not.toBeNull();
		expect('<a href="/about/#coding">'.match(ADDRESS)).not.toBeNull();
		expect('<a href="/">'.match(ADDRESS)).not.toBeNull();
		expect("path.split('/')".match(ADDRESS)).toBeNull();
		expect(withoutComments('/** `/timeline/2025/08/` */').match(ADDRESS)).toBeNull();
	});
});

/** Lower floors first; a file may import from its own floor or any floor below. */
const FLOORS: [string, (path: string) => boolean][] = [
	['configuration', (p) => p === 'src/env.ts' || p === 'src/site.ts' || p === 'src/edition.ts'],
	// The dictionaries of visible words: plain data, importing nothing.
	['i18n', (p) => p.startsWith('src/i18n/')],
	['lib', (p) => p.startsWith('src/lib/')],
	['markdown', (p) => p.startsWith('src/markdown/')],
	['loaders and integrations', (p) => p.startsWith('src/loaders/') || p.startsWith('src/integrations/')],
	['data', (p) => p.startsWith('src/data/') || p === 'src/content.config.ts'],
	['components', (p) => p.startsWith('src/components/')],
	['layouts', (p) => p.startsWith('src/layouts/')],
	['pages', (p) => p.startsWith('src/pages/')],
];
function floorOf(path: string): number {
	const i = FLOORS.findIndex(([, test]) => test(path));
	if (i < 0) throw new Error(`${path} is on no floor: add its folder to FLOORS`);
	return i;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g;
/** Each source file's imports of other source files. */
const graph = new Map<string, string[]>(
	sources.map((file) => {
		const text = withoutComments(readFileSync(file, 'utf8'));
		const targets = [...text.matchAll(IMPORT)]
			.map((m) => normalize(join(dirname(file), (m[1] ?? m[2] ?? m[3])!)))
			.filter((t) => t.startsWith(`${SRC}/`) && /\.(ts|astro|mjs)$/.test(t));
		return [file, targets];
	}),
);

describe('imports', () => {
	it('never run back up a floor', () => {
		const up: string[] = [];
		for (const [file, targets] of graph) {
			for (const t of targets) {
				if (floorOf(t) > floorOf(file)) up.push(`${file} (${FLOORS[floorOf(file)]![0]}) imports ${relative('.', t)} (${FLOORS[floorOf(t)]![0]})`);
			}
		}
		expect(up).toEqual([]);
	});

	it('form no cycle', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, trail: string[]) => {
			state.set(file, 'open');
			for (const t of graph.get(file) ?? []) {
				if (state.get(t) === 'open') cycles.push([...trail.slice(trail.indexOf(t)), t].join(' → '));
				else if (!state.has(t)) visit(t, [...trail, t]);
			}
			state.set(file, 'done');
		};
		for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
		expect(cycles).toEqual([]);
	});

	it('every import resolves to a file', () => {
		const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !sources.includes(t)).map((t) => `${file} → ${t}`));
		expect(missing).toEqual([]);
	});
});
