/**
 * The editors' translations of our own texts for another edition (src/edition.ts), kept in
 * `content/translations/<lang>/`: a statement's role, setting, context, notes and corrections;
 * speakers' names; events' names, places, participants and descriptions; country and topic
 * names. Quotes are never here: an edition shows a report's own wording of a quote, or the
 * original words.
 *
 * A statement, speaker or event without a translation keeps its English text, which the pages
 * then mark as English (`lang="en"`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import YAML from 'yaml';
import { type ContentError, formatPath } from './errors.ts';
import { parseYamlFile } from './frontmatter.ts';
import type { Statement } from './schemas.ts';
import { occasionKey } from '../positions.ts';

const text = z.string({ error: 'should be text' }).trim().min(1, { error: 'is empty' });

const statementText = z.strictObject({
	id: text,
	role: text,
	setting: text,
	context: text,
	notes: text.nullable().optional(),
	corrections: z.array(z.strictObject({ change: text, reason: text })).optional(),
});
export type StatementText = z.infer<typeof statementText>;

const eventText = z.strictObject({ name: text, place: text.nullable(), participants: z.array(text), description: text });
export type EventText = z.infer<typeof eventText>;

const topicText = z.strictObject({ label: text, meaning: text });

export interface Translations {
	statements: Map<string, StatementText>;
	speakers: Map<string, string>;
	events: Map<string, EventText>;
	countries: Map<string, string>;
	topics: Map<string, z.infer<typeof topicText>>;
	/** Why a published address moved (content/redirects.yaml's `reason`), by the address it moved from. */
	redirects: Map<string, string>;
}

/** The ids the translations may name, so a translation of something not on record is caught. */
export interface KnownIds {
	statements: ReadonlySet<string>;
	speakers: ReadonlySet<string>;
	events: ReadonlySet<string>;
	countries: ReadonlySet<string>;
	topics: ReadonlySet<string>;
	/** The moved addresses of content/redirects.yaml (`from`). */
	redirects: ReadonlySet<string>;
}

const FILES = { speakers: 'speakers.yaml', events: 'events.yaml', countries: 'countries.yaml', topics: 'topics.yaml', redirects: 'redirects.yaml' } as const;
/** Statements come in as many files as the translators like: statements-1.yaml, statements-2.yaml… */
const STATEMENT_FILES = /^statements(-[\w-]+)?\.yaml$/;

/** Reads and checks `content/translations/<lang>/`; every problem is returned, located by file and field. */
export function loadTranslations(contentDir: string, lang: string, known: KnownIds): { translations: Translations; errors: ContentError[] } {
	const dir = join(contentDir, 'translations', lang);
	const errors: ContentError[] = [];
	const translations: Translations = { statements: new Map(), speakers: new Map(), events: new Map(), countries: new Map(), topics: new Map(), redirects: new Map() };
	if (!existsSync(dir)) return { translations, errors };

	const read = (name: string): unknown => {
		const file = join(dir, name);
		if (!existsSync(file)) return undefined;
		// Read as the articles' front matter is: the message gives the line and, for a quoting
		// mistake, how to fix it.
		const parsed = parseYamlFile(readFileSync(file, 'utf8'));
		if (parsed.ok) return parsed.value;
		errors.push({ file, path: `line ${parsed.line}`, message: `is not valid YAML: ${parsed.message}` });
		return undefined;
	};
	const check = <T>(file: string, path: (string | number)[], schema: z.ZodType<T>, value: unknown): T | undefined => {
		const parsed = schema.safeParse(value);
		if (parsed.success) return parsed.data;
		for (const issue of parsed.error.issues) errors.push({ file: join(dir, file), path: formatPath([...path, ...issue.path]), message: issue.message });
		return undefined;
	};
	const unknownId = (file: string, path: string, id: string, what: string) => errors.push({ file: join(dir, file), path, message: `"${id}" is not ${what} on record` });

	for (const name of readdirSync(dir).filter((f) => STATEMENT_FILES.test(f)).sort()) {
		const rows = check(name, [], z.array(z.unknown(), { error: 'should be a list of statements' }), read(name) ?? []) ?? [];
		rows.forEach((row, i) => {
			const entry = check(name, [i], statementText, row);
			if (!entry) return;
			if (!known.statements.has(entry.id)) unknownId(name, `[${i}].id`, entry.id, 'a statement');
			else if (translations.statements.has(entry.id)) errors.push({ file: join(dir, name), path: `[${i}].id`, message: `"${entry.id}" is translated twice` });
			else translations.statements.set(entry.id, entry);
		});
	}
	// A country may be listed (content/countries.yaml) before any speaker of it is on record.
	const listed = existsSync(join(contentDir, 'countries.yaml')) ? Object.keys((YAML.parse(readFileSync(join(contentDir, 'countries.yaml'), 'utf8')) as object | null) ?? {}) : [];
	const maps = [
		['speakers', text, known.speakers, 'a speaker'],
		['events', eventText, known.events, 'an event'],
		['countries', text, new Set([...known.countries, ...listed]), 'a country or organisation'],
		['topics', topicText, known.topics, 'a topic'],
		['redirects', text, known.redirects, 'a moved address'],
	] as const;
	for (const [kind, schema, ids, what] of maps) {
		const name = FILES[kind];
		const map = check(name, [], z.record(z.string(), z.unknown(), { error: 'should be a map from id to its translation' }), read(name) ?? {}) ?? {};
		for (const [id, value] of Object.entries(map)) {
			const entry = check(name, [id], schema as z.ZodType<unknown>, value);
			if (entry === undefined) continue;
			if (!ids.has(id)) unknownId(name, id, id, what);
			else (translations[kind] as Map<string, unknown>).set(id, entry);
		}
	}
	return { translations, errors };
}

