/**
 * A part of the statements' index named to the real Pagefind in several globs: with the
 * record's long statement names, one glob for a part of a few thousand pages is longer than
 * Pagefind parses, and the build stopped (src/integrations/pagefind.ts, `GLOB_MAX_CHARS`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { splitIntoParts } from '../../src/lib/search-parts.ts';

// The unit tests share modules between files (--no-isolate): another file may have loaded the
// integration with a fake Pagefind, so it is loaded afresh here, with the real one.
vi.doUnmock('pagefind');
vi.resetModules();
const { buildIndex, GLOB_MAX_CHARS, partGlobs } = await import('../../src/integrations/pagefind.ts');

const PAGES = 4000;
const PART_SIZE = 2000;
let dist = '';
const paths: { path: string; date: string }[] = [];

beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'pagefind-globs-'));
	for (let i = 0; i < PAGES; i++) {
		const date = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
		// A little longer than the record's longest names (73 characters), and alike only in
		// their beginnings: names that differ early make the longest pattern for their length.
		const id = `s-${createHash('sha256').update(String(i)).digest('hex').slice(0, 52)}-${date}-guarantees`;
		mkdirSync(join(dist, 'statements', id), { recursive: true });
		writeFileSync(join(dist, 'statements', id, 'index.html'), `<html lang="en"><body><article data-pagefind-body data-sort-date="${date}"><p>statement ${i} on guarantees</p></article></body></html>`);
		paths.push({ path: join('statements', id, 'index.html'), date });
	}
	mkdirSync(join(dist, 'sources', 'report'), { recursive: true });
	writeFileSync(join(dist, 'sources', 'report', 'index.html'), '<html lang="en"><body><h1 data-pagefind-body>a report</h1></body></html>');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('indexes every page of a part whose names need more than one glob', async () => {
	const parts = splitIntoParts(paths, PART_SIZE);
	// The case under test: each part's names are longer than one glob may be, so need several.
	for (const part of parts) expect(partGlobs('statements', part.map((p) => p.path)).length).toBeGreaterThan(1);
	for (const part of parts) expect(partGlobs('statements', part.map((p) => p.path), Number.POSITIVE_INFINITY)[0]!.length).toBeGreaterThan(GLOB_MAX_CHARS);
	const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
	await expect(buildIndex(dist, logger, PART_SIZE)).resolves.toEqual({ 'statements part 0': parts[0]!.length, 'statements part 1': parts[1]!.length, sources: 1 });
}, 120_000);
