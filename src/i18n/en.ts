/**
 * Every word of the interface, in English: what pages, layouts and components write around
 * the record (headings, labels, navigation, buttons, notices, empty states, pagination, the
 * messages of the browser scripts). Content (quotes, names, roles, settings, outlets, the
 * codebook) is not here: it comes from content/ as it is.
 *
 * Conventions, so another language can have the same shape (`Dictionary` in ./index.ts):
 * - A text with a number or a name in it is a function, so a language can order its words
 *   and form its plurals as it needs.
 * - A text with markup or a link inside it is one message for `<Rich>`
 *   (src/components/Rich.astro): `<name>…</name>` is a link the page supplies, `{name}` an
 *   element the page supplies (a date, a link to a statement), `<strong>`, `<code>`, `<kbd>`,
 *   `<mark>` are written as they stand. Such messages are HTML: write `&lt;` for `<`. Plain
 *   texts (everything else) are text, escaped where they are shown.
 * - Groups follow the page or component that shows them. The groups the browser scripts use
 *   (`common`, `copyLink`, `search`, `compare`) are files of their own in ./en/, part of `en`
 *   all the same: each script imports only its file, so a page downloads only those words, no
 *   two scripts share a chunk, and the copy button's script stays inline in the page.
 */

import { common, plural, statementCard } from './en/common.ts';
import { compare } from './en/compare.ts';
import { copyLink } from './en/copy-link.ts';
import { whatsNew } from './en/whats-new.ts';
import { takeAway } from './en/take-away.ts';
import { search } from './en/search.ts';

const { statements, corrections } = common;

export const layout = {
	/** The site's one-line description: the home page's heading and title. */
	tagline: 'What leaders have said about U.S. security guarantees for Ukraine',
	homeTitle: (site: string, tagline: string) => `${site}: ${tagline}`,
	pageTitle: (title: string, site: string) => `${title} · ${site}`,
	feedAtom: (site: string) => `${site}: all statements (Atom)`,
	feedJson: (site: string) => `${site}: all statements (JSON Feed)`,
	skipLink: 'Skip to content',
	previewNotice: (origin: string) => `Preview build: the addresses on this page point to ${origin} and are not permanent links. Cite the published site instead.`,
	mainNav: 'Main',
	/** On a phone the sections fold into this menu. */
	menu: 'Menu',
	menuNav: 'Main (menu)',
};

export const nav = {
	timeline: 'Timeline',
	positions: 'Positions',
	speakers: 'Speakers',
	events: 'Events',
	sources: 'Sources',
	method: 'Method',
	data: 'Data',
	/** Breadcrumbs: the timeline's archive, and the page one is on. */
	archive: 'Archive',
	thisEvent: 'this event',
	thisReport: 'this report',
	thisStatement: 'this statement on the timeline',
};

export const footer = {
	about: (site: string) => `${site} keeps the public record of what leaders have said about U.S. security guarantees for Ukraine. Every quote is copied exactly from the report named beside it.`,
	howWeWork: 'How we work',
	corrections: 'Corrections',
	changes: 'What changed',
	data: 'Download the data',
};

export const feeds = {
	all: (site: string) => `${site}: all statements`,
	bySpeaker: (site: string, name: string) => `${site}: statements by ${name}`,
};


export const siteSearch = {
	label: 'Site',
	box: 'Search quotes',
	submit: 'Search',
	/** On a phone, where the header has no room for the box: the link to the search page. */
	link: 'Search',
};


export const cite = {
	heading: 'Cite this statement',
	note: 'Each citation names the primary report and this page’s permanent address; the access date is the date this copy of the record was built.',
	copy: (format: string) => `Copy ${format}`,
	copied: (format: string) => `${format} citation copied.`,
};

export const archiveNav = {
	label: 'Timeline archive',
	/** A month in the record's span with no statement on record. */
	empty: (month: string) => `${month}: no statement on record`,
};

export const chart = {
	strip: (name: string, n: number) => `${name}: ${statements(n)} over time`,
	caption: (name: string, dimension: 'usRole' | 'position', withEvents: boolean) =>
		`${name}: ${dimension === 'usRole' ? 'the U.S. role' : 'the position'} of each statement over time, one mark per statement, each a link to it. A bar marks a date known only approximately or to the month.${withEvents ? ' Numbered lines are the events below.' : ''}`,
	eventLegend: (name: string) => `Events ${name} spoke at, numbered as on the chart`,
};

