/**
 * The export's records as CSV rows, and read back as the site's statements: kept apart from
 * the export's schema (src/lib/export.ts) so that what runs in the browser (taking a result
 * list away) does not carry the schema library, whose feature check trips the site's CSP.
 */
import type { Speaker, Statement } from './content/schemas.ts';
import type { ExportedStatement } from './export.ts';

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
	return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** statements.csv: one row per statement. Topics are joined with ";". */
export function statementsCsv(records: readonly ExportedStatement[]): string {
	const header = ['id', 'url', 'speaker_id', 'speaker_name', 'speaker_role', 'speaker_country', 'date', 'date_precision', 'setting', 'kind', 'quote', 'translated', 'stance', 'topics', 'context', 'notes', 'primary_source_url', 'source_count', 'evidence', 'language', 'translated_by', 'labels', 'primary_original_outlet', 'added', 'updated', 'corrections', 'position', 'usRole', 'speechAct', 'elements', 'event'];
	return toCsv(
		header,
		records.map((r) => [r.id, r.url, r.speaker.id, r.speaker.name, r.speaker.role, r.speaker.country, r.date, r.datePrecision, r.setting, r.kind, r.quote, r.translated, r.stance, r.topics.join(';'), r.context, r.notes, r.sources[0]?.url ?? null, r.sources.length, r.evidence, r.language, r.translatedBy, r.labels.join(';'), r.sources[0]?.original?.outlet ?? null, r.added, r.updated, r.corrections.map((c) => `${c.date}: ${c.change}`).join(' | ') || null, r.position, r.usRole, r.speechAct, r.elements.join(';'), r.event]),
	);
}

/** statement-sources.csv: one row per statement–source pair, with that source's own wording. */
export function sourcesCsv(records: readonly ExportedStatement[]): string {
	const header = ['statement_id', 'position', 'article', 'url', 'outlet', 'author', 'published', 'title', 'quoted_as', 'wording', 'language', 'original_outlet', 'original_title', 'original_published', 'evidence'];
	return toCsv(
		header,
		records.flatMap((r) => r.sources.map((s, i) => [r.id, i + 1, s.article, s.url, s.outlet, s.author, s.published, s.title, s.quotedAs, s.wording, s.language, s.original?.outlet ?? null, s.original?.title ?? null, s.original?.published ?? null, s.evidence])),
	);
}

/**
 * A published record read back as the site's statement, for what runs in the browser over
 * statements.json (the citations of a result set): the export keeps every field a citation
 * uses, the primary source first.
 */
export function statementFromExport(e: ExportedStatement): { statement: Statement; speaker: Pick<Speaker, 'name'> } {
	const { speaker, labels: _labels, url: _url, ...rest } = e;
	return {
		statement: {
			...rest,
			speaker: speaker.id,
			role: speaker.role,
			sources: e.sources.map((src, i) => ({ ...src, titleNote: null, primary: i === 0, original: src.original ? { ...src.original, basis: null } : null })),
		},
		speaker: { name: speaker.name },
	};
}
