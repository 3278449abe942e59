/**
 * Browser logic of /compare/?a=<id>&b=<id>: loads the public export, shows both statements
 * side by side and marks the words of each quote that the other lacks. Builds the DOM with
 * textContent only: quotes are never parsed as HTML.
 */
import { wordDiff } from '../../lib/diff.ts';
import type { ExportedStatement, StatementsExport } from '../../lib/export.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function column(s: ExportedStatement, segments: { text: string; changed: boolean }[], heading: string): HTMLElement {
	const section = el('section', undefined, 'compare-col');
	section.setAttribute('aria-label', heading);
	const h = el('h2');
	const link = el('a', s.speaker.name);
	link.href = `/statements/${s.id}/`;
	h.append(link);
	section.append(h);
	const facts = el('dl', undefined, 'facts');
	for (const [k, v] of [
		['Date', s.datePrecision === 'day' ? s.date : `${s.date} (${s.datePrecision})`],
		['Role', s.speaker.role],
		['Setting', s.setting],
		['Stance', s.stance],
		['Kind', s.kind === 'direct_quote' ? 'Direct quote' : 'Paraphrase'],
	] as const) {
		facts.append(el('dt', k), el('dd', v));
	}
	section.append(facts);
	const quote = el('blockquote', undefined, 'quote');
	const p = el('p');
	for (const seg of segments) p.append(seg.changed ? el('mark', seg.text) : document.createTextNode(seg.text));
	quote.append(p);
	section.append(quote);
	return section;
}

export async function runCompare(root: HTMLElement): Promise<void> {
	const params = new URLSearchParams(location.search);
	const a = params.get('a');
	const b = params.get('b');
	const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
	const out = root.querySelector<HTMLElement>('[data-compare-output]')!;
	root.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
	if (!a || !b) {
		status.textContent = 'Choose two statements: open a statement page and follow “compare”, or give ?a=<id>&b=<id>.';
		return;
	}
	status.textContent = 'Loading…';
	const data = (await (await fetch('/data/statements.json')).json()) as StatementsExport;
	const left = data.statements.find((s) => s.id === a);
	const right = data.statements.find((s) => s.id === b);
	const missing = [!left && a, !right && b].filter(Boolean);
	if (!left || !right) {
		status.textContent = `No statement with the id ${missing.map((m) => `“${m}”`).join(' or ')}.`;
		return;
	}
	const diff = wordDiff(left.quote, right.quote);
	out.replaceChildren(column(left, diff.a, 'First statement'), column(right, diff.b, 'Second statement'));
	const changed = diff.b.filter((s) => s.changed).length + diff.a.filter((s) => s.changed).length;
	status.textContent = changed ? 'Marked words appear in one quote and not in the other.' : 'The two quotes have the same words.';
	document.title = `Compare: ${left.speaker.name} ${left.date} and ${right.speaker.name} ${right.date} · Guarantee Watch`;
}