export const shiftList = {
	noChange: (name: string) => `${name}’s position and the U.S. role in their words did not change from one occasion to another on record.`,
	onlyOne: 'Only one statement on record, so no shift can be seen yet.',
	after: (days: number) => (days < 1 ? 'the same day' : days === 1 ? '1 day later' : days < 60 ? `${days} days later` : `${Math.round(days / 30.4)} months later`),
	compare: 'compare side by side',
	latest: (shown: number, all: number) => `The latest ${shown} of ${all} shifts.`,
	all: (n: number, name: string) => `All ${n} shifts by ${name}`,
	sameOccasion: (n: number) => `Said on the same occasion (${n}): not counted as shifts`,
	/** Two statements of one occasion: `{from}` and `{to}` are links to them. */
	pair: '{from} and {to}',
};

export const sourceList = {
	relation: (relation: 'citing' | 'rewrite' | 'copy', outlet: string) =>
		`(${relation === 'citing' ? 'as reported by' : relation === 'rewrite' ? 'retold by' : 'read in a copy on'} ${outlet})`,
	primary: 'Quote copied from this report',
	noHeadline: ' (the stored page shows no headline)',
	titleNote: (note: string) => ` (title ${note})`,
	by: (author: string) => `By ${author}`,
	noAuthor: 'Author not shown',
	/** `{date}`: the date the page shows. */
	published: 'Published {date}',
	noDate: 'The page shows no publication date',
	copyDated: ' (copy dated {date})',
	aboutReport: 'About this report',
	/** `{kind}`: the kind of wording, in lower case. */
	ownWording: 'This report’s own wording, {kind} (<mark>marked</mark> words differ from the quote above):',
	asRecorded: 'Prints the quote as recorded above.',
	evidence: 'As printed in this report',
};



export const notFound = {
	title: 'Page not found',
	description: (site: string) => `This address is not part of ${site}.`,
	body: 'No page lives at this address. Addresses of statements never change once published, so if you followed a link from elsewhere, the link may have been mistyped.',
	timeline: 'The timeline of all statements',
};

export const moved = {
	title: 'This page has moved',
	description: (to: string) => `This address moved to ${to}.`,
	/** `{link}`: the new address; `{reason}`: why it moved. */
	body: 'Its content now lives at {link} ({reason}).',
};

export const home = {
	title: 'Timeline',
	description: (n: number, speakers: number) => `${n} statements by ${speakers} leaders on U.S. security guarantees for Ukraine, each quoted exactly and linked to the reports that carried it.`,
	lede: (n: number, speakers: number, span: [string, string] | null) =>
		`${n} statements by ${speakers} speakers${span ? `, ${span[0]} to ${span[1]}` : ''}, each quoted exactly from the report named beside it.`,
	/** `{date}`: the day. A sentence of its own, after the count of statements shown. */
	reviewed: ' Last reviewed {date} (<freshness>the latest day a statement was added, changed or corrected</freshness>).',
	whatsNew: (added: number, corrected: number) =>
		`<strong>New</strong> in the 30 days to {date}: ${plural(added, 'statement', 'statements')} added, ${corrections(corrected)}. <changes>What changed</changes>`,
	coding: 'Each statement is coded for the position it takes and the U.S. role it gives, by <coding>a codebook two independent coders agree on</coding>, and placed at <events>the event</events> it was said at. See <positions>how positions moved</positions> for every speaker on one time axis.',
	all: (n: number) => `All ${n} statements, newest first.`,
	latest: (n: number) => `The latest ${n} statements, newest first; every earlier one is in <archive>the archive by month</archive>.`,
	goToMonth: 'Go to a month',
	allOfMonth: (n: number, month: string) => `All ${n} statements of ${month}`,
	earlier: (month: string) => `Earlier: ${month}`,
	allMonths: 'All months',
	recentEvents: 'Recent events',
	eventLine: (n: number) => statements(n),
	allEvents: 'All events',
};

export const timeline = {
	title: 'Timeline archive',
	description: (n: number) => `All ${n} statements on U.S. security guarantees for Ukraine, by year and month.`,
	lede: (n: number) => `All ${n} statements on record, by the month they were made. A statement known only to the month is listed in that month; an approximate one, in the month of the date recorded for it.`,
	yearTitle: (year: string) => `Timeline: ${year}`,
	yearDescription: (n: number, year: string) => `${n} statements on U.S. security guarantees for Ukraine made in ${year}, by month.`,
	yearLede: (n: number, year: string, months: number) => `${statements(n)} made in ${year}, in ${plural(months, 'month', 'months')}. Choose a month.`,
	monthTitle: (label: string) => `Timeline: ${label}`,
	monthDescription: (month: string, page: number, pages: number) =>
		`Statements on U.S. security guarantees for Ukraine made in ${month}${pages > 1 ? `, page ${page} of ${pages}` : ''}, newest first, each quoted exactly.`,
	/** `shown`: the first and last number on this page, when the month has several. */
	monthLede: (n: number, month: string, shown: [number, number] | null) =>
		`${statements(n)} made in ${month}${shown ? `; this page shows numbers ${shown[0]} to ${shown[1]}` : ''}, newest first.`,
	pager: 'Newer and older',
	newer: (label: string) => `Newer: ${label}`,
	older: (label: string) => `Older: ${label}`,
	pagesOf: (month: string) => `Pages of ${month}`,
	otherMonths: 'Other months',
};

