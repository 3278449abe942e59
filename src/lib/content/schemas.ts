/**
 * The content model's schemas, one source of truth: the loader validates with them, Astro's
 * collections are typed by them, and every TypeScript type of content is inferred from them.
 * Error messages are written for editors and read as predicates after the value
 * ("\"2025-13-01\" is not a date (YYYY-MM-DD)").
 */
import { z } from 'astro/zod';
import { DATE_PRECISIONS, isDay, isMonth } from '../dates.ts';
import { ELEMENTS, POSITIONS, SPEECH_ACTS, STANCES, US_ROLES } from '../coding.ts';
import { ID_PATTERN } from './slugs.ts';

export { STANCES, type Stance } from '../coding.ts';

/** Whether the words are the speaker's own or a reporter's account of them. */
export const KINDS = ['direct_quote', 'paraphrase'] as const;

/**
 * What kind of wording a report prints, judged against the statement's quote (methodology
 * page, "Wordings"). A different remark is not a wording: it belongs to another statement.
 */
export const WORDINGS = ['same', 'original', 'abridged', 'extended', 'retranslation', 'outlet-translation', 'machine-transcript', 'paraphrase'] as const;
export type Wording = (typeof WORDINGS)[number];

/** Who turned the speaker's words into the language of the quote, as far as the page says. */
export const TRANSLATORS = ['outlet', 'speaker-office', 'unknown'] as const;

/** How the report identifies who spoke. */
export const IDENTIFICATIONS = ['named', 'inferred'] as const;

/** Quotes longer than this are almost certainly a pasting accident, not a remark. */
export const MAX_QUOTE_LENGTH = 5000;

const text = z.string({ error: 'should be text' }).trim().min(1, { error: 'must not be empty' });

/** Lowercase words joined by hyphens: the form of every id and topic. */
const id = z
	.string({ error: 'should be text' })
	.regex(ID_PATTERN, { error: 'is not a valid id (lowercase letters, digits and single hyphens)' });

/**
 * A quote is data: it is never trimmed or altered. It must not be empty, must not carry
 * leading or trailing spaces (a sign of a bad paste), and has a sane maximum length.
 */
const quote = z
	.string({ error: 'should be text' })
	.max(MAX_QUOTE_LENGTH, { error: `is longer than ${MAX_QUOTE_LENGTH} characters; a quote is one remark, not an article` })
	.refine((s) => s.trim().length > 0, { error: 'must not be empty', abort: true })
	.refine((s) => s === s.trim(), { error: 'starts or ends with spaces or a line break' });

/** A BCP 47 primary language subtag: en, uk, ru, de, fr… */
const language = z.string({ error: 'should be a language code' }).regex(/^[a-z]{2,3}$/, { error: 'is not a language code (two or three lowercase letters: en, uk, ru, de, fr)' });

/** The passage in which a page prints the words, copied exactly; the words must be found inside it. */
const evidence = z
	.string({ error: 'should be text' })
	.refine((s) => s.trim().length > 0, { error: 'must not be empty', abort: true })
	.refine((s) => s === s.trim(), { error: 'starts or ends with spaces or a line break' });

const wording = z.enum(WORDINGS, { error: `is not one of the wording kinds: ${WORDINGS.join(', ')}` });

export const day = z.string({ error: 'should be a date (YYYY-MM-DD)' }).refine(isDay, {
	error: 'is not a date (YYYY-MM-DD)',
});

/**
 * The codebook's four dimensions (content/codebook.md), as a statement carries them and as a
 * blind coder's file (content/reliability/) does: one definition, so both hold the same values.
 */
export const CODES = {
	position: z.enum(POSITIONS, { error: `is not one of the positions: ${POSITIONS.join(', ')} (content/codebook.md)` }),
	usRole: z.enum(US_ROLES, { error: `is not one of the U.S. roles: ${US_ROLES.join(', ')} (content/codebook.md)` }),
	speechAct: z.enum(SPEECH_ACTS, { error: `is not one of the speech acts: ${SPEECH_ACTS.join(', ')} (content/codebook.md)` }),
	elements: z.array(z.enum(ELEMENTS, { error: `is not one of the elements: ${ELEMENTS.join(', ')} (content/codebook.md)` }), { error: 'should be a list of elements' }),
};

