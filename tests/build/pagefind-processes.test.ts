/**
 * The search index built in several processes (`buildIndex(…, processes)`), with the real
 * Pagefind: the same bundles as one process builds, and a child's failure stops the build
 * with its message. Here, not in tests/unit: the unit run shares one module cache
 * (`--no-isolate`), where the real Pagefind would replace the mocked one of
 * tests/unit/pagefind-integration.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, groupBundles } from '../../src/integrations/pagefind.ts';

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A small built site: `n` statements on consecutive days and two reports. */
function site(n: number): string {
	const dist = mkdtempSync(join(tmpdir(), 'pagefind-processes-'));
	made.push(dist);
	const page = (path: string, body: string) => {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html lang="en"><head><title>${path}</title></head><body>${body}</body></html>`);
	};
	for (let i = 0; i < n; i++) page(`statements/s${i}`, `<article data-pagefind-body data-sort-date="2025-01-${String(i + 1).padStart(2, '0')}"><p>Statement ${i} on security guarantees, word${i}.</p></article>`);
	page('sources/r1', '<article data-pagefind-body><h1>A report on guarantees</h1></article>');
	page('sources/r2', '<article data-pagefind-body><h1>Another report</h1></article>');
	page('about', '<p>not a record</p>');
	return dist;
}

/** Every file of the bundles, by path, with its bytes. */
function bundle(dist: string): Record<string, string> {
	const dir = join(dist, 'pagefind');
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
	return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('the search index built in several processes', () => {
	it('writes the same bundles, byte for byte, as one process does', async () => {
		const one = site(6);
		const two = mkdtempSync(join(tmpdir(), 'pagefind-processes-'));
		made.push(two);
		cpSync(one, two, { recursive: true });
		const counts = { 'statements part 0': 2, 'statements part 1': 2, 'statements part 2': 2, sources: 2 };
		await expect(buildIndex(one, logger(), 2, 1)).resolves.toEqual(counts);
		const log = logger();
		await expect(buildIndex(two, log, 2, 2)).resolves.toEqual(counts);
		expect(bundle(two)).toEqual(bundle(one));
		expect(Object.keys(bundle(two))).toContain('part-2/pagefind-entry.json');
		// The children's messages reach the build's log.
		expect(log.info).toHaveBeenCalledWith(`indexed 2 pages of sources/ into ${join(two, 'pagefind', 'reports')} (${Object.keys(bundle(two)).filter((f) => f.startsWith('reports/')).length} files)`);
	}, 60_000);

	it('stops with the failing process’s message', async () => {
		const dist = site(4);
		// Carries the mark only in a comment: the scan counts it as a record, Pagefind does not.
		writeFileSync(join(dist, 'statements', 's3', 'index.html'), '<!doctype html><html lang="en"><body><!-- data-pagefind-body data-sort-date="2025-01-04" --><p>x</p></body></html>');
		await expect(buildIndex(dist, logger(), 2, 2)).rejects.toThrow('Pagefind indexed 1 pages of part 0 of statements/, but 2 pages there carry data-pagefind-body');
	}, 60_000);

	it('groups bundles by their number of pages, largest first into the lightest group', () => {
		const b = (name: string, expected: number) => ({ name, expected });
		expect(groupBundles([b('a', 4000), b('b', 4000), b('c', 4000), b('r', 8000), b('d', 1000)], 2).map((g) => g.map((x) => x.name))).toEqual([['r', 'c'], ['a', 'b', 'd']]);
		expect(groupBundles([b('a', 1)], 4)).toEqual([[b('a', 1)]]);
	});
});
