/**
 * A statement's page (/statements/<id>/): its head values and its article, as strings.
 *
 * Why strings and not Astro components: at 20,000 statements the statement pages were 64% of
 * the build's page time, and that time was the components' rendering (a dozen small
 * components per page, some of them many times), not Astro's handling of each page (issue
 * 17; DEVELOPERS.md has the measurements). The page's frame (Base) is still Astro's, and the
 * first copy button stays an Astro component, because its script comes with it. The output is
 * byte for byte what the components wrote: `attributes` and `escapeText` escape as Astro does.
 */
import { dictionary } from '../i18n/index.ts';
import { OG_IMAGES, SITE } from '../site.ts';
import { pathInEdition } from '../edition.ts';
import { citations } from './cite.ts';
import type { EventEntry, Speaker, Stance, Statement } from './content/schemas.ts';
import type { EditionText } from './content/translations.ts';
import { type DatePrecision, formatDay, formatStatementDate, formatStatementDateLong, todayIso } from './dates.ts';
import { wordDiff } from './diff.ts';
import { eventHref, formatEventDates } from './events.ts';
import { attributes, escapeText as text, rich } from './html.ts';
import { noteSegments } from './note-links.ts';
import { indexed, NOT_INDEXED, statementRecordAttrs, weighted } from './pagefind-attrs.ts';
import { aboutSection, comparePath, embedPath, ROUTES, sharePath, sourcePath, speakerPath, statementPath } from './routes.ts';
import { searchPath } from './search-state.ts';
import { STANCE_DEFINITIONS } from './stances.ts';
import { archiveUrl, citedOutlet, editionQuote, languageName, otherWordingsLine, quoteLabels, wordingLabel } from './statement-view.ts';
import { MARKS, type PageValues, SHELLS } from './page-shell.ts';
import { neighbourIndex, primarySource, reportTitle } from './statements.ts';
import { buildTimeline, type Timeline, timelineHref } from './timeline.ts';

const t = dictionary(SITE.lang);

/** `<time>` with a statement's date, as precisely as it is known ("about 9 Feb 2025"). */
export function statementDate(date: string, precision: DatePrecision, long = false): string {
	return `<time${attributes({ datetime: date })}>${text(long ? formatStatementDateLong(date, precision) : formatStatementDate(date, precision))}</time>`;
}

/** `<time>` with a day ("9 Feb 2025"). */
export function dayTime(date: string): string {
	return `<time${attributes({ datetime: date })}>${text(formatDay(date))}</time>`;
}

/** A stance as a word (never colour alone), with its definition as the accessible description. */
export function stanceBadge(stance: Stance): string {
	return `<span class="badge badge-stance"${attributes({ title: STANCE_DEFINITIONS[stance] })}>${text(t.common.stance(stance))}</span>`;
}

/** What a copy button copies and says: the text itself (`url`), or where on the page it is (`from`). */
export interface CopyButton {
	url?: string | undefined;
	from?: string | undefined;
	label?: string | undefined;
	done?: string | undefined;
}

/** A copy button's markup (CopyLink.astro adds its script, once per page). */
export function copyButton({ url, from, label = t.copyLink.label, done = t.copyLink.done }: CopyButton): string {
	return `<span class="copy-row no-print"><button type="button" class="copy-link"${attributes({ 'data-copy': url, 'data-copy-from': from, 'data-done': done, 'data-failed': t.copyLink.failed })} hidden>${text(label)}</button><span class="copy-status" role="status"></span></span>`;
}

/** A link to another statement by its date, stance and setting (quotes are never cut to fit a link). */
function statementLink(s: Statement, speakers: StatementPageRecord['speakers'], withSpeaker = false): string {
	const date = formatStatementDate(s.date, s.datePrecision);
	return `<a${attributes({ href: statementPath(s.id) })}>${text(withSpeaker ? t.common.who(speakers.get(s.speaker)?.name ?? s.speaker, date) : date)}</a> <span class="muted">(${text(s.stance)}) ${text(s.setting)}</span>`;
}

/** A language attribute, left out where the text is in the page's language. */
function langOf(language: string): string | undefined {
	return language === SITE.lang ? undefined : language;
}

