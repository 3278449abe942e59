import { describe, expect, it } from 'vitest';
import { exportAll } from '../../src/lib/export.ts';
import { csvField, sourcesCsv, statementsCsv } from '../../src/lib/export-rows.ts';
import { loadContentDir } from '../../src/lib/content/load.ts';

const result = loadContentDir('tests/fixtures/content', { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const data = exportAll([...statements.values()], speakers, 'https://example.net', new Date('2026-11-22T10:00:00.123Z'));

describe('statements.json', () => {
	it('follows the data contract', () => {
		expect(data.schemaVersion).toBe(2);
		for (const s of data.statements) expect(s.evidence).toContain(s.quote);
		expect(data.generatedAt).toBe('2026-11-22T10:00:00Z');
		expect(data.statements[1]).toEqual({
			id: 'ada-lovelace-2025-03-01-engine',
			url: 'https://example.net/statements/ada-lovelace-2025-03-01-engine/',
			speaker: { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Analyst', country: 'United Kingdom' },
			date: '2025-03-01',
			datePrecision: 'day',
			setting: 'A lecture',
			kind: 'direct_quote',
			quote: "We don't guarantee — it's “Europe’s” job,",
			evidence: "We don't guarantee — it's “Europe’s” job,",
			language: 'en',
			spokenLanguage: null,
			translated: false,
			translatedBy: null,
			speakerIdentified: 'named',
			labels: [],
			stance: 'demands',
			position: 'supports',
			usRole: 'backstop',
			speechAct: 'states-policy',
			elements: [],
			event: null,
			topics: ['europe-role'],
			context: 'Our words about the lecture.',
			notes: null,
			added: '2025-03-10',
			updated: null,
			corrections: [],
			sources: [
				{ article: 'example-com-first-report', url: 'https://example.com/first-report', outlet: 'Example Times', author: 'A. Writer', published: '2025-03-02', title: 'First report', quotedAs: null, wording: 'same', language: 'en', evidence: "We don't guarantee — it's “Europe’s” job,", original: { outlet: 'Reuters', title: 'Wire headline', author: null, published: '2025-03-01', url: null, relation: 'copy' } },
				{ article: 'example-org-second-report', url: 'https://example.org/second', outlet: 'Example Post', author: null, published: null, title: null, quotedAs: "We don't guarantee: it's Europe's job,", wording: 'abridged', language: 'en', evidence: null, original: null },
			],
		});
	});
});

describe('CSV (RFC 4180)', () => {
	it('carries the coded dimensions under their contract names, after every v1 column', () => {
		const header = statementsCsv(data.statements).split('\r\n')[0]!.split(',');
		expect(header.slice(0, 18)).toEqual(['id', 'url', 'speaker_id', 'speaker_name', 'speaker_role', 'speaker_country', 'date', 'date_precision', 'setting', 'kind', 'quote', 'translated', 'stance', 'topics', 'context', 'notes', 'primary_source_url', 'source_count']);
		for (const column of ['position', 'usRole', 'speechAct', 'elements', 'evidence', 'event']) expect(header).toContain(column);
	});

	it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "no"')).toBe('"say ""no"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(null)).toBe('');
	});

	it('writes one row per statement and one per statement–source pair, CRLF-terminated', () => {
		const rows = statementsCsv(data.statements).split('\r\n');
		expect(rows[0]).toMatch(/^id,url,speaker_id,/);
		expect(rows).toHaveLength(2 + 1 + 1); // header, two statements, final empty
		expect(rows[2]).toContain('"We don\'t guarantee — it\'s “Europe’s” job,"');
		const pairs = sourcesCsv(data.statements).split('\r\n');
		expect(pairs).toHaveLength(1 + 3 + 1);
		expect(pairs[3]).toBe('ada-lovelace-2025-03-01-engine,2,example-org-second-report,https://example.org/second,Example Post,,,,"We don\'t guarantee: it\'s Europe\'s job,",abridged,en,,,,');
	});
});

describe('corrections', () => {
	it('are kept with the statement and listed newest first in a well-formed feed', async () => {
		const { allCorrections, correctionsFeed } = await import('../../src/lib/feeds.ts');
		const { XMLValidator } = await import('fast-xml-parser');
		const list = allCorrections([...statements.values()]);
		expect(list.map((c) => [c.statement.id, c.date])).toEqual([['jose-marti-2025-02-patria', '2025-03-05']]);
		const xml = correctionsFeed([...statements.values()], speakers, 'https://example.net');
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).toContain('<id>urn:guarantee-watch:correction:jose-marti-2025-02-patria:2025-03-05:1</id>');
		expect(xml).toContain('The month was given as March; it is February.');
	});
});
