/**
 * The content model's schemas, one source of truth: the loader validates with them, Astro's
 * collections are typed by them, and every TypeScript type of content is inferred from them.
 * Error messages are written for editors and read as predicates after the value
 * ("\"2025-13-01\" is not a date (YYYY-MM-DD)").
 */
import { z } from 'astro/zod';
import { DATE_PRECISIONS, isDay, isMonth } from '../dates.ts';

/** The stance rubric (PRODUCT.md): the position a statement takes on the U.S. providing guarantees. */
export const STANCES = ['commits', 'conditional', 'defers', 'rejects', 'demands', 'opposes', 'reports'] as const;
export type Stance = (typeof STANCES)[number];

/** Whether the words are the speaker's own or a reporter's account of them. */
export const KINDS = ['direct_quote', 'paraphrase'] as const;

/** Quotes longer than this are almost certainly a pasting accident, not a remark. */
export const MAX_QUOTE_LENGTH = 5000;

const text = z.string({ error: 'should be text' }).trim().min(1, { error: 'must not be empty' });

/** Lowercase words joined by hyphens: the form of every id and topic. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z
	.string({ error: 'should be text' })
	.regex(idPattern, { error: 'is not a valid id (lowercase letters, digits and single hyphens)' });

/**
 * A quote is data: it is never trimmed or altered. It must not be empty, must not carry
 * leading or trailing spaces (a sign of a bad paste), and has a sane maximum length.
 */
const quote = z
	.string({ error: 'should be text' })
	.max(MAX_QUOTE_LENGTH, { error: `is longer than ${MAX_QUOTE_LENGTH} characters; a quote is one remark, not an article` })
	.refine((s) => s.trim().length > 0, { error: 'must not be empty', abort: true })
	.refine((s) => s === s.trim(), { error: 'starts or ends with spaces or a line break' });

const day = z.string({ error: 'should be a date (YYYY-MM-DD)' }).refine(isDay, {
	error: 'is not a date (YYYY-MM-DD)',
});

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
);

/** A person who has spoken: `content/speakers/<id>.md`; the id is the file name. */
export const speakerSchema = z.strictObject({
	/** Full name as usually written in English. */
	name: text,
	/** Country or organisation the speaker speaks for ("United States", "NATO"). */
	country: text,
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
		kind: z.enum(KINDS, { error: `is not one of: ${KINDS.join(', ')}` }),
		/** The words exactly as this article published them, byte for byte. */
		quote,
		/** True when the speaker spoke another language and this is a translation. */
		translated: z.boolean({ error: 'should be true or false' }),
		stance: z.enum(STANCES, { error: `is not one of the stances: ${STANCES.join(', ')}` }),
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
	});

/** Another article's report of a statement recorded elsewhere: its id and its own wording. */
export const statementReferenceSchema = z.strictObject({
	id,
	/** This article's own wording, byte for byte, where it differs from the recorded quote. */
	quotedAs: quote.optional(),
	/** Optional cross-checks: if given, they must match the statement's record. */
	speaker: id.optional(),
	date: dayOrMonth.optional(),
	outlet: text.optional(),
	title: text.nullable().optional(),
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
	/** The date shown on the page (or in its URL), or null when neither shows one. */
	published: day.nullable().default(null),
	statements: z.array(z.looseObject({}), { error: 'should be a list of statements' }).min(1, {
		error: 'must list at least one statement',
	}),
});

/** One source of a statement, as shown on its page and in the data export. */
export const statementSourceSchema = z.object({
	/** Slug of the article file: its page is /sources/<slug>/. */
	article: z.string(),
	url: z.string(),
	outlet: z.string(),
	author: z.string().nullable(),
	published: z.string().nullable(),
	title: z.string().nullable(),
	titleNote: z.string().nullable(),
	/** This source's own wording where it differs from the recorded quote; null when it printed the recorded wording. */
	quotedAs: z.string().nullable(),
	/** True for the page the quote was copied from. */
	primary: z.boolean(),
});

/** A statement merged across every article that reports it: the `statements` collection. */
export const statementSchema = z.object({
	id: z.string(),
	speaker: z.string(),
	role: z.string(),
	date: z.string(),
	datePrecision: z.enum(DATE_PRECISIONS),
	setting: z.string(),
	kind: z.enum(KINDS),
	quote: z.string(),
	translated: z.boolean(),
	stance: z.enum(STANCES),
	topics: z.array(z.string()),
	context: z.string(),
	notes: z.string().nullable(),
	corrections: z.array(z.object({ date: z.string(), change: z.string(), reason: z.string() })),
	/** The primary source first, then the others by publication date. */
	sources: z.array(statementSourceSchema),
});

/** An article as the site keeps it (the `articles` collection); its statements are ids. */
export const articleSchema = z.object({
	url: z.string(),
	outlet: z.string(),
	title: z.string().nullable(),
	titleNote: z.string().nullable(),
	author: z.string().nullable(),
	published: z.string().nullable(),
	/** Ids of the statements this report carries, in the article's order. */
	statements: z.array(z.string()),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type StatementRecord = z.infer<typeof statementRecordSchema>;
export type StatementReference = z.infer<typeof statementReferenceSchema>;
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type StatementSource = z.infer<typeof statementSourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Article = z.infer<typeof articleSchema>;