/**
 * Every report of a statement: the original outlet first where the page is a copy, the kind of
 * wording it prints, its own wording (with the words that differ from the recorded quote
 * marked; the text itself untouched), and the passage it prints the words in, collapsed.
 */
function sourceList(s: Statement): string {
	const items = s.sources.map((source) => {
		// The original's byline and date where the page names them, else the page's own.
		const author = source.original?.author ?? source.author;
		const published = source.original?.published ?? source.published;
		const label = wordingLabel(source.wording);
		const diff = source.quotedAs === null ? null : wordDiff(s.quote, source.quotedAs).b;
		const ignored = attributes(NOT_INDEXED);
		const lang = attributes({ cite: source.url, lang: langOf(source.language) });
		const outlet = source.original
			? `<strong>${text(source.original.outlet)}</strong><span class="muted"> ${text(t.sourceList.relation(source.original.relation, source.outlet))}</span>`
			: `<strong>${text(source.outlet)}</strong>`;
		const badges = [
			source.primary ? `<span class="badge"${ignored}>${text(t.sourceList.primary)}</span>` : '',
			`<span${attributes({ class: `badge${source.wording === 'same' ? '' : ' badge-caveat'}`, title: label.explain })}${ignored}>${text(label.text)}</span>`,
			source.language !== SITE.lang ? `<span class="badge"${ignored}>${text(languageName(source.language))}</span>` : '',
		].join('');
		const title = [
			`<a${attributes({ href: source.url })} rel="external noopener noreferrer">${text(source.original?.title ?? reportTitle(source))}</a>`,
			!source.title && !source.original?.title ? `<span class="muted">${text(t.sourceList.noHeadline)}</span>` : '',
			source.titleNote ? `<span class="muted">${text(t.sourceList.titleNote(source.titleNote))}</span>` : '',
		].join('');
		const meta = [
			`${text(author ? t.sourceList.by(author) : t.sourceList.noAuthor)} · `,
			published ? rich(t.sourceList.published, {}, { date: dayTime(published) }) : text(t.sourceList.noDate),
			source.original && source.published && source.original.published !== source.published ? rich(t.sourceList.copyDated, {}, { date: dayTime(source.published) }) : '',
			` · <a${attributes({ href: sourcePath(source.article) })}>${text(t.sourceList.aboutReport)}</a> · <a${attributes({ href: archiveUrl(source.url) })} rel="external noopener noreferrer">${text(t.common.archivedCopies)}</a>`,
		].join('');
		const wording = source.primary
			? ''
			: diff
				? `<figure class="wording"><figcaption class="meta"${ignored}>${rich(t.sourceList.ownWording, {}, { kind: text(label.text.toLowerCase()) })}</figcaption><blockquote${lang}${attributes(weighted('wording'))}><p>${diff.map((seg) => (seg.changed ? `<mark>${text(seg.text)}</mark>` : text(seg.text))).join('')}</p></blockquote></figure>`
				: `<p class="meta"${ignored}>${text(t.sourceList.asRecorded)}</p>`;
		const evidence = source.evidence ? `<details class="evidence"${ignored}><summary>${text(t.sourceList.evidence)}</summary><blockquote${lang}><p>${text(source.evidence)}</p></blockquote></details>` : '';
		return `<li><p>${outlet}${badges}</p><p>${title}</p><p class="meta"${ignored}>${meta}</p>${wording}${evidence}</li>`;
	});
	return `<ol class="sources"${attributes(indexed())}>${items.join('')}</ol>`;
}

/** "Cite this statement": every citation format, each shown in full and copyable in one click. */
function citeSection(s: Statement, speaker: Speaker, permalink: string): string {
	const c = citations({ statement: s, speaker, permalink, accessed: todayIso() });
	const formats = [
		{ id: 'apa', label: 'APA', text: c.apa },
		{ id: 'chicago', label: 'Chicago', text: c.chicago },
		{ id: 'mla', label: 'MLA', text: c.mla },
		{ id: 'bibtex', label: 'BibTeX', text: c.bibtex },
		{ id: 'csl', label: 'CSL-JSON', text: c.cslJson },
	];
	const figures = formats.map(
		(f) =>
			`<figure class="citation"${attributes({ id: `cite-${f.id}` })}><figcaption><strong>${text(f.label)}</strong> ${copyButton({ from: `#cite-${f.id} pre`, label: t.cite.copy(f.label), done: t.cite.copied(f.label) })}</figcaption><pre>${text(f.text)}</pre></figure>`,
	);
	return `<section aria-labelledby="cite" class="cite"><h2 id="cite">${text(t.cite.heading)}</h2><p class="muted">${text(t.cite.note)}</p>${figures.join('')}</section>`;
}