export const events = {
	title: 'Events',
	description: 'The summits, meetings, interviews and negotiation rounds at which the statements on record were made, newest first.',
	lede: (withEvent: number, all: number, events: number) =>
		`The occasions the statements were made at: summits, meetings, interviews, documents and negotiation rounds, newest first. ${withEvent} of ${all} statements belong to one of these ${events} events; the others were made on their own.`,
	count: (n: number) => (n === 0 ? 'no statement on record yet' : statements(n)),
	eventDescription: (name: string, when: string, n: number) => `${name}, ${when}: what happened and the ${n} statement(s) on U.S. security guarantees for Ukraine made there.`,
	when: 'When',
	where: 'Where',
	participants: 'Who took part',
	summary: 'What happened',
	madeThere: (n: number) => `Statements made there (${n})`,
	none: 'No statement made at this event is on record yet.',
	reports: 'Reports describing the event',
	/** An event's statements on numbered pages (more than fit on one). */
	pageTitle: (name: string, page: number, pages: number) => `${name}: statements, page ${page} of ${pages}`,
	pageLede: (from: number, to: number, n: number) => `Statements ${from} to ${to} of ${n}, in the order they were made.`,
	pagesLabel: (name: string) => `${name}: pages of statements`,
	earlier: (page: number) => `Earlier: page ${page}`,
	later: (page: number) => `Later: page ${page}`,
};

export const sources = {
	title: 'Sources',
	description: (n: number) => `The ${n} news reports the record is built from, each with the statements it carries.`,
	lede: (n: number) => `${n} news reports, newest first. Reports whose page shows no publication date are listed last.`,
	/** A page of the list after the first. */
	pageTitle: (page: number, pages: number) => `Sources, page ${page} of ${pages}`,
	pageLede: (from: number, to: number, n: number) => `Reports ${from} to ${to} of ${n}, newest first.`,
	pagesLabel: 'Pages of the list of news reports',
	newer: (page: number) => `Newer: page ${page}`,
	older: (page: number) => `Older: page ${page}`,
	dateNotShown: 'date not shown',
	reportDescription: (outlet: string, published: string | null, n: number) => `A news report by ${outlet}${published ? `, ${published}` : ''}, and the ${n} statement(s) it carries.`,
	noHeadline: 'The stored copy of this page shows no headline, so none is given here.',
	outlet: 'Outlet',
	original: 'Original report',
	originalTitle: (title: string) => `, “${title}”`,
	originalBy: (author: string) => `, by ${author}`,
	originalAddress: 'original address',
	relation: (relation: 'citing' | 'rewrite' | 'copy'): string =>
		relation === 'citing' ? 'This page reports what the original published.' : relation === 'rewrite' ? 'This page retells the original report with its quotes.' : 'This page is a copy of the original report.',
	author: 'Author',
	notShown: 'Not shown',
	published: 'Published',
	noDate: 'Date not shown on the page',
	titleNote: 'Title',
	address: 'Address',
	summary: 'Our summary',
	carried: (n: number) => `Statements in this report (${n})`,
};

export const speakers = {
	title: 'Speakers',
	description: (n: number) => `The ${n} people whose statements on U.S. security guarantees for Ukraine are on record, by country or organisation.`,
	lede: (n: number) => `${n} people, grouped by the country or organisation they speak for.`,
	/** The dates of a speaker's first and (when there are several) last statement. */
	span: (n: number, first: string, last: string | null) => `${statements(n)}, ${first}${last ? ` to ${last}` : ''}`,
};

