/**
 * A news report's page (/sources/<slug>/): what the report is and the statements it carries, as
 * strings. A build writes these pages from one shell, as it does the statement pages
 * (src/lib/statement-page.ts says why; at 20,000 statements the report pages were 62% of the
 * page time Astro had left). The first card's copy button stays an Astro component, because
 * its script comes with it; every report carries at least one statement (its file must list
 * one), so every page has that button.
 */
import { dictionary } from '../i18n/index.ts';
import { SITE } from '../site.ts';
import type { Article, EventEntry, Speaker, Statement } from './content/schemas.ts';
import { formatDay } from './dates.ts';
import { attributes, escapeText as text } from './html.ts';
import { MARKS, type PageValues } from './page-shell.ts';
import { indexed, reportRecordAttrs } from './pagefind-attrs.ts';
import { ROUTES } from './routes.ts';
import { statementCard, wholeCard } from './statement-card.ts';
import { dayTime } from './statement-page.ts';
import { archiveUrl } from './statement-view.ts';
import { reportTitle, splitOutlet } from './statements.ts';

const t = dictionary(SITE.lang);

/** What a report page needs of the record (src/data/record.ts gives it). */
export interface ReportPageRecord {
	statementById: ReadonlyMap<string, Statement>;
	speakers: ReadonlyMap<string, Speaker>;
	events: ReadonlyMap<string, EventEntry>;
}

const EXTERNAL = ' rel="external noopener noreferrer"';

/** The page of report `id`; `summary` is our summary's HTML (rendered from its Markdown), or null. */
export function reportPage(id: string, data: Article, summary: string | null, record: ReportPageRecord, site: URL): PageValues {
	const { statementById, speakers, events } = record;
	const outlet = splitOutlet(data.outlet);
	const title = reportTitle(data);
	const carried = data.statements.map((sid) => statementById.get(sid)!);
	const [first, ...rest] = carried.map((s) => statementCard(s, speakers.get(s.speaker)!, s.event ? events.get(s.event) : null, site, { wordingOf: id }));
	if (!first) throw new Error(`the report ${id} carries no statement`);
	const o = data.original;
	const original = o
		? [
				`<dt>${text(t.sources.original)}</dt><dd>`,
				`<span${attributes(indexed())}>${text(o.outlet)}</span>`,
				o.title ? text(t.sources.originalTitle(o.title)) : '',
				o.author ? text(t.sources.originalBy(o.author)) : '',
				o.published ? `, ${dayTime(o.published)}` : '',
				o.url ? ` (<a${attributes({ href: o.url })}${EXTERNAL}>${text(t.sources.originalAddress)}</a>)` : '',
				`.<span class="muted"> ${text(t.sources.relation(o.relation))}${o.basis ? text(` ${o.basis}`) : ''}</span></dd>`,
			].join('')
		: '';
	const main = [
		`<p class="meta"><a${attributes({ href: ROUTES.sources })}>${text(t.nav.sources)}</a> › ${text(t.nav.thisReport)}</p>`,
		`<h1${attributes({ ...reportRecordAttrs(data, carried), ...(data.title === null ? {} : indexed()) })}>${text(title)}</h1>`,
		data.title === null ? `<p class="muted">${text(t.sources.noHeadline)}</p>` : '',
		'<dl class="facts">',
		`<dt>${text(t.sources.outlet)}</dt><dd${attributes(indexed())}>${text(outlet.site)}${outlet.note ? `<span class="muted"> (${text(outlet.note)})</span>` : ''}</dd>`,
		original,
		`<dt>${text(t.sources.author)}</dt><dd>${data.author ? `<span${attributes(indexed())}>${text(data.author)}</span>` : text(t.sources.notShown)}</dd>`,
		`<dt>${text(t.sources.published)}</dt><dd>${data.published ? dayTime(data.published) : text(t.sources.noDate)}</dd>`,
		data.titleNote ? `<dt>${text(t.sources.titleNote)}</dt><dd>${text(data.titleNote)}</dd>` : '',
		`<dt>${text(t.sources.address)}</dt><dd><a${attributes({ href: data.url })}${EXTERNAL}><code>${text(data.url)}</code></a> · <a${attributes({ href: archiveUrl(data.url) })}${EXTERNAL}>${text(t.common.archivedCopies)}</a></dd>`,
		'</dl>',
		summary === null ? '' : `<section aria-labelledby="summary"><h2 id="summary">${text(t.sources.summary)}</h2><div${attributes(indexed())}>${summary}</div></section>`,
		`<h2>${text(t.sources.carried(data.statements.length))}</h2>`,
		first.beforeCopyLink,
	];
	return {
		title: `${title} (${outlet.site})`,
		description: t.sources.reportDescription(outlet.site, data.published ? formatDay(data.published) : null, data.statements.length),
		permalink: first.permalink,
		beforeCopyLink: main.join(''),
		afterCopyLink: first.afterCopyLink + rest.map(wholeCard).join(''),
	};
}

/** The shell's values (src/lib/page-shell.ts): the report's slug stands in every address of the page. */
export const REPORT_SHELL: PageValues = { title: MARKS.title, description: MARKS.description, beforeCopyLink: MARKS.before, afterCopyLink: MARKS.after, permalink: MARKS.copy };