/** What the statement page's frame (Base) and head need, its article in two pieces, and its permanent address. */
export interface StatementPage extends PageValues {
	image: PageValues['image'];
	jsonLd: string;
}

/** What a statement page needs of the record (src/data/record.ts gives it). */
export interface StatementPageRecord {
	statementById: ReadonlyMap<string, Statement>;
	speakers: ReadonlyMap<string, Speaker>;
	events: ReadonlyMap<string, EventEntry>;
	neighbours: ReturnType<typeof neighbourIndex>;
	timeline: Timeline;
	edition: Pick<EditionText, 'untranslatedStatements' | 'country' | 'topic'>;
}

/**
 * The record as the processes writing the statement pages receive it (src/integrations/shell-pages.ts):
 * plain JSON, the statements oldest first and in this edition's words, and the edition's
 * country and topic names as tables over the values the pages use.
 */
export interface WriterRecord {
	/** The site's address, which the pages' addresses are built on. */
	site: string;
	statements: Statement[];
	speakers: [string, Speaker][];
	events: [string, EventEntry][];
	untranslatedStatements: string[];
	countries: [string, string][];
	topics: [string, string][];
}

/** The record for the writing processes, from the build's record (src/data/record.ts). */
export function writerRecord(record: StatementPageRecord & { statements: readonly Statement[] }, site: URL): WriterRecord {
	const { statements, speakers, events, edition } = record;
	return {
		site: site.href,
		statements: [...statements],
		speakers: [...speakers],
		events: [...events],
		untranslatedStatements: [...edition.untranslatedStatements],
		countries: [...new Set([...speakers.values()].map((sp) => sp.country))].map((c) => [c, edition.country(c)]),
		topics: [...new Set(statements.flatMap((st) => st.topics))].map((topic) => [topic, edition.topic(topic)]),
	};
}

/** The record a writing process renders statement pages from: the page record, every statement in order, and the site's address. */
export type PageRecord = StatementPageRecord & { statements: Statement[]; site: URL };

/** The inverse of `writerRecord`: the record a statement page is written from, rebuilt by the same functions as the build's. */
export function pageRecord(w: WriterRecord): PageRecord {
	const countries = new Map(w.countries);
	const topics = new Map(w.topics);
	return {
		site: new URL(w.site),
		statements: w.statements,
		statementById: new Map(w.statements.map((st) => [st.id, st])),
		speakers: new Map(w.speakers),
		events: new Map(w.events),
		neighbours: neighbourIndex(w.statements),
		timeline: buildTimeline(w.statements),
		edition: { untranslatedStatements: new Set(w.untranslatedStatements), country: (c) => countries.get(c) ?? c, topic: (topic) => topics.get(topic) ?? topic },
	};
}