export const speaker = {
	description: (n: number, name: string, country: string) => `${statements(n)} by ${name} (${country}) on U.S. security guarantees for Ukraine, in date order.`,
	feed: (name: string) => `Statements by ${name} (Atom)`,
	onRecord: (n: number, first: string, last: string | null) => `${statements(n)} on record, ${first}${last ? ` to ${last}` : ''}, oldest first.`,
	follow: (name: string) => `Follow ${name}’s statements (Atom feed)`,
	chart: (dimension: 'usRole' | 'position'): string => (dimension === 'usRole' ? 'The U.S. role in their words, over time' : 'Position over time'),
	asTable: 'The same, as a table',
	tableCaption: (name: string) => `${name}’s statements in date order with their codes`,
	date: 'Date',
	position: 'Position',
	usRole: 'U.S. role',
	setting: 'Setting',
	/** `<pages>`: the link to the first list page. */
	listed: (pages: number) => `The same statements, with their stances as words, are listed in date order on <pages>${pages} pages</pages> (see below).`,
	shifts: 'Shifts',
	stancesCounted: 'Stances, counted',
	stancesCaption: (name: string) => `Number of statements by ${name} per stance`,
	stance: 'Stance',
	statements: 'Statements',
	allPages: (n: number, perPage: number) => `All ${n} statements, oldest first, ${perPage} to a page:`,
	latest: (n: number) => `The latest ${n}, newest first`,
	// The numbered list pages.
	listTitle: (name: string, page: number, pages: number) => `${name}: statements, page ${page} of ${pages}`,
	listDescription: (name: string, range: string) => `Statements by ${name} on U.S. security guarantees for Ukraine, ${range}, oldest first.`,
	listLede: (n: number, range: string) => `${n} statements, ${range}, oldest first.`,
	listPages: (name: string) => `Pages of ${name}’s statements`,
	earlier: (page: number) => `Earlier: page ${page}`,
	later: (page: number) => `Later: page ${page}`,
	// The pages of all shifts.
	shiftsTitle: (name: string, page: number, pages: number) => `${name}: every shift${pages > 1 ? `, page ${page} of ${pages}` : ''}`,
	shiftsDescription: (name: string) => `Every change of position or U.S. role from one occasion to the next by ${name} on U.S. security guarantees for Ukraine.`,
	shiftsLede: (n: number) => `${n} changes of position or of the U.S. role between two occasions, oldest first, with both statements quoted. <shifts>How shifts are counted</shifts>.`,
	shiftsPages: (name: string) => `Pages of ${name}’s shifts`,
};

export const correctionsPage = {
	title: 'Corrections',
	description: 'Every correction made to the record, newest first: what changed, why, and when.',
	feed: (site: string) => `${site}: corrections (Atom)`,
	lede: 'When we find a mistake — a quote that differs from its report, a wrong date, a miscoded stance — we fix the statement on its own page, keep its address, and log the correction here and on that page. <feed>Follow corrections (Atom feed)</feed>.',
	none: 'No corrections have been made to the record yet.',
	report: 'Report an error',
	reportHere: 'Found a quote that differs from its report, a wrong date or a miscoded statement? <report>Report it here</report>: give the statement’s address and what the report shows. Every report is read and answered; a confirmed error is corrected and listed on this page.',
	noReportAddress: 'This copy of the site has no reporting address configured. Please report an error to the publisher of the copy you are reading, with the statement’s address and what the report shows.',
	how: 'How corrections are made',
};

export const changes = {
	title: 'What changed',
	description: 'Statements added to the record and corrections made, day by day, newest first.',
	feed: (site: string) => `${site}: what changed (Atom)`,
	lede: 'Every statement added to the record and every correction made, by the day it happened, newest first. These dates are written in the record itself. <feed>Follow the changes (Atom feed)</feed>.',
	corrections,
	added: (n: number) => `${statements(n)} added`,
	/** A large day's additions, listed by speaker. */
	addedBy: (name: string, n: number) => `${name}: ${statements(n)}`,
};

export const embed = {
	preview: 'Preview build: this card’s links are not permanent.',
	full: (site: string) => `Full record on ${site}`,
};

