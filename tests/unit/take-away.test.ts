import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { citations } from '../../src/lib/cite.ts';
import { loadContentDir } from '../../src/lib/content/load.ts';
import { exportAll } from '../../src/lib/export.ts';
import { pickStatements, takeAway } from '../../src/lib/take-away.ts';

const result = loadContentDir('tests/fixtures/content', { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const data = exportAll([...statements.values()], speakers, 'https://example.net', new Date('2026-11-22T10:00:00Z'));
const ids = [...statements.keys()].reverse();
const records = pickStatements(data.statements, [...ids, 'not-on-record']);

describe('taking a list of statements away', () => {
	it('keeps the list’s order and leaves out ids not on record', () => {
		expect(records.map((r) => r.id)).toEqual(ids);
	});

	it('cites each statement exactly as its own page does, in every text format', () => {
		for (const format of ['apa', 'chicago', 'mla', 'bibtex'] as const) {
			const expected = ids.map((id) => {
				const s = statements.get(id)!;
				return citations({ statement: s, speaker: speakers.get(s.speaker)!, permalink: `https://example.net/statements/${id}/`, accessed: '2026-12-03' })[format];
			});
			expect(takeAway(format, records, '2026-12-03').text).toBe(`${expected.join('\n\n')}\n`);
		}
		const csl = JSON.parse(takeAway('csl', records, '2026-12-03').text) as { URL: string }[];
		expect(csl).toHaveLength(ids.length);
	});

	it('gives CSV and JSON of exactly those statements, quotes byte for byte', () => {
		const csv = takeAway('csv', records, '2026-12-03');
		expect(csv.filename).toBe(`guarantee-watch-${ids.length}-statements.csv`);
		const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
		expect(rows.map((r) => [r['id'], r['quote']])).toEqual(ids.map((id) => [id, statements.get(id)!.quote]));
		const json = JSON.parse(takeAway('json', records, '2026-12-03').text) as { schemaVersion: number; statements: { id: string }[] };
		expect(json.schemaVersion).toBe(2);
		expect(json.statements.map((s) => s.id)).toEqual(ids);
	});
});
