/**
 * Typography and scripts survive every path byte for byte: curly quotes, em dash, ellipsis,
 * non-breaking space, Cyrillic — through parsing, the JSON and CSV exports and the feeds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadContent, readSourceFile } from '../../src/lib/content/load.ts';
import { exportAll } from '../../src/lib/export.ts';
import { statementsCsv } from '../../src/lib/export-rows.ts';
import { atomFeed, jsonFeed } from '../../src/lib/feeds.ts';

const QUOTE = '“Гарантії безпеки” — it’s…\u00a0clear,';
const files = (dir: string) => readdirSync(dir).map((f) => readSourceFile(join(dir, f)));
const result = loadContent(files('tests/fixtures/content/speakers'), [...files('tests/fixtures/content/articles'), ...files('tests/fixtures/bad/accepted-cyrillic-and-typography/articles')], { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const list = [...statements.values()];
const id = list.find((s) => s.quote.includes('Гарантії'))!.id;

describe('Unicode round trip', () => {
	it('parses the quote exactly, non-breaking space included', () => {
		expect(statements.get(id)!.quote).toBe(QUOTE);
		expect([...statements.get(id)!.quote].map((c) => c.codePointAt(0)!.toString(16))).toContain('a0');
	});

	it('keeps it in statements.json and statements.csv', () => {
		const json = JSON.parse(JSON.stringify(exportAll(list, speakers, 'https://example.net', new Date())));
		expect(json.statements.find((s: { id: string }) => s.id === id).quote).toBe(QUOTE);
		const rows = parseCsv(statementsCsv(json.statements), { columns: true }) as Record<string, string>[];
		expect(rows.find((r) => r.id === id)!.quote).toBe(QUOTE);
		expect(Buffer.from(rows.find((r) => r.id === id)!.quote!, 'utf8').equals(Buffer.from(QUOTE, 'utf8'))).toBe(true);
	});

	it('keeps it in the Atom and JSON feeds', () => {
		const atom = new XMLParser().parse(atomFeed({ title: 't', pagePath: '/', feedPath: '/feed.xml', statements: list, speakers, site: 'https://example.net' }));
		const entry = ([] as { id: string; content: string }[]).concat(atom.feed.entry).find((e) => e.id.endsWith(id))!;
		expect(entry.content.startsWith(`${QUOTE}\n`)).toBe(true);
		const feed = JSON.parse(jsonFeed({ title: 't', pagePath: '/', feedPath: '/feed.json', statements: list, speakers, site: 'https://example.net' }));
		expect(feed.items.find((i: { id: string }) => i.id.endsWith(id)).content_text.startsWith(QUOTE)).toBe(true);
	});
});