export const statement = {
	title: (name: string, date: string, quote: string) => `${name}, ${date}: “${quote}”`,
	/** A quote cut short for the title. */
	cut: (start: string) => `${start}…`,
	description: (name: string, role: string, date: string, setting: string, stance: string, reports: number) =>
		`${name} (${role}), ${date}, ${setting}. Stance: ${stance}. Quoted exactly from ${plural(reports, 'report', 'reports')}.`,
	imageAlt: (name: string, date: string, quote: string) => `${name}, ${date}: ${quote}`,
	embedTitle: (name: string, date: string, site: string) => `${name}, ${date}: statement on ${site}`,
	/** `{date}`: the statement's date. */
	on: 'on {date}',
	original: (language: string, outlet: string) => `In the original ${language}, as ${outlet} printed it:`,
	directQuote: 'Direct quote',
	/** Another edition's lead wording: which report printed it, and what kind of wording it is. */
	editionWording: (outlet: string, kind: string) => `In English as ${outlet} printed it (${kind}).`,
	/** The record's own quote, shown under another edition's lead wording. */
	recordedQuote: (language: string) => `The quote on record (${language}):`,
	/** Another edition with no report in its language: the record's words are shown as printed. */
	noEditionWording: 'No English report of these words is on record; they are shown as printed.',
	/** Our texts translated for another edition, with the English as the reference. */
	editorsTranslation: 'Translated by the editors; the reference text is the English page.',
	englishPage: 'the English page',
	asPrinted: (outlet: string, copyOn: string | null) => `Quote as printed by ${outlet}${copyOn ? ` (read in a copy on ${copyOn})` : ''}.`,
	otherWordings: (line: string) => ` ${line}; see the sources below.`,
	permanentAddress: 'Permanent address: ',
	heading: 'The statement',
	speaker: 'Speaker',
	searchBy: (name: string) => `Search statements by ${name}`,
	role: 'Role',
	atTheTime: '(at the time of the statement)',
	date: 'Date',
	approximate: 'Approximate: the reports do not fix the exact day; see the notes.',
	monthOnly: 'Only the month is known.',
	setting: 'Setting',
	event: 'Event',
	eventFacts: (dates: string, n: number) => `(${dates}; ${statements(n)} on record)`,
	kind: 'Kind',
	directQuoteKind: 'Direct quote: the speaker’s words as the report printed them.',
	paraphraseKind: 'Paraphrase: the report’s account of what was said, not the speaker’s own words.',
	language: 'Language',
	languages: (spoken: string | null, quoted: string) => `${spoken ? `Spoken in ${spoken}; ` : ''}quoted in ${quoted}, not translated as far as the reports show.`,
	onRecord: 'On record',
	/** `{added}`, `{updated}`: dates. */
	added: 'Added {added}; not changed since.',
	addedChanged: 'Added {added}; last changed {updated}.',
	stance: 'Stance',
	aboutStances: 'About stances',
	topics: 'Topics',
	topicLinks: '(each link searches the record for its topic)',
	context: 'Context',
	notes: 'Notes',
	noNotes: 'No notes.',
	corrections: 'Corrections',
	allCorrections: 'All corrections',
	sources: (n: number) => `Sources (${n})`,
	embed: 'Embed',
	embedIntro: 'Put this statement in your own page: copy the code below. The card links back to this page. <preview>Preview the card</preview>.',
	copyEmbed: 'Copy embed code',
	embedCopied: 'Embed code copied.',
	around: 'Around this statement',
	by: (name: string) => `By ${name}`,
	previously: 'Previously: ',
	sameStance: '(same stance)',
	stanceChange: (from: string, to: string) => `(${from} → ${to})`,
	compareWithThis: 'compare with this',
	noEarlier: (name: string) => `No earlier statement by ${name} on record.`,
	next: 'Next: ',
	noLater: (name: string) => `No later statement by ${name} on record.`,
	inTime: 'In time, by anyone',
	previous: 'Previous: ',
	earliest: 'This is the earliest statement on record.',
	latest: 'This is the latest statement on record.',
};

export const positions = {
	title: 'Positions',
	description: "Every speaker's position, and the U.S. role in U.S. speakers' words, on U.S. security guarantees for Ukraine on one time axis, grouped by country or organisation.",
	heading: 'How positions moved',
	lede: 'Every speaker’s statements on one shared time axis, a column per month, grouped by country or organisation, so the U.S. line can be read against Ukraine’s, Europe’s and Russia’s.',
	legend: 'Legend: the shape of each code',
	legendIntro: 'U.S. speakers are drawn by the <strong>U.S. role</strong> their words give; everyone else by the <strong>position</strong> they take (<coding>the codebook</coding>).',
	dimension: (dimension: 'usRole' | 'position'): string => (dimension === 'usRole' ? 'U.S. role' : 'Position'),
	legendNote: 'A mark alone is one statement and links to it. A mark with a number under it stands for that many statements in the month, drawn with their commonest code, and links to the first of them on the speaker’s page. Numbered circles in the top row are events, listed below the chart.',
	/** A month cell standing for several statements; `counts` is "Conditional 3 · Commits 2". */
	cell: (name: string, month: string, n: number, counts: string) => `${name}, ${month}: ${statements(n)} — ${counts}`,
	groupTitle: (country: string) => `Positions: ${country}`,
	groupHeading: (country: string) => `How positions moved: ${country}`,
	groupDescription: (country: string, n: number) => `${statements(n)} by speakers of ${country} on U.S. security guarantees for Ukraine, speaker by speaker and month by month.`,
	groupLede: (speakers: number) => `${plural(speakers, 'speaker', 'speakers')}, a row each, a column per month.`,
	/** The link from a group's heading on /positions/ to its own page. */
	groupLink: 'speaker by speaker',
	groupsNote: 'The record is too large to draw a row per speaker on one page: each country or organisation has a row for all its speakers together, month by month, then a row for each of the record’s most-quoted speakers. The group’s row and its “speaker by speaker” link lead to a row for every speaker, and from there to each statement.',
	/** The row of a whole country or organisation in the group view of /positions/. */
	groupRow: (country: string) => `${country}: all speakers`,
	allGroups: 'All countries and organisations',
	grid: 'Positions by month: scroll sideways for more months',
	events: 'Events',
	eventsAxis: 'Events on the time axis',
};

