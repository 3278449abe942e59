/**
 * Feeds of statements, newest first: Atom (RFC 4287) and JSON Feed 1.1. Entry ids are URNs
 * built from the statement id, so they never change even if the site moves.
 */
import { LANG } from '../edition.ts';
import type { Speaker, Statement } from './content/schemas.ts';
import { formatStatementDate } from './dates.ts';
import { newestFirst } from './statements.ts';
import { editionQuote, otherWordingsLine, quoteLabels, sourceLine } from './statement-view.ts';
import { changeDays } from './changes.ts';
import { ROUTES, statementPath } from './routes.ts';

export interface FeedInput {
	/** Title of the feed. */
	title: string;
	/** The page the feed describes, e.g. / or /speakers/<id>/. */
	pagePath: string;
	/** The feed's own address, e.g. /feed.xml. */
	feedPath: string;
	statements: readonly Statement[];
	speakers: ReadonlyMap<string, Speaker>;
	site: URL | string;
}

/**
 * The newest statements a feed carries. Feed readers poll often and want what is new; the
 * whole record is the download on /data/. Without a cap the site feed was 5.7 MB at 5,000
 * statements.
 */
export const FEED_LIMIT = 100;

/** The stable id of a statement in every feed. */
export function entryId(statementId: string): string {
	return `urn:guarantee-watch:statement:${statementId}`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A statement's date as an instant (midnight UTC of its day, or of the 1st of its month). */
function instant(date: string): string {
	return `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
}

/** The feeds' own words, by edition (src/edition.ts). */
const WORDS = {
	en: {
		stance: (stance: string) => `Stance: ${stance}`,
		source: 'Source',
		permanentPage: 'Permanent page',
		subtitle: 'Statements on U.S. security guarantees for Ukraine, quoted exactly, newest first.',
		correctionTo: (title: string) => `Correction to ${title}`,
		why: 'Why',
		added: (title: string) => `Added: ${title}`,
		corrections: 'Guarantee Watch: corrections',
		changes: 'Guarantee Watch: what changed',
	},
	uk: {
		stance: (stance: string) => `Позиція (v1): ${stance}`,
		source: 'Джерело',
		permanentPage: 'Постійна сторінка',
		subtitle: 'Заяви про гарантії безпеки США для України, точні цитати, спершу найновіші.',
		correctionTo: (title: string) => `Виправлення: ${title}`,
		why: 'Причина',
		added: (title: string) => `Додано: ${title}`,
		corrections: 'Guarantee Watch: виправлення',
		changes: 'Guarantee Watch: що змінилося',
	},
}[LANG];

function entryTitle(s: Statement, speakers: ReadonlyMap<string, Speaker>): string {
	return `${speakers.get(s.speaker)?.name ?? s.speaker}, ${formatStatementDate(s.date, s.datePrecision)} (${s.stance})`;
}

/** Plain-text body: the quote exactly, then who, when, where. */
function entryText(s: Statement, speakers: ReadonlyMap<string, Speaker>, url: string): string {
	const speaker = speakers.get(s.speaker);
	const shown = editionQuote(s);
	const others = otherWordingsLine(s);
	return [
		shown.text,
		'',
		`${speaker?.name ?? s.speaker} (${s.role}), ${formatStatementDate(s.date, s.datePrecision)}, ${s.setting}.`,
		`${WORDS.stance(s.stance)}.${(shown.recorded ? quoteLabels(s) : []).map((l) => ` ${l.text}.`).join('')}${others ? ` ${others}.` : ''}`,
		`${WORDS.source}: ${sourceLine(shown.source)}, ${shown.source.url}`,
		`${WORDS.permanentPage}: ${url}`,
	].join('\n');
}

/** An Atom feed around its entries: one envelope for every feed of the site. */
function atomEnvelope(o: { title: string; subtitle?: string; self: string; alternate: string; updated: string; entries: string[] }): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANG}">`,
		`  <id>${escapeXml(o.self)}</id>`,
		`  <title>${escapeXml(o.title)}</title>`,
		...(o.subtitle ? [`  <subtitle>${escapeXml(o.subtitle)}</subtitle>`] : []),
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(o.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(o.alternate)}"/>`,
		`  <updated>${o.updated}</updated>`,
		'  <author><name>Guarantee Watch</name></author>',
		...o.entries,
		'</feed>',
		'',
	].join('\n');
}

