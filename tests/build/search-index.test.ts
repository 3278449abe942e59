/** The search index as built into dist/: which pages are records, and what a record carries. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMeta, decodeWordings } from '../../src/lib/pagefind-attrs.ts';
import { allPages, content, page } from './helpers.ts';

const { statements, articles } = content();

describe('the search index', () => {
	it('has one record per statement page in the statements’ index and one per report page in the reports’ own, and no other page is indexed', () => {
		const indexed = allPages().filter((p) => page(p)('[data-pagefind-body]').length > 0);
		const records = [...[...statements.keys()].map((id) => `/statements/${id}/`), ...[...articles.keys()].map((id) => `/sources/${id}/`)];
		// Each edition has its own indexes, over its own pages: /pagefind/ and /uk/pagefind/.
		expect(indexed.sort()).toEqual([...records, ...records.map((p) => `/uk${p}`)].sort());
		for (const [prefix, lang] of [['', 'en'], ['/uk', 'uk']] as const) {
			const entry = JSON.parse(readFileSync(`dist${prefix}/pagefind/pagefind-entry.json`, 'utf8'));
			expect(entry.version).toBe('1.5.2');
			expect(Object.keys(entry.languages)).toEqual([lang]);
			expect(entry.languages[lang].page_count).toBe(statements.size);
			const reports = JSON.parse(readFileSync(`dist${prefix}/pagefind/reports/pagefind-entry.json`, 'utf8'));
			expect(reports.languages[lang].page_count).toBe(articles.size);
		}
	});

	it('is complete: the browser API, its worker and WebAssembly, and no empty file', () => {
		const files = readdirSync('dist/pagefind', { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join('dist/pagefind', f)).isFile());
		for (const needed of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json']) expect(files).toContain(needed);
		expect(files.filter((f) => statSync(join('dist/pagefind', f)).size === 0)).toEqual([]);
		// Pagefind's ready-made interfaces are not shipped: /search/ has its own.
		expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
	});

	it.each([...statements.values()].map((s) => [s.id, s] as const))('%s: the record carries its exact quote and wordings, and no navigation', (id, s) => {
		const $ = page(`/statements/${id}/`);
		const record = $('[data-pagefind-meta]');
		expect(record.length).toBe(1);
		expect(decodeMeta(record.attr('data-meta-quote')!)).toBe(s.quote);
		expect(decodeWordings(record.attr('data-meta-wordings')!).map((w) => w.text)).toEqual(s.sources.flatMap((src) => (src.quotedAs === null ? [] : [src.quotedAs])));
		expect($('blockquote.quote-large').attr('data-pagefind-weight')).toBe('10');
		// Links around the statement (previous/next, timeline, copy) sit outside every indexed part.
		expect($('[data-pagefind-body] .pager, [data-pagefind-body] .copy-row, .pager [data-pagefind-body]').length).toBe(0);
	});
});
