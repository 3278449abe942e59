/**
 * The public data contract (PRODUCT.md, "Public data contract"): /data/statements.json and the
 * CSV files. Other tools rely on these shapes; a change is a new schemaVersion, documented on /data/.
 */
import { z } from 'astro/zod';
import { DATE_PRECISIONS } from './dates.ts';
import { IDENTIFICATIONS, KINDS, type Speaker, STANCES, type Statement, TRANSLATORS, WORDINGS } from './content/schemas.ts';
import { quoteLabels } from './statement-view.ts';
import { ELEMENTS, POSITIONS, SPEECH_ACTS, US_ROLES } from './coding.ts';
import { ROUTES, statementPath } from './routes.ts';

import { SCHEMA_VERSION } from './export-version.ts';

export { SCHEMA_VERSION } from './export-version.ts';

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
					evidence: z.string().min(1).describe('v2: the passage in which the primary source prints the quote, byte for byte; the quote is inside it'),
					language: z.string().describe('v2: BCP 47 language of the quote'),
					spokenLanguage: nullableText.describe('v2: language the speaker spoke, where known'),
					translated: z.boolean(),
					translatedBy: z.enum(TRANSLATORS).nullable().describe('v2: who translated, as far as the page says; null when not translated'),
					speakerIdentified: z.enum(IDENTIFICATIONS).describe('v2: named by the report, or inferred'),
					labels: z.array(z.string()).describe('v2: the caveats shown with the quote (paraphrase, translated, machine-transcript, speaker-inferred…)'),
					stance: z.enum(STANCES).describe('v1 stance; since v2 derived from position, usRole, speechAct and elements by the codebook’s documented rule'),
					position: z.enum(POSITIONS).describe('v2: the position taken on a security guarantee for Ukraine (codebook)'),
					usRole: z.enum(US_ROLES).describe('v2: the U.S. role asserted or called for (codebook)'),
					speechAct: z.enum(SPEECH_ACTS).describe('v2: what the speaker does: states policy, calls on others, relays, describes (codebook)'),
					elements: z.array(z.enum(ELEMENTS)).describe('v2: the elements of a guarantee named (codebook)'),
					event: nullableText.describe('v2: id of the event it was said at: /events/<event>/'),
					topics: z.array(z.string()),
					context: z.string(),
					notes: nullableText,
					added: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('v2: the day the statement was added to the record'),
					updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('v2: the day its record last changed, or null'),
					corrections: z
						.array(z.object({ date: z.string(), change: z.string(), reason: z.string() }).strict())
						.describe('v2: public corrections, oldest first; never removed'),
					sources: z
						.array(
							z
								.object({
									article: z.string().describe('Our slug: /sources/<article>/'),
									url: z.string(),
									outlet: z.string(),
									author: nullableText,
									published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable().describe('YYYY-MM-DD, or YYYY-MM where the page’s address gives only the month (v2)'),
									title: nullableText,
									quotedAs: nullableText.describe("This source's own wording where it differs from quote"),
									wording: z.enum(WORDINGS).describe('v2: what kind of wording this source prints, against quote'),
									language: z.string().describe("v2: BCP 47 language of this source's wording"),
									evidence: nullableText.describe('v2: the passage the source prints the words in, where kept'),
									original: z
										.object({ outlet: z.string(), title: nullableText, author: nullableText, published: nullableText, url: nullableText, relation: z.enum(['copy', 'rewrite', 'citing']) })
										.strict()
										.nullable()
										.describe('v2: the original report this page copies or cites, where the page names it; citations name it first'),
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
		$id: new URL(ROUTES.statementsSchema, site).href,
		title: 'Guarantee Watch statements export',
		description: `Schema version ${SCHEMA_VERSION} of ${ROUTES.statementsJson}.`,
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
		evidence: statement.evidence,
		language: statement.language,
		spokenLanguage: statement.spokenLanguage,
		translated: statement.translated,
		translatedBy: statement.translatedBy,
		speakerIdentified: statement.speakerIdentified,
		labels: quoteLabels(statement).map((l) => l.id),
		stance: statement.stance,
		position: statement.position,
		usRole: statement.usRole,
		speechAct: statement.speechAct,
		elements: statement.elements,
		event: statement.event,
		topics: statement.topics,
		context: statement.context,
		notes: statement.notes,
		added: statement.added,
		updated: statement.updated,
		corrections: statement.corrections,
		sources: statement.sources.map((s) => ({
			article: s.article,
			url: s.url,
			outlet: s.outlet,
			author: s.author,
			published: s.published,
			title: s.title,
			quotedAs: s.quotedAs,
			wording: s.wording,
			language: s.language,
			evidence: s.evidence,
			original: s.original ? { outlet: s.original.outlet, title: s.original.title, author: s.original.author, published: s.original.published, url: s.original.url, relation: s.original.relation } : null,
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
