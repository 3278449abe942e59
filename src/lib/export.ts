/**
 * The public data contract (PRODUCT.md, "Public data contract"): /data/statements.json and the
 * CSV files. Other tools rely on these shapes; a change is a new schemaVersion, documented on /data/.
 */
import { z } from 'astro/zod';
import { DATE_PRECISIONS } from './dates.ts';
import { KINDS, type Speaker, STANCES, type Statement } from './content/schemas.ts';
import { statementPath } from '../markdown/statement-links.ts';

export const SCHEMA_VERSION = 1;

const nullableText = z.string().nullable();

/**
 * The published contract, as a schema: the export is typed from it and
 * /data/statements.schema.json is generated from it, so the two cannot drift apart.
 */
export const exportSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION),
		generatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/).describe('When the file was built, UTC'),
		statements: z.array(
			z
				.object({
					id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('Stable id; never changes'),
					url: z.string().describe("The statement's permanent page"),
					speaker: z
						.object({
							id: z.string(),
							name: z.string(),
							role: z.string().describe("The role held on the statement's date"),
							country: z.string().describe('Country or organisation'),
						})
						.strict(),
					date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).describe('YYYY-MM-DD, or YYYY-MM when only the month is known'),
					datePrecision: z.enum(DATE_PRECISIONS),
					setting: z.string(),
					kind: z.enum(KINDS),
					quote: z.string().min(1).describe('Exactly as the primary source published it'),
					translated: z.boolean(),
					stance: z.enum(STANCES),
					topics: z.array(z.string()),
					context: z.string(),
					notes: nullableText,
					sources: z
						.array(
							z
								.object({
									article: z.string().describe('Our slug: /sources/<article>/'),
									url: z.string(),
									outlet: z.string(),
									author: nullableText,
									published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
									title: nullableText,
									quotedAs: nullableText.describe("This source's own wording where it differs from quote"),
								})
								.strict(),
						)
						.min(1)
						.describe('Primary source first'),
				})
				.strict(),
		),
	})
	.strict();

export type StatementsExport = z.infer<typeof exportSchema>;
export type ExportedStatement = StatementsExport['statements'][number];

/** The JSON Schema published at /data/statements.schema.json. */
export function exportJsonSchema(site: URL | string): Record<string, unknown> {
	return {
		...z.toJSONSchema(exportSchema, { target: 'draft-2020-12' }),
		$id: new URL('/data/statements.schema.json', site).href,
		title: 'Guarantee Watch statements export',
		description: `Schema version ${SCHEMA_VERSION} of /data/statements.json.`,
	};
}

/** One statement as published in statements.json. */
export function exportStatement(statement: Statement, speakers: ReadonlyMap<string, Speaker>, site: URL | string): ExportedStatement {
	const speaker = speakers.get(statement.speaker);
	if (!speaker) throw new Error(`${statement.id}: unknown speaker ${statement.speaker}`);
	return {
		id: statement.id,
		url: new URL(statementPath(statement.id), site).href,
		speaker: { id: statement.speaker, name: speaker.name, role: statement.role, country: speaker.country },
		date: statement.date,
		datePrecision: statement.datePrecision,
		setting: statement.setting,
		kind: statement.kind,
		quote: statement.quote,
		translated: statement.translated,
		stance: statement.stance,
		topics: statement.topics,
		context: statement.context,
		notes: statement.notes,
		sources: statement.sources.map((s) => ({
			article: s.article,
			url: s.url,
			outlet: s.outlet,
			author: s.author,
			published: s.published,
			title: s.title,
			quotedAs: s.quotedAs,
		})),
	};
}

/** The whole export; statements oldest first, as in the dossier. */
export function exportAll(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>, site: URL | string, generatedAt: Date): StatementsExport {
	return {
		schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION,
		generatedAt: generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		statements: statements.map((s) => exportStatement(s, speakers, site)),
	};
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** statements.csv: one row per statement. Topics are joined with ";". */
export function statementsCsv(records: readonly ExportedStatement[]): string {
	const header = ['id', 'url', 'speaker_id', 'speaker_name', 'speaker_role', 'speaker_country', 'date', 'date_precision', 'setting', 'kind', 'quote', 'translated', 'stance', 'topics', 'context', 'notes', 'primary_source_url', 'source_count'];
	return toCsv(
		header,
		records.map((r) => [r.id, r.url, r.speaker.id, r.speaker.name, r.speaker.role, r.speaker.country, r.date, r.datePrecision, r.setting, r.kind, r.quote, r.translated, r.stance, r.topics.join(';'), r.context, r.notes, r.sources[0]?.url ?? null, r.sources.length]),
	);
}

/** statement-sources.csv: one row per statement–source pair, with that source's own wording. */
export function sourcesCsv(records: readonly ExportedStatement[]): string {
	const header = ['statement_id', 'position', 'article', 'url', 'outlet', 'author', 'published', 'title', 'quoted_as'];
	return toCsv(
		header,
		records.flatMap((r) => r.sources.map((s, i) => [r.id, i + 1, s.article, s.url, s.outlet, s.author, s.published, s.title, s.quotedAs])),
	);
}