const dayOrMonth = z
	.string({ error: 'should be a date (YYYY-MM-DD or YYYY-MM)' })
	.refine((s) => isDay(s) || isMonth(s), { error: 'is not a date (YYYY-MM-DD, or YYYY-MM when only the month is known)' });

const httpUrl = z.string({ error: 'should be a web address' }).refine(
	(s) => {
		try {
			const u = new URL(s);
			return (u.protocol === 'http:' || u.protocol === 'https:') && s === s.trim();
		} catch {
			return false;
		}
	},
	{ error: 'is not an absolute http(s) web address' },
).refine(
	// A browser would send these percent-encoded anyway; written raw they make invalid HTML (a link's href, a quote's cite).
	(s) => !/["<>\\^`{|}\s]/.test(s),
	{ error: 'holds a character a web address cannot (a space, ", <, >, \\, ^, `, {, | or }): write it percent-encoded, as a browser sends it (" is %22)' },
);

/** A person who has spoken: `content/speakers/<id>.md`; the id is the file name. */
export const speakerSchema = z.strictObject({
	/** Full name as usually written in English. */
	name: text,
	/** Country or organisation the speaker speaks for ("United States", "NATO"). */
	country: text,
});

/** What kind of occasion an event is. */
export const EVENT_KINDS = ['summit', 'meeting', 'conference', 'interview', 'talks', 'document', 'speech'] as const;

/** An occasion statements were made at: `content/events/<id>.md`, its summary (our words) as the body. */
export const eventSchema = z.strictObject({
	/** Its usual name in English ("Munich Security Conference 2025"). */
	name: text,
	kind: z.enum(EVENT_KINDS, { error: `is not one of: ${EVENT_KINDS.join(', ')}` }),
	/** First day (YYYY-MM-DD), or the month (YYYY-MM) when the day is not known. */
	start: dayOrMonth,
	/** Last day, for events over several days. */
	end: day.optional(),
	/** Where it took place, or null (a document, a phone call). */
	place: text.nullable().default(null),
	/** Who took part, as names. */
	participants: z.array(text, { error: 'should be a list of names' }).default([]),
	/** Addresses of reports that describe the event; at least one. */
	sources: z.array(httpUrl, { error: 'should be a list of web addresses' }).min(1, { error: 'must list at least one report that describes the event' }),
});

/** The full record of one statement, given once, in the article it was copied from. */
export const statementRecordSchema = z
	.strictObject({
		/** Stable id: `<speaker>-<date>-<words>`; it is the statement's permanent address. */
		id,
		/** Speaker id: a file in content/speakers/. */
		speaker: id,
		/** The speaker's role on the statement's date ("U.S. Secretary of State"). */
		role: text,
		/** When it was said: YYYY-MM-DD, or YYYY-MM when only the month is known. */
		date: dayOrMonth,
		datePrecision: z.enum(DATE_PRECISIONS, { error: `is not one of: ${DATE_PRECISIONS.join(', ')}` }),
		/** Where and how it was said. */
		setting: text,
		/** The event it was said at: a file in content/events/. */
		event: id.optional(),
		kind: z.enum(KINDS, { error: `is not one of: ${KINDS.join(', ')}` }),
		/** The words exactly as this article published them, byte for byte. */
		quote,
		/** The passage of this article in which the quote is printed, byte for byte; the quote must be inside it. */
		evidence,
		/** What kind of wording this article prints: `same` unless it is, say, a machine transcript or its own translation. */
		wording: wording.default('same'),
		/** Language of the quote's words. */
		language: language.default('en'),
		/** Language the speaker spoke, where a source says or it is evident. */
		spokenLanguage: language.nullable().default(null),
		/** True when the speaker spoke another language and this is a translation. */
		translated: z.boolean({ error: 'should be true or false' }),
		/** Who translated, as far as the page says; required when translated. */
		translatedBy: z.enum(TRANSLATORS, { error: `is not one of: ${TRANSLATORS.join(', ')}` }).nullable().default(null),
		/** Whether the report names the speaker or the speaker is inferred from it. */
		speakerIdentified: z.enum(IDENTIFICATIONS, { error: `is not one of: ${IDENTIFICATIONS.join(', ')}` }).default('named'),
		/** The day this statement was added to the record. */
		added: day,
		/** The day its record last changed in substance (wording, date, sources, coding); absent when never. */
		updated: day.optional(),
		/** The codebook's dimensions (content/codebook.md); the v1 stance is derived from them. */
		...CODES,
		elements: CODES.elements.default([]),
		/** Topic ids, e.g. us-role, article-5. */
		topics: z.array(id, { error: 'should be a list of topic ids' }).min(1, { error: 'must list at least one topic' }),
		/** Our own words: what was happening when it was said. */
		context: text,
		/** Editor's notes: uncertainties, inferences, what to verify. */
		notes: text.nullable().default(null),
		/** Public corrections to this record: when, what changed, why. Never removed once made. */
		corrections: z
			.array(
				z.strictObject({
					/** The day the correction was made. */
					date: day,
					/** What changed, in our words ("The date was 25 Feb; it is 26 Feb."). */
					change: text,
					/** Why: what the source shows. */
					reason: text,
				}),
				{ error: 'should be a list of corrections (date, change, reason)' },
			)
			.default([]),
		/** This article's credit for this statement, where it differs from the article's own outlet. */
		outlet: text.optional(),
		/** This article's headline for this statement (a live blog entry), where it differs. */
		title: text.nullable().optional(),
	})
	.superRefine((s, ctx) => {
		// Only a real date can disagree with its precision; a broken one is reported once, above.
		if (!isDay(s.date) && !isMonth(s.date)) return;
		if (s.datePrecision === 'day' && !isDay(s.date)) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: 'needs a full date (YYYY-MM-DD) when datePrecision is day' });
		}
		if (s.datePrecision === 'month' && !isMonth(s.date)) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: 'should be a month (YYYY-MM) when datePrecision is month' });
		}
		if (s.translated && s.translatedBy === null) {
			ctx.addIssue({ code: 'custom', path: ['translatedBy'], message: `is required when translated is true (one of: ${TRANSLATORS.join(', ')})` });
		}
		if (!s.translated && s.translatedBy !== null) {
			ctx.addIssue({ code: 'custom', path: ['translatedBy'], message: 'is only given when translated is true' });
		}
		if (s.updated !== undefined && s.updated < s.added) {
			ctx.addIssue({ code: 'custom', path: ['updated'], message: `is before added (${s.added})` });
		}
	});