/** A plain-text entry linking a statement page: corrections and changes. */
function textEntry(id: string, title: string, url: string, date: string, text: string): string {
	return [
		'  <entry>',
		`    <id>${escapeXml(id)}</id>`,
		`    <title>${escapeXml(title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
		`    <updated>${date}T00:00:00Z</updated>`,
		`    <content type="text">${escapeXml(text)}</content>`,
		'  </entry>',
	].join('\n');
}

export function atomFeed({ title, pagePath, feedPath, statements, speakers, site }: FeedInput): string {
	const list = newestFirst(statements).slice(0, FEED_LIMIT);
	const updated = list[0] ? instant(list[0].date) : '2025-01-01T00:00:00Z';
	const entries = list.map((s) => {
		const url = new URL(statementPath(s.id), site).href;
		return [
			'  <entry>',
			`    <id>${entryId(s.id)}</id>`,
			`    <title>${escapeXml(entryTitle(s, speakers))}</title>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
			`    <published>${instant(s.date)}</published>`,
			`    <updated>${instant(s.date)}</updated>`,
			`    <author><name>${escapeXml(speakers.get(s.speaker)?.name ?? s.speaker)}</name></author>`,
			`    <category term="${s.stance}" label="Stance: ${s.stance}"/>`,
			`    <content type="text">${escapeXml(entryText(s, speakers, url))}</content>`,
			'  </entry>',
		].join('\n');
	});
	return atomEnvelope({
		title,
		subtitle: WORDS.subtitle,
		self: new URL(feedPath, site).href,
		alternate: new URL(pagePath, site).href,
		updated,
		entries,
	});
}

export function jsonFeed({ title, pagePath, feedPath, statements, speakers, site }: FeedInput): string {
	const items = newestFirst(statements).slice(0, FEED_LIMIT).map((s) => {
		const url = new URL(statementPath(s.id), site).href;
		return {
			id: entryId(s.id),
			url,
			title: entryTitle(s, speakers),
			content_text: entryText(s, speakers, url),
			date_published: instant(s.date),
			authors: [{ name: speakers.get(s.speaker)?.name ?? s.speaker }],
			tags: [s.stance, ...s.topics],
			external_url: s.sources[0]?.url,
		};
	});
	return `${JSON.stringify(
		{
			version: 'https://jsonfeed.org/version/1.1',
			title,
			home_page_url: new URL(pagePath, site).href,
			feed_url: new URL(feedPath, site).href,
			language: LANG,
			items,
		},
		null,
		2,
	)}\n`;
}

export interface CorrectionEntry {
	statement: Statement;
	date: string;
	change: string;
	reason: string;
}

/** Every correction in the record, newest first (then by statement id). */
export function allCorrections(statements: readonly Statement[]): CorrectionEntry[] {
	return statements
		.flatMap((statement) => statement.corrections.map((c) => ({ statement, ...c })))
		.sort((a, b) => b.date.localeCompare(a.date) || a.statement.id.localeCompare(b.statement.id));
}

/** One entry of a feed about statements: a correction, an addition. */
interface NoticeItem {
	id: string;
	date: string;
	title: string;
	text: string;
	statement: Statement;
}

/** A feed of notices about statements, newest first; each entry links its statement's page. */
function noticesFeed(title: string, feedPath: string, pagePath: string, items: readonly NoticeItem[], site: URL | string): string {
	const entries = items.map((item) => {
		const url = new URL(statementPath(item.statement.id), site).href;
		return textEntry(item.id, item.title, url, item.date, `${item.text}\nStatement: ${url}`);
	});
	return atomEnvelope({
		title,
		self: new URL(feedPath, site).href,
		alternate: new URL(pagePath, site).href,
		updated: items[0] ? `${items[0].date}T00:00:00Z` : '2025-01-01T00:00:00Z',
		entries,
	});
}

/** Atom feed of corrections; an entry's id is the statement and the correction's date and position. */
export function correctionsFeed(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>, site: URL | string): string {
	const items = allCorrections(statements).map((c) => {
		const n = c.statement.corrections.findIndex((x) => x.date === c.date && x.change === c.change);
		return { id: `urn:guarantee-watch:correction:${c.statement.id}:${c.date}:${n + 1}`, date: c.date, title: WORDS.correctionTo(entryTitle(c.statement, speakers)), text: `${c.change}\n${WORDS.why}: ${c.reason}`, statement: c.statement };
	});
	return noticesFeed(WORDS.corrections, ROUTES.correctionsFeed, ROUTES.corrections, items, site);
}

/**
 * Atom feed of what changed: one entry per statement added and per correction, newest first,
 * the newest FEED_LIMIT of each. Dates are the record's own (`added`, corrections), never the build's.
 */
export function changesFeed(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>, site: URL | string): string {
	const days = changeDays(statements);
	// The newest FEED_LIMIT corrections and the newest FEED_LIMIT additions, each counted apart:
	// one day's import of more than FEED_LIMIT statements pushed every correction out of the feed.
	const corrections = days
		.flatMap((d) => d.corrected.map((c) => ({ id: `urn:guarantee-watch:correction:${c.statement.id}:${c.date}`, date: c.date, title: WORDS.correctionTo(entryTitle(c.statement, speakers)), text: `${c.change}\n${WORDS.why}: ${c.reason}`, statement: c.statement })))
		.slice(0, FEED_LIMIT);
	const additions = days.flatMap((d) => d.added.map((s) => ({ id: `urn:guarantee-watch:added:${s.id}`, date: d.date, title: WORDS.added(entryTitle(s, speakers)), text: editionQuote(s).text, statement: s }))).slice(0, FEED_LIMIT);
	// Newest day first; on one day, corrections before additions (the sort is stable).
	const items = [...corrections, ...additions].sort((a, b) => b.date.localeCompare(a.date));
	return noticesFeed(WORDS.changes, ROUTES.changesFeed, ROUTES.changes, items, site);
}
