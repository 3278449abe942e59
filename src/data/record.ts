/**
 * The record as pages use it, read once per build from the content collections. Pages call
 * `getRecord()` and then the pure helpers in src/lib; no page queries collections itself.
 */
import { getCollection } from 'astro:content';
import type { Article, EventEntry, Speaker, Statement } from '../lib/content/schemas.ts';
import { compareStatements, neighbourIndex } from '../lib/statements.ts';
import { type SpeakerSummary, speakerSummaries } from '../lib/speakers.ts';
import { buildTimeline, type Timeline } from '../lib/timeline.ts';

export interface ArticleEntry {
	id: string;
	data: Article;
	/** True when the article has a summary of ours to render. */
	hasSummary: boolean;
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
}

let cached: Promise<Record> | undefined;

export function getRecord(): Promise<Record> {
	cached ??= (async () => {
		const [statements, speakers, articles, events] = await Promise.all([getCollection('statements'), getCollection('speakers'), getCollection('articles'), getCollection('events')]);
		const ordered = statements.map((e) => e.data).sort(compareStatements);
		const speakerMap = new Map(speakers.map((e) => [e.id, e.data]));
		return {
			statements: ordered,
			statementById: new Map(ordered.map((s) => [s.id, s])),
			neighbours: neighbourIndex(ordered),
			timeline: buildTimeline(ordered),
			speakers: speakerMap,
			speakerSummaries: speakerSummaries(ordered, speakerMap),
			events: new Map(events.sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)).map((e) => [e.id, e.data])),
			articles: new Map(articles.map((e) => [e.id, { id: e.id, data: e.data, hasSummary: Boolean(e.rendered?.html) }])),
		};
	})();
	return cached;
}

/** One route per statement, with the statement as its prop (statement, embed and share-card pages). */
export async function statementPaths() {
	const { statements } = await getRecord();
	return statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }));
}
