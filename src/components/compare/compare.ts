/**
 * Browser logic of /compare/?a=<id>&b=<id>: loads the public export and puts two statements
 * side by side: speaker, role, date in words, setting, event, every coded dimension (what
 * differs is marked), both quotes in full with their sources and kinds of wording. Quotes are
 * not word-diffed here: two statements are two remarks; wordings of one remark are compared on
 * its own page. Builds the DOM with textContent only: quotes are never parsed as HTML.
 */
import { DIMENSION_LABELS, ELEMENT_LABELS, valueLabel } from '../../lib/coding-labels.ts';
import { formatStatementDate } from '../../lib/dates.ts';
import type { ExportedStatement, StatementsExport } from '../../lib/export.ts';
import { ROUTES } from '../../lib/routes.ts';
import { WORDING_LABELS } from '../../lib/statement-view.ts';
import { compare as words } from '../../i18n/client.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

type Row = [label: string, left: string, right: string, coded: boolean];

function rows(a: ExportedStatement, b: ExportedStatement, events: Map<string, string>): Row[] {
	const when = (s: ExportedStatement) => formatStatementDate(s.date, s.datePrecision);
	const elements = (s: ExportedStatement) => (s.elements.length ? s.elements.map((e) => ELEMENT_LABELS[e]).join(', ') : words.noElements);
	const event = (s: ExportedStatement) => (s.event ? (events.get(s.event) ?? s.event) : words.noEvent);
	return [
		[words.speaker, a.speaker.name, b.speaker.name, false],
		[words.role, a.speaker.role, b.speaker.role, false],
		[words.date, when(a), when(b), false],
		[words.setting, a.setting, b.setting, false],
		[words.event, event(a), event(b), false],
		[DIMENSION_LABELS.position, valueLabel('position', a.position), valueLabel('position', b.position), true],
		[DIMENSION_LABELS.usRole, valueLabel('usRole', a.usRole), valueLabel('usRole', b.usRole), true],
		[DIMENSION_LABELS.speechAct, valueLabel('speechAct', a.speechAct), valueLabel('speechAct', b.speechAct), true],
		[DIMENSION_LABELS.elements, elements(a), elements(b), true],
		[words.stance, a.stance, b.stance, true],
	];
}

function quoteColumn(s: ExportedStatement, heading: string): HTMLElement {
	const section = el('section', undefined, 'compare-col');
	section.setAttribute('aria-label', heading);
	const h = el('h2');
	const link = el('a', words.column(s.speaker.name, formatStatementDate(s.date, s.datePrecision)));
	// The statement's page as the export gives it (made by routes.ts), on this site's origin.
	link.href = new URL(s.url).pathname;
	h.append(link);
	const quote = el('blockquote', undefined, 'quote');
	quote.append(el('p', s.quote));
	const sources = el('ul', undefined, 'compare-sources');
	for (const src of s.sources) {
		const li = el('li');
		const a = el('a', src.original ? words.via(src.original.outlet, src.outlet) : src.outlet);
		a.href = src.url;
		a.rel = 'external noopener noreferrer';
		li.append(a, document.createTextNode(` · ${WORDING_LABELS[src.wording].text}`));
		sources.append(li);
	}
	const caveats = s.labels.length ? el('p', words.caveats(s.labels.join(', ').replaceAll('-', ' ')), 'meta') : null;
	section.append(h, quote, ...(caveats ? [caveats] : []), el('p', words.sources, 'meta'), sources);
	return section;
}

export async function runCompare(root: HTMLElement): Promise<void> {
	const params = new URLSearchParams(location.search);
	const a = params.get('a');
	const b = params.get('b');
	const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
	const out = root.querySelector<HTMLElement>('[data-compare-output]')!;
	root.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
	if (!a || !b) return; // the ready comparisons, rendered with the page, are shown instead
	root.querySelector('[data-ready]')?.setAttribute('hidden', '');
	status.textContent = words.loading;
	const data = (await (await fetch(ROUTES.statementsJson)).json()) as StatementsExport;
	const left = data.statements.find((s) => s.id === a);
	const right = data.statements.find((s) => s.id === b);
	if (!left || !right) {
		const missing = [!left && a, !right && b].filter((m): m is string => Boolean(m));
		status.textContent = words.notFound(missing);
		root.querySelector('[data-ready]')?.removeAttribute('hidden');
		return;
	}
	const events = new Map(Object.entries(JSON.parse(root.dataset.events ?? '{}') as Record<string, string>));
	const table = el('table', undefined, 'compare-table');
	const caption = el('caption', words.caption);
	const head = el('thead');
	const hr = el('tr');
	hr.append(el('th', ''), el('th', words.first), el('th', words.second));
	for (const th of hr.querySelectorAll('th')) th.setAttribute('scope', 'col');
	head.append(hr);
	const body = el('tbody');
	let changes = 0;
	for (const [label, l, r, coded] of rows(left, right, events)) {
		const tr = el('tr');
		const th = el('th', label);
		th.setAttribute('scope', 'row');
		const changed = coded && l !== r;
		if (changed) changes++;
		const cell = (text: string) => {
			const td = el('td');
			td.append(changed ? el('mark', text) : document.createTextNode(text));
			return td;
		};
		tr.append(th, cell(l), cell(r));
		if (changed) tr.className = 'changed';
		body.append(tr);
	}
	table.append(caption, head, body);
	const wrap = el('div', undefined, 'table-scroll');
	wrap.append(table);
	const quotes = el('div', undefined, 'compare-grid');
	quotes.append(quoteColumn(left, words.firstStatement), quoteColumn(right, words.secondStatement));
	out.replaceChildren(wrap, quotes);
	status.textContent = words.changed(changes);
	// The site's name as the page's share tags give it.
	const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '';
	const named = (s: ExportedStatement) => ({ name: s.speaker.name, date: formatStatementDate(s.date, s.datePrecision) });
	document.title = words.documentTitle(named(left), named(right), site);
}