/** The page of statement `s`, its addresses built on `site`. */
export function statementPage(s: Statement, record: StatementPageRecord, site: URL): StatementPage {
	const { speakers, neighbours, timeline, events, edition, statementById } = record;
	const event = s.event ? events.get(s.event) : undefined;
	const speaker = speakers.get(s.speaker)!;
	const primary = primarySource(s);
	/** What this edition leads with: a report's wording in its language, else the record's quote. */
	const shown = editionQuote(s);
	const inTime = neighbours.inTime(s.id);
	const bySpeaker = neighbours.bySpeaker(s.id);
	const permalink = new URL(statementPath(s.id), site).href;
	const when = formatStatementDate(s.date, s.datePrecision);
	const title = t.statement.title(speaker.name, when, shown.text.length > 80 ? t.statement.cut(shown.text.slice(0, 77).trimEnd()) : shown.text);
	const embedUrl = new URL(embedPath(s.id), site).href;
	const embedSnippet = `<iframe src="${embedUrl}" title="${t.statement.embedTitle(speaker.name, when, SITE.name)}" width="560" height="300" style="border:0;max-width:100%" loading="lazy"></iframe>`;
	const jsonLd = {
		'@context': 'https://schema.org',
		'@type': 'Quotation',
		url: permalink,
		text: s.quote,
		spokenByCharacter: { '@type': 'Person', name: speaker.name, jobTitle: s.role },
		dateCreated: s.date,
		isBasedOn: s.sources.map((src) => ({
			'@type': 'NewsArticle',
			url: src.url,
			...(src.title ? { headline: src.title } : {}),
			...(src.published ? { datePublished: src.published } : {}),
			...(src.author ? { author: { '@type': 'Person', name: src.author } } : {}),
			publisher: { '@type': 'Organization', name: src.outlet },
		})),
	};
	const labels = quoteLabels(s);
	/** Our texts still in English on another edition's page are marked as English. */
	const ourLang = SITE.lang !== 'en' && edition.untranslatedStatements.has(s.id) ? 'en' : undefined;
	const ours = (weight?: Parameters<typeof indexed>[0]) => attributes({ ...indexed(weight), lang: ourLang });
	/** Where the quote is a translation and a report printed the words in the language spoken. */
	const original = s.sources.find((src) => src.wording === 'original' && src.quotedAs !== null);
	const others = otherWordingsLine(s);
	const asPrinted = text(t.statement.asPrinted(citedOutlet(primary), primary.original ? primary.outlet : null));
	const muted = (words: string) => `<span class="muted">${text(words)}</span>`;

	const before = [
		`<article aria-labelledby="statement-title"${attributes(statementRecordAttrs(s, speaker, event))}>`,
		`<p class="meta"><a${attributes({ href: ROUTES.home })}>${text(t.nav.timeline)}</a> › <a${attributes({ href: timelineHref(timeline, s.id) })} data-timeline-link>${text(t.nav.thisStatement)}</a></p>`,
		`<h1 id="statement-title"><a${attributes({ href: speakerPath(s.speaker), ...indexed('speaker') })}>${text(speaker.name)}</a> <span class="muted">${rich(t.statement.on, {}, { date: statementDate(s.date, s.datePrecision) })}</span></h1>`,
		`<blockquote class="quote quote-large"${attributes({ cite: shown.source.url, lang: langOf(shown.lang), ...indexed('quote') })}><p>${text(shown.text)}</p></blockquote>`,
		shown.recorded
			? ''
			: `<p class="meta">${text(t.statement.editionWording(citedOutlet(shown.source), wordingLabel(shown.source.wording).text))}</p><figure class="wording recorded-quote"><figcaption class="meta">${text(t.statement.recordedQuote(languageName(s.language)))}</figcaption><blockquote${attributes({ cite: primary.url, lang: langOf(s.language) })}><p>${text(s.quote)}</p></blockquote><p class="meta">${asPrinted}</p></figure>`,
		shown.recorded && SITE.lang !== 'en' && s.language !== SITE.lang ? `<p class="meta">${text(t.statement.noEditionWording)}</p>` : '',
		original && original !== shown.source
			? `<figure class="wording original-words"><figcaption class="meta">${text(t.statement.original(languageName(original.language), citedOutlet(original)))}</figcaption><blockquote${attributes({ cite: original.url, lang: original.language })}><p>${text(original.quotedAs ?? '')}</p></blockquote></figure>`
			: '',
		`<ul class="badges"><li>${stanceBadge(s.stance)}</li>`,
		s.kind === 'direct_quote' ? `<li><span class="badge">${text(t.statement.directQuote)}</span></li>` : '',
		labels.map((l) => `<li><span class="badge badge-caveat"${attributes({ title: l.explain })}>${text(l.text)}</span></li>`).join(''),
		'</ul>',
		// Where another edition leads with a report's wording, the recorded quote's source is named under it, above.
		shown.recorded || others ? `<p class="meta">${shown.recorded ? asPrinted : ''}${others ? text(t.statement.otherWordings(others)) : ''}</p>` : '',
		`<p class="print-only">${text(t.statement.permanentAddress)}${text(permalink)}</p>`,
		`<p class="copy-row no-print"><span>${text(t.statement.permanentAddress)}<a${attributes({ href: permalink })} class="no-print-url"><code>${text(permalink)}</code></a></span> `,
	];

	const eventFacts = event
		? `<dt>${text(t.statement.event)}</dt><dd><a${attributes({ href: eventHref(s.event!, event.statements, s.id) })}>${text(event.name)}</a> ${muted(t.statement.eventFacts(formatEventDates(event.start, event.end), event.statements.length))}</dd>`
		: '';
	const facts = [
		`<dt>${text(t.statement.speaker)}</dt>`,
		`<dd><a${attributes({ href: speakerPath(s.speaker) })}>${text(speaker.name)}</a> (${text(edition.country(speaker.country))}) <span class="no-print">· <a${attributes({ href: searchPath({ filters: { speaker: [s.speaker] } }) })}>${text(t.statement.searchBy(speaker.name))}</a></span></dd>`,
		`<dt>${text(t.statement.role)}</dt>`,
		`<dd><span${ours()}>${text(s.role)}</span> ${muted(t.statement.atTheTime)}</dd>`,
		`<dt>${text(t.statement.date)}</dt>`,
		`<dd>${statementDate(s.date, s.datePrecision, true)}${s.datePrecision === 'approximate' ? `<p class="muted">${text(t.statement.approximate)}</p>` : ''}${s.datePrecision === 'month' ? `<p class="muted">${text(t.statement.monthOnly)}</p>` : ''}</dd>`,
		`<dt>${text(t.statement.setting)}</dt>`,
		`<dd${ours()}>${text(s.setting)}</dd>`,
		eventFacts,
		`<dt>${text(t.statement.kind)}</dt>`,
		`<dd>${text(s.kind === 'direct_quote' ? t.statement.directQuoteKind : t.statement.paraphraseKind)}</dd>`,
		`<dt>${text(t.statement.language)}</dt>`,
		`<dd>${labels.map((l) => `<p>${text(l.explain)}</p>`).join('')}${s.translated ? '' : `<p>${text(t.statement.languages(s.spokenLanguage ? languageName(s.spokenLanguage) : null, languageName(s.language)))}</p>`}</dd>`,
		`<dt>${text(t.statement.onRecord)}</dt>`,
		`<dd>${s.updated ? rich(t.statement.addedChanged, {}, { added: dayTime(s.added), updated: dayTime(s.updated) }) : rich(t.statement.added, {}, { added: dayTime(s.added) })}</dd>`,
		`<dt>${text(t.statement.stance)}</dt>`,
		`<dd><strong>${text(t.common.stanceName(s.stance))}</strong>: ${text(STANCE_DEFINITIONS[s.stance])} <a${attributes({ href: aboutSection('stances') })}>${text(t.statement.aboutStances)}</a></dd>`,
		`<dt>${text(t.statement.topics)}</dt>`,
		`<dd>${s.topics.map((topic, i) => `${i > 0 ? ', ' : ''}<a${attributes({ href: searchPath({ filters: { topic: [topic] } }) })}>${text(edition.topic(topic))}</a>`).join('')} <span class="muted no-print">${text(t.statement.topicLinks)}</span></dd>`,
	];

	const notes = s.notes
		? `<p class="note"${ours()}>${noteSegments(s.notes, (id) => statementById.has(id))
				.map((seg) => (seg.statement ? `<a${attributes({ href: statementPath(seg.statement) })}>${text(seg.text)}</a>` : text(seg.text)))
				.join('')}</p>`
		: `<p class="muted">${text(t.statement.noNotes)}</p>`;
	const corrections = s.corrections.length
		? `<section aria-labelledby="corrections"><h2 id="corrections">${text(t.statement.corrections)}</h2><ul>${s.corrections
				.map((c) => `<li><time${attributes({ datetime: c.date })}>${text(c.date)}</time>: ${text(c.change)} ${muted(t.common.why(c.reason))}</li>`)
				.join('')}</ul><p><a${attributes({ href: ROUTES.corrections })}>${text(t.statement.allCorrections)}</a></p></section>`
		: '';
	const stanceChange = (from: Stance, to: Stance) => (from === to ? t.statement.sameStance : t.statement.stanceChange(t.common.stanceName(from), t.common.stanceName(to)));
	const { previous: earlier, next: later } = bySpeaker;

	const after = [
		'</p>',
		`<h2>${text(t.statement.heading)}</h2>`,
		`<dl class="facts">${facts.join('')}</dl>`,
		`<h2>${text(t.statement.context)}</h2>`,
		`<p${ours()}>${text(s.context)}</p>`,
		`<h2>${text(t.statement.notes)}</h2>`,
		notes,
		SITE.lang !== 'en' && !ourLang ? `<p class="muted">${text(t.statement.editorsTranslation)} <a${attributes({ href: pathInEdition(statementPath(s.id), 'en') })} hreflang="en">${text(t.statement.englishPage)}</a></p>` : '',
		corrections,
		`<h2 id="sources">${text(t.statement.sources(s.sources.length))}</h2>`,
		sourceList(s),
		citeSection(s, speaker, permalink),
		`<section aria-labelledby="embed" class="no-print"><h2 id="embed">${text(t.statement.embed)}</h2><p>${rich(t.statement.embedIntro, { preview: embedPath(s.id) })}</p><pre class="snippet">${text(embedSnippet)}</pre>${copyButton({ from: 'pre.snippet', label: t.statement.copyEmbed, done: t.statement.embedCopied })}</section>`,
		`<h2>${text(t.statement.around)}</h2>`,
		`<h3>${text(t.statement.by(speaker.name))}</h3>`,
		'<ul class="pager">',
		`<li>${earlier ? `${text(t.statement.previously)}${statementLink(earlier, speakers)} ${muted(stanceChange(earlier.stance, s.stance))} · <a${attributes({ href: comparePath(earlier.id, s.id) })}>${text(t.statement.compareWithThis)}</a>` : muted(t.statement.noEarlier(speaker.name))}</li>`,
		`<li>${later ? `${text(t.statement.next)}${statementLink(later, speakers)} ${muted(stanceChange(s.stance, later.stance))}` : muted(t.statement.noLater(speaker.name))}</li>`,
		'</ul>',
		`<h3>${text(t.statement.inTime)}</h3>`,
		'<ul class="pager">',
		`<li>${inTime.previous ? `${text(t.statement.previous)}${statementLink(inTime.previous, speakers, true)}` : muted(t.statement.earliest)}</li>`,
		`<li>${inTime.next ? `${text(t.statement.next)}${statementLink(inTime.next, speakers, true)}` : muted(t.statement.latest)}</li>`,
		'</ul>',
		'</article>',
	];

	return {
		title,
		description: t.statement.description(speaker.name, s.role, when, s.setting, s.stance, s.sources.length),
		image: OG_IMAGES ? { path: sharePath(s.id), alt: t.statement.imageAlt(speaker.name, when, shown.text) } : undefined,
		jsonLd: JSON.stringify(jsonLd).replace(/</g, '\\u003c'),
		permalink,
		beforeCopyLink: before.join(''),
		afterCopyLink: after.join(''),
	};
}

/**
 * A build does not render each statement page in Astro: Astro renders one page, the shell, with
 * placeholders where a statement's values go (`STATEMENT_SHELL`; src/lib/page-shell.ts), and
 * an endpoint gives the record (`WriterRecord`, `src/pages/statements/pages-record.json.ts`);
 * `src/integrations/shell-pages.ts` then renders and writes each page from the two (in one
 * process per core on a large record). At 20,000 statements Astro's own work for each page (its response,
 * policy, log line and file) was most of the statement pages' time (issue 17); rendered in
 * Astro's process and passed on in lists, the pages were still 11 s of its 24–31 s. In `astro dev` the page renders each statement
 * itself, from the same functions, so the page is described once.
 */

/** The shell's values: the statement's id stands in every address of the page (src/lib/page-shell.ts). */
export const STATEMENT_SHELL: StatementPage = {
	title: MARKS.title,
	description: MARKS.description,
	image: OG_IMAGES ? { path: sharePath(SHELLS.statements.shellId), alt: MARKS.imageAlt } : undefined,
	jsonLd: MARKS.jsonLd,
	permalink: MARKS.copy,
	beforeCopyLink: MARKS.before,
	afterCopyLink: MARKS.after,
};