/** Another article's report of a statement recorded elsewhere: its id and its own wording. */
export const statementReferenceSchema = z.strictObject({
	id,
	/** This article's own wording, byte for byte, where it differs from the recorded quote. */
	quotedAs: quote.optional(),
	/** The passage in which this article prints its wording, byte for byte. */
	evidence: evidence.optional(),
	/** What kind of wording this is against the recorded quote; required with quotedAs. */
	wording: wording.optional(),
	/** Language of this article's wording. */
	language: language.default('en'),
	/** Optional cross-checks: if given, they must match the statement's record. */
	speaker: id.optional(),
	date: dayOrMonth.optional(),
	outlet: text.optional(),
	title: text.nullable().optional(),
});

/** The original report behind a copy: only what the page itself names. */
export const originalSchema = z.strictObject({
	/** The outlet that first published the report ("The New York Times", "Reuters"). */
	outlet: text,
	title: text.nullable().default(null),
	author: text.nullable().default(null),
	published: dayOrMonth.nullable().default(null),
	url: httpUrl.nullable().default(null),
	/** Our words: how the page shows that it is a copy (a byline, "(Reuters)", a credit line). */
	basis: text.nullable().default(null),
	/** copy: republished as it is; rewrite: retold with the quotes; citing: the page's own report, citing the original's interview or report. */
	relation: z.enum(['copy', 'rewrite', 'citing'], { error: 'is not one of: copy, rewrite, citing' }).default('copy'),
});

