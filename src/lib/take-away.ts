/**
 * What a reader takes away from a list of statements (search results, a speaker's page): every
 * citation format, CSV or JSON of exactly those statements, made in the browser from
 * /data/statements.json, so no server is needed. Pure: the page's script fetches and saves.
 */
import { citations } from './cite.ts';
import type { ExportedStatement } from './export.ts';
import { statementFromExport, statementsCsv } from './export-rows.ts';
import { SCHEMA_VERSION } from './export-version.ts';

export const TAKE_AWAY_FORMATS = ['apa', 'chicago', 'mla', 'bibtex', 'csl', 'csv', 'json'] as const;
export type TakeAwayFormat = (typeof TAKE_AWAY_FORMATS)[number];

export interface TakeAway {
	text: string;
	/** For a download: its file name and type. */
	filename: string;
	mime: string;
}

/** The statements of `ids` in that order; ids not in the export are left out. */
export function pickStatements(all: readonly ExportedStatement[], ids: readonly string[]): ExportedStatement[] {
	const byId = new Map(all.map((s) => [s.id, s]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The list in one format; `accessed` is the day the reader took it (YYYY-MM-DD). */
export function takeAway(format: TakeAwayFormat, records: readonly ExportedStatement[], accessed: string): TakeAway {
	const base = `guarantee-watch-${records.length}-statements`;
	if (format === 'csv') return { text: statementsCsv(records), filename: `${base}.csv`, mime: 'text/csv' };
	if (format === 'json') return { text: `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, statements: records }, null, 2)}\n`, filename: `${base}.json`, mime: 'application/json' };
	const each = records.map((r) => {
		const { statement, speaker } = statementFromExport(r);
		return citations({ statement, speaker, permalink: r.url, accessed });
	});
	if (format === 'csl') {
		const items = each.map((c) => JSON.parse(c.cslJson) as unknown);
		return { text: `${JSON.stringify(items.flat(), null, 2)}\n`, filename: `${base}.csl.json`, mime: 'application/vnd.citationstyles.csl+json' };
	}
	if (format === 'bibtex') return { text: `${each.map((c) => c.bibtex).join('\n\n')}\n`, filename: `${base}.bib`, mime: 'application/x-bibtex' };
	return { text: `${each.map((c) => c[format]).join('\n\n')}\n`, filename: `${base}-${format}.txt`, mime: 'text/plain' };
}
