/**
 * The record as pages use it, read once per build from the content collections. Pages call
 * `getRecord()` and then the pure helpers in src/lib; no page queries collections itself.
 */
import { getCollection } from 'astro:content';
import { LANG } from '../edition.ts';
import { formatContentError } from '../lib/content/errors.ts';
import { redirectsIn } from '../lib/content/permalinks.ts';
import type { Article, EventEntry, Speaker, Statement } from '../lib/content/schemas.ts';
import { type EditionText, type EventText, loadTranslations, occasionMismatches, type Translations } from '../lib/content/translations.ts';
import { ContentInvalidError, contentDir } from '../loaders/content.ts';
import { compareStatements, neighbourIndex } from '../lib/statements.ts';
import { type SpeakerSummary, speakerSummaries } from '../lib/speakers.ts';
import { buildTimeline, type Timeline } from '../lib/timeline.ts';

export interface ArticleEntry {
	id: string;
	data: Article;
	/** Our summary of the article, as HTML rendered from its Markdown; null when it has none. */
	summary: string | null;
}

export interface Record {
	/** Oldest first. */
	statements: Statement[];
	statementById: Map<string, Statement>;
	speakers: Map<string, Speaker>;
	articles: Map<string, ArticleEntry>;
	/** Previous and next statement, in time and by the same speaker. */
	neighbours: ReturnType<typeof neighbourIndex>;
	/** How the timeline is split into `/` and the month archive pages. */
	timeline: Timeline;
	/** Every speaker with a statement, sorted by name: computed once for the five routes that list speakers. */
	speakerSummaries: SpeakerSummary[];
	/** Events, oldest first, each with the ids of the statements made at it. */
	events: Map<string, EventEntry>;
	/**
	 * This edition's words for what the English edition writes (src/edition.ts): statements,
	 * speakers' names and events come already translated where a translation exists; these
	 * say which did not, so pages can mark the English they show (`lang="en"`).
	 */
	edition: EditionText;
}

/** The English edition: the content's own words. */
const ENGLISH: EditionText = { untranslatedStatements: new Set(), untranslatedEvents: new Set(), country: (c) => c, topic: (t) => t, eventDescription: () => undefined, redirectReason: () => undefined };

/** Reads this edition's translations and checks them against the record; a problem stops the build, located. */
function readTranslations(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>, events: ReadonlyMap<string, EventEntry>): Translations {
	const { translations, errors } = loadTranslations(contentDir, LANG, {
		statements: new Set(statements.map((s) => s.id)),
		speakers: new Set(speakers.keys()),
		events: new Set(events.keys()),
		countries: new Set([...speakers.values()].map((s) => s.country)),
		topics: new Set(statements.flatMap((s) => s.topics)),
		redirects: new Set(redirectsIn(contentDir).map((r) => r.from)),
	});
	errors.push(...occasionMismatches(statements, translations.statements, `${contentDir}/translations/${LANG}/`));
	if (errors.length) {
		const error = new ContentInvalidError(`${errors.length} problem(s) in ${contentDir}/translations/${LANG}/:\n${errors.map(formatContentError).join('\n')}`);
		error.stack = error.message;
		throw error;
	}
	return translations;
}

/** The record in this edition's words: our texts replaced by their translations, quotes untouched. */
function inEdition(statements: Statement[], speakers: Map<string, Speaker>, events: Map<string, EventEntry>): { statements: Statement[]; speakers: Map<string, Speaker>; events: Map<string, EventEntry>; edition: EditionText } {
	if (LANG === 'en') return { statements, speakers, events, edition: ENGLISH };
	const tr = readTranslations(statements, speakers, events);
	const eventText = (id: string): EventText | undefined => tr.events.get(id);
	return {
		statements: statements.map((s) => {
			const t = tr.statements.get(s.id);
			if (!t) return s;
			const corrections = s.corrections.map((c, i) => ({ ...c, ...(t.corrections?.[i] ?? {}) }));
			return { ...s, role: t.role, setting: t.setting, context: t.context, notes: s.notes === null ? null : (t.notes ?? s.notes), corrections };
		}),
		speakers: new Map([...speakers].map(([id, sp]) => [id, { ...sp, name: tr.speakers.get(id) ?? sp.name }])),
		events: new Map([...events].map(([id, e]) => {
			const t = eventText(id);
			return [id, t ? { ...e, name: t.name, place: t.place, participants: t.participants } : e];
		})),
		edition: {
			untranslatedStatements: new Set(statements.filter((s) => !tr.statements.has(s.id)).map((s) => s.id)),
			untranslatedEvents: new Set([...events.keys()].filter((id) => !tr.events.has(id))),
			country: (c) => tr.countries.get(c) ?? c,
			topic: (id) => tr.topics.get(id)?.label ?? id,
			eventDescription: (id) => eventText(id)?.description,
			redirectReason: (from) => tr.redirects.get(from),
		},
	};
}

let cached: Promise<Record> | undefined;

export function getRecord(): Promise<Record> {
	cached ??= (async () => {
		const [statements, speakers, articles, events] = await Promise.all([getCollection('statements'), getCollection('speakers'), getCollection('articles'), getCollection('events')]);
		const edition = inEdition(
			statements.map((e) => e.data).sort(compareStatements),
			new Map(speakers.map((e) => [e.id, e.data])),
			new Map(events.sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)).map((e) => [e.id, e.data])),
		);
		const ordered = edition.statements;
		const speakerMap = edition.speakers;
		return {
			edition: edition.edition,
			statements: ordered,
			statementById: new Map(ordered.map((s) => [s.id, s])),
			neighbours: neighbourIndex(ordered),
			timeline: buildTimeline(ordered),
			speakers: speakerMap,
			speakerSummaries: speakerSummaries(ordered, speakerMap),
			events: edition.events,
			articles: new Map(articles.map((e) => [e.id, { id: e.id, data: e.data, summary: e.rendered?.html || null }])),
		};
	})();
	return cached;
}

/** One route per statement, with the statement as its prop (statement, embed and share-card pages). */
export async function statementPaths() {
	const { statements } = await getRecord();
	return statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }));
}