/** An article's frontmatter, before its statements are checked one by one. */
export const articleFrontmatterSchema = z.strictObject({
	/** The page's address. */
	url: httpUrl,
	/** The site the page is on; a republished report names the original in parentheses. */
	outlet: text,
	/** The headline, or null when it was not seen. */
	title: text.nullable().default(null),
	/** How the title was obtained, when it is not simply the page's headline. */
	titleNote: text.optional(),
	author: text.nullable().default(null),
	/** The date shown on the page (or in its URL; YYYY-MM when the URL gives only the month), or null when neither shows one. */
	published: dayOrMonth.nullable().default(null),
	/** The report this page copies, republishes or cites, where the page names it. */
	original: originalSchema.optional(),
	statements: z.array(z.looseObject({}), { error: 'should be a list of statements' }).min(1, {
		error: 'must list at least one statement',
	}),
});

/** What the site keeps of a news report: the same fields on its own page and as a statement's source. */
const reportSchema = z.object({
	url: z.string(),
	outlet: z.string(),
	title: z.string().nullable(),
	titleNote: z.string().nullable(),
	author: z.string().nullable(),
	published: z.string().nullable(),
	original: originalSchema.nullable(),
});

/** One source of a statement, as shown on its page and in the data export. */
export const statementSourceSchema = reportSchema.extend({
	/** Slug of the article file: its page is /sources/<slug>/. */
	article: z.string(),
	/** This source's own wording where it differs from the recorded quote; null when it printed the recorded wording. */
	quotedAs: z.string().nullable(),
	/** True for the page the quote was copied from. */
	primary: z.boolean(),
	/** The passage the page prints the words in, or null where it was not kept (older secondary sources). */
	evidence: z.string().nullable(),
	wording: z.enum(WORDINGS),
	language: z.string(),
});

/** A statement merged across every article that reports it: the `statements` collection. */
export const statementSchema = z.object({
	id: z.string(),
	speaker: z.string(),
	role: z.string(),
	date: z.string(),
	datePrecision: z.enum(DATE_PRECISIONS),
	setting: z.string(),
	event: z.string().nullable(),
	kind: z.enum(KINDS),
	quote: z.string(),
	evidence: z.string(),
	language: z.string(),
	spokenLanguage: z.string().nullable(),
	translated: z.boolean(),
	translatedBy: z.enum(TRANSLATORS).nullable(),
	speakerIdentified: z.enum(IDENTIFICATIONS),
	added: z.string(),
	updated: z.string().nullable(),
	position: z.enum(POSITIONS),
	usRole: z.enum(US_ROLES),
	speechAct: z.enum(SPEECH_ACTS),
	elements: z.array(z.enum(ELEMENTS)),
	/** Derived from the four dimensions by the codebook's rule (src/lib/coding.ts), for v1 readers. */
	stance: z.enum(STANCES),
	topics: z.array(z.string()),
	context: z.string(),
	notes: z.string().nullable(),
	corrections: z.array(z.object({ date: z.string(), change: z.string(), reason: z.string() })),
	/** The primary source first, then the others by publication date. */
	sources: z.array(statementSourceSchema),
});

/** An article as the site keeps it (the `articles` collection); its statements are ids. */
export const articleSchema = reportSchema.extend({
	/** Ids of the statements this report carries, in the article's order. */
	statements: z.array(z.string()),
});

/** An event as the site keeps it (the `events` collection). */
export const eventEntrySchema = z.object({
	name: z.string(),
	kind: z.enum(EVENT_KINDS),
	start: z.string(),
	end: z.string().nullable(),
	place: z.string().nullable(),
	participants: z.array(z.string()),
	sources: z.array(z.string()),
	/** Ids of the statements made at it, oldest first. */
	statements: z.array(z.string()),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type EventEntry = z.infer<typeof eventEntrySchema>;
export type StatementRecord = z.infer<typeof statementRecordSchema>;
export type StatementReference = z.infer<typeof statementReferenceSchema>;
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type StatementSource = z.infer<typeof statementSourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Article = z.infer<typeof articleSchema>;