export const data = {
	title: 'Data',
	description: 'Download every statement as JSON or CSV, with the meaning of each field.',
	heading: 'Download the data',
	/** `{date}`: the day this copy was built. */
	lede: (n: number) => `The whole record — ${n} statements — in formats your tools read. This copy was built on {date}.`,
	json: '<file>statements.json</file> — every statement with its speaker and sources (UTF-8 JSON).',
	csv: '<file>statements.csv</file> — one row per statement (RFC 4180, UTF-8; topics, labels and elements separated by “;”). Version 2 adds, at the end of each row: evidence, language, translated_by, labels, primary_original_outlet, added, updated, corrections, and the codes as <code>position</code>, <code>usRole</code>, <code>speechAct</code>, <code>elements</code>, with <code>event</code>.',
	sourcesCsv: '<file>statement-sources.csv</file> — one row per statement and source, with each source’s own wording.',
	schema: '<file>statements.schema.json</file> — the JSON Schema (draft 2020-12) that statements.json follows.',
	feeds: 'Feeds',
	allFeeds: '<atom>Atom feed</atom> and <json>JSON Feed</json> of all statements, newest first.',
	speakerFeeds: 'One Atom feed per speaker, linked from each <speakers>speaker’s page</speakers>.',
	feedIds: 'A feed entry’s id (<code>urn:guarantee-watch:statement:&lt;id&gt;</code>) never changes.',
	fieldsHeading: 'Fields of statements.json',
	field: 'Field',
	meaning: 'Meaning',
	/** What each field of statements.json means; `page`, `event`, `source`: address patterns. */
	fields: {
		schemaVersion: (version: number) => `Version of this format (now ${version}); it changes only with a documented, incompatible change.`,
		generatedAt: 'When the file was built (UTC).',
		id: (page: string) => `Stable id; the statement’s permanent page is ${page}.`,
		url: 'The statement’s permanent page.',
		speaker: 'id, name, role (held on the statement’s date) and country or organisation.',
		date: 'YYYY-MM-DD, or YYYY-MM when only the month is known.',
		datePrecision: 'day, month or approximate.',
		setting: 'Where and how it was said (our words).',
		kind: 'direct_quote or paraphrase (the reporter’s words).',
		quote: 'The words exactly as the primary source printed them.',
		evidence: 'v2. The passage in which the primary source prints the quote, copied exactly; the quote is inside it byte for byte.',
		language: 'v2. Language of the quote (BCP 47: en, uk, ru…).',
		spokenLanguage: 'v2. Language the speaker spoke, where a source says or it is evident; else null.',
		translated: 'true when the speaker spoke another language.',
		translatedBy: 'v2. outlet, speaker-office or unknown when translated; null otherwise.',
		speakerIdentified: 'v2. named (the report names the speaker) or inferred.',
		labels: 'v2. The caveats shown with the quote wherever it appears: paraphrase, translated, machine-transcript, speaker-inferred and the like.',
		stance: 'One of commits, conditional, defers, rejects, demands, opposes, reports. Since version 2 it is derived from the four coded dimensions by the rule on the method page; nobody codes it by hand.',
		position: 'v2. supports, conditional, opposes, evades or none: the position taken on a security guarantee for Ukraine (the codebook on the method page).',
		usRole: 'v2. leads, takes-part, backstop, no-role or unspecified: the U.S. role the statement asserts or calls for.',
		speechAct: 'v2. states-policy, calls-on-others, relays or describes.',
		elements: 'v2. The elements of a guarantee the words name (ground-troops, air-power, article-5-like, backstop…).',
		event: (page: string) => `v2. Id of the event it was said at (${page}), or null.`,
		topics: 'Topic ids, e.g. us-role, article-5.',
		context: 'What was happening (our words).',
		notes: 'Our notes on what is uncertain and why, or null.',
		added: 'v2. The day the statement was added to the record.',
		updated: 'v2. The day its record last changed in substance, or null.',
		corrections: 'v2. Public corrections: date, change, reason.',
		sources: (page: string) =>
			`Every report of the statement, primary first: article (our slug: ${page}), url, outlet (the site read), author, published (YYYY-MM-DD or null), title (or null), quotedAs (that report’s own wording where it differs, else null); v2 adds wording (same, original, abridged, extended, retranslation, outlet-translation, machine-transcript or paraphrase), language, evidence (the passage the page prints the words in, or null where not kept) and original (outlet, title, author, published, url and relation of the report a copy republishes or cites, or null).`,
	},
	versions: 'Versions',
	version2: '2 (December 2026)',
	version2Notes:
		'Adds the coded dimensions (position, usRole, speechAct, elements; stance is now derived from them), the event, evidence, languages, who translated, how the speaker was identified, the caveat labels, record dates, corrections, and per source its kind of wording, language, evidence and original outlet. Every version 1 field keeps its name and meaning; a reader of version 1 can ignore the new fields. Both CSV files gain the same columns at the end.',
	version1: '1 (November 2026)',
	version1Notes: 'The first published format.',
	rights: 'Rights',
	rightsText: (site: string) =>
		`Our own work — the selection, the coding (stance, topics, dates and precision), the context and notes — may be reused with credit to ${site}. The quotes and headlines belong to their speakers and publishers; they are reproduced here for the record, and their reuse is yours to judge.`,
};