/** What deciding an occasion needs of a statement (src/lib/positions.ts, occasionKey). */
type OccasionFields = Pick<Statement, 'id' | 'speaker' | 'date' | 'setting' | 'event'>;

/**
 * Statements one speaker made on one occasion in English (same date and setting, no event)
 * must stay one occasion in translation, and separate occasions separate: shifts and "said on
 * the same occasion" are counted by occasion, and both editions must count alike (two
 * wordings of one setting once gave a speaker a page of shifts in /uk/ only).
 */
export function occasionMismatches(statements: readonly OccasionFields[], translated: ReadonlyMap<string, Pick<StatementText, 'setting'>>, dir: string): ContentError[] {
	const bySpeakerDay = new Map<string, OccasionFields[]>();
	for (const s of statements) {
		if (s.event) continue;
		const key = `${s.speaker}|${s.date}`;
		const list = bySpeakerDay.get(key);
		if (list) list.push(s);
		else bySpeakerDay.set(key, [s]);
	}
	const inTranslation = (s: OccasionFields) => occasionKey({ ...s, setting: translated.get(s.id)?.setting ?? s.setting });
	const errors: ContentError[] = [];
	for (const list of bySpeakerDay.values()) {
		list.forEach((b, j) => {
			// One message per statement: against the first earlier statement it disagrees with.
			const a = list.slice(0, j).find((a) => (occasionKey(a) === occasionKey(b)) !== (inTranslation(a) === inTranslation(b)));
			if (!a) return;
			const message =
				occasionKey(a) === occasionKey(b)
					? `is translated otherwise than ${a.id}'s, but in English both are one occasion ("${b.setting}"): give both the same translation`
					: `is translated like ${a.id}'s ("${translated.get(b.id)?.setting ?? b.setting}"), but in English they are two occasions ("${a.setting}", "${b.setting}"): translate them apart, or give both one English setting`;
			errors.push({ file: dir, path: `statements[id=${b.id}].setting`, message });
		});
	}
	return errors;
}

export interface EditionText {
	/** Ids of statements whose role, setting, context and notes are still in English. */
	untranslatedStatements: ReadonlySet<string>;
	/** Ids of events whose description is still in English. */
	untranslatedEvents: ReadonlySet<string>;
	/** A country or organisation in this edition's words (the English name where none is given). */
	country: (name: string) => string;
	/** A topic's label in this edition's words (the id where none is given). */
	topic: (id: string) => string;
	/** An event's description as the editors translated it; undefined in English (the event's own text is rendered). */
	eventDescription: (id: string) => string | undefined;
	/** Why an address moved, in this edition's words; undefined where the English reason is shown (marked as English). */
	redirectReason: (from: string) => string | undefined;
}