export const about = {
	title: 'Method',
	description: (site: string) => `How ${site} chooses, sources, verifies and codes statements on U.S. security guarantees for Ukraine, and how corrections are made.`,
	heading: 'How we work',
	lede: 'What the record covers, where every quote comes from, what each stance means, and how to get a mistake fixed.',
	scope: 'Scope',
	scopeText:
		'The record collects public statements by leaders and officials about security guarantees for Ukraine in which the United States has, or is asked to have, a part: who should guarantee Ukraine’s security after a ceasefire, with what forces, under which conditions. It starts in January 2025 and grows as new statements are reported. It includes the U.S. administration, Ukraine, European governments and institutions, NATO, and Russia, because the U.S. position is best read against the others.',
	sourcing: 'Sourcing and verification',
	sourcingPoints: [
		'Every statement comes from a news report that an editor has read. The quote is copied <strong>character for character</strong> from that report — its punctuation, its quotation marks, even a trailing comma — and is never corrected, shortened or merged.',
		'When other reports carry the same remark, each is listed with <strong>its own wording</strong>. Differences are often re-translations or edits by an agency; we mark the words that differ and never silently pick one.',
		'Every quote keeps its <strong>evidence</strong>: the sentence or passage in which the report prints it, copied exactly. Open “As printed in this report” under a source to read it. The build refuses any quote that is not found, byte for byte, inside its evidence.',
		'Many reports we use are republications of another outlet’s story. Where the page names the original (a Reuters credit, a New York Times byline), citations name <strong>the original first</strong> and then the copy we read it in: “The New York Times, 9 January 2026, via a copy on dnyuz.com”.',
		'Where a report does not show a headline, an author or a publication date, we say so rather than guess. Every source has a link to look for archived copies of its page, so a dead link is not a dead end.',
		'Every build of this site is checked automatically: each quote on every page must equal the quote in our records byte for byte, and every quote must stand inside its evidence.',
		'The context and notes beside each statement are our own words. They say what was happening and what remains uncertain.',
	],
	dates: 'Dates, translations and paraphrases',
	dateTerms: [
		['Exact date', 'The day the statement was made, as the report gives it.'],
		['Approximate', 'Shown as “about 9 Feb 2025” or “about February 2025”: the report does not fix the day (for instance “said on Sunday” in an undated story), so the editor’s notes explain how the date was inferred.'],
		['Month only', 'Shown as “February 2025”: only the month is known.'],
		['Translated', 'The speaker spoke another language and the quote is a report’s translation. Different outlets often translate the same remark differently; each wording is kept. Where we inferred the language, the notes say “inferred”.'],
		['Paraphrase', 'The report describes what was said rather than quoting it. The text shown is the reporter’s, and it is labelled as such.'],
	] as [string, string][],
	wordings: 'Wordings',
	wordingsText: 'The same remark often reaches readers in several wordings. Each report’s wording is kept and labelled with what kind of wording it is, judged against the quote we record. The labels appear wherever a statement does: on cards, on its page, in search results, embeds, share cards, feeds and the data.',
	quoteLabels: 'The quote itself carries a label too when it is not the speaker’s own words in the language spoken: <strong>Outlet’s translation</strong> or <strong>Official translation</strong> (translated by the speaker’s office) or <strong>Translated</strong> (translator not named), <strong>Machine transcript</strong>, <strong>Paraphrase</strong>, and <strong>Speaker inferred</strong> when the report does not name who spoke and we inferred it.',
	freshness: 'Record dates',
	freshnessText: 'Each statement page says when the statement was added to the record and when its record last changed in substance (its wording, date, sources or coding). These dates are written in the record itself, not taken from the day the site was built. The front page says when the record as a whole was last reviewed: the latest day on which any statement was added or changed.',
	coding: 'How statements are coded',
	codingText: 'Every statement is coded on four separate dimensions: the <strong>position</strong> it takes on a security guarantee for Ukraine, the <strong>U.S. role</strong> it asserts or calls for, the <strong>speech act</strong> (states its own government’s policy, calls on others, relays another’s position, or describes), and the <strong>elements</strong> of a guarantee it names. The full codebook follows; it is what every coder applies.',
	reliability: 'How far two coders agree',
	reliabilityText: (n: number, round: number, date: string) =>
		`An independent second coder, who saw only this codebook and each statement’s quote, speaker, role, date, setting and kind, never our codes, coded ${n} statements blind (round ${round}, ${date}). Agreement with the published codes, as Krippendorff’s α (1 is perfect agreement, 0 is what chance gives; 0.80 is the usual threshold for relying on a coding):`,
	reliabilityCaption: (round: number) => `Round ${round}: agreement per dimension`,
	dimension: 'Dimension',
	units: 'Units compared',
	agreed: 'Agreed',
	alpha: 'α',
	notApplicable: 'n/a',
	elementUnits: ' (statement × element)',
	disagreements: (n: number, round: number) => `The ${n} disagreements of round ${round}`,
	disagreement: (dimension: string, published: string, second: string) => `${dimension}: published “${published}”, second coder “${second}”`,
	earlierRounds: (rounds: string) => `Earlier rounds: ${rounds}`,
	round: (round: number, n: number, alphas: string, use: string) => `round ${round} (${n} statements; α ${alphas}): ${use}`,
	noBlind: 'No blind second coding has been made yet.',
	codebook: 'The codebook',
	codebookInEnglish: 'The codebook is the coders’ reference text and is kept in English.',
	noCodebook: 'The codebook is missing from this build.',
	shifts: 'Shifts',
	shiftsText: 'A speaker page lists where a speaker’s <strong>position</strong>, or the <strong>U.S. role</strong> their words give, changed from one occasion to the next: each statement is compared with the speaker’s latest statement made on an earlier occasion. An occasion is an event on record (a summit, an interview, a round of talks) or, for a statement outside any event, its day and setting. Differences between statements made on the same occasion are not shifts: one answer can stress what another leaves out. They are listed separately as “said on the same occasion”. Each shift shows both quotes, their sources and the time between them; <compare>compare</compare> puts any two side by side.',
	stances: 'The v1 stance',
	stancesText: 'Until December 2026 each statement carried one hand-coded <strong>stance</strong>. A blind second coding agreed with it on 51 of 76 statements (Cohen’s κ 0.60), too little to rely on, so the four dimensions above replaced it. The stance is still published for readers and tools that use it, now derived from the four codes by the rule in the codebook (“From the codes to the v1 stance”). The examples below are statements whose codes give each stance.',
	example: 'An example from the record:',
	noExample: 'No statement in the record has this stance yet.',
	addresses: 'Permanent addresses',
	/** `{path}`: the address pattern of a statement's page. */
	addressesText: 'Every statement has a page at {path}. Its id never changes and its page is never removed: a statement found to be wrong is corrected on its page, with the correction noted, not deleted.',
	corrections: 'Corrections',
	correctionsText: 'If a quote differs from its report, a date is wrong, or a stance seems miscoded, tell us which statement (its address is enough) and what the report shows. We check against the report itself; if we were wrong, we correct the record, say on the statement’s page what changed and when, and keep the address. Every correction is listed on <corrections>the corrections page</corrections>, which has its own feed.',
};

export const en = {
	layout,
	nav,
	footer,
	feeds,
	common,
	siteSearch,
	copyLink,
	whatsNew,
	takeAway,
	statementCard,
	cite,
	archiveNav,
	chart,
	shiftList,
	sourceList,
	search,
	compare,
	notFound,
	moved,
	home,
	timeline,
	events,
	sources,
	speakers,
	speaker,
	corrections: correctionsPage,
	changes,
	embed,
	statement,
	positions,
	data,
	about,
};

/** The shape every language's dictionary has: en's keys, with its texts as `string`. */
export type Dictionary = typeof en;
