/**
 * Ready-made citations of one statement: APA, Chicago and MLA text, BibTeX and CSL-JSON.
 * Each names the speaker, the date (as precisely as it is known), the setting, the primary
 * source (outlet, title, date, URL) and our permanent URL with the access date.
 */
import { format } from 'date-fns/format';
import type { Speaker, Statement, StatementSource } from './content/schemas.ts';
import { parseRecordDate } from './dates.ts';
import { primarySource } from './statements.ts';
import { citedOutlet, citedTitle } from './statement-view.ts';

/** Name particles that belong to the family name ("von der Leyen"). */
const PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'di', 'du', 'la', 'le']);

/** Splits "Ursula von der Leyen" into given "Ursula" and family "von der Leyen". */
export function splitName(name: string): { given: string; family: string } {
	const words = name.trim().split(/\s+/);
	let i = words.length - 1;
	while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
	return { given: words.slice(0, i).join(' '), family: words.slice(i).join(' ') };
}

function dateParts(value: string): number[] {
	return value.split('-').map(Number);
}

function pattern(value: string, day: string, month: string): string {
	const date = parseRecordDate(value)!;
	return format(date, value.length === 7 ? month : day);
}

export interface CitationInput {
	statement: Statement;
	speaker: Pick<Speaker, 'name'>;
	/** Our permanent address of the statement. */
	permalink: string;
	/** `YYYY-MM-DD`: when the record was read (the build date). */
	accessed: string;
}

export interface Citations {
	apa: string;
	chicago: string;
	mla: string;
	bibtex: string;
	cslJson: string;
}

function sourceTitle(source: StatementSource): string {
	return citedTitle(source) ?? 'untitled report';
}

/** ", read in a copy on dnyuz.com" where the page is a copy; citations name the original first. */
function via(source: StatementSource): string {
	if (!source.original) return '';
	return source.original.relation === 'citing' ? `, as reported by ${source.outlet}` : `, read in a copy on ${source.outlet}`;
}

/** Every citation format for one statement. */
export function citations({ statement: s, speaker, permalink, accessed }: CitationInput): Citations {
	const source = primarySource(s);
	const { given, family } = splitName(speaker.name);
	const initials = given
		.split(/\s+/)
		.filter(Boolean)
		.map((w) => `${w[0]}.`)
		.join(' ');
	const approx = s.datePrecision === 'approximate';
	const apaDate = `${pattern(s.date, 'yyyy, MMMM d', 'yyyy, MMMM')}${approx ? ', approximate' : ''}`;
	const longDate = `${approx ? 'about ' : ''}${pattern(s.date, 'MMMM d, yyyy', 'MMMM yyyy')}`;
	const mlaDate = `${approx ? 'c. ' : ''}${pattern(s.date, 'd MMM. yyyy', 'MMM. yyyy')}`;
	const when = source.original?.published ?? source.published;
	const outlet = citedOutlet(source);
	const published = when ? pattern(when, 'MMMM d, yyyy', 'MMMM yyyy') : 'n.d.';
	const mlaPublished = when ? pattern(when, 'd MMM. yyyy', 'MMM. yyyy') : 'n.d.';
	const accessedLong = pattern(accessed, 'MMMM d, yyyy', 'MMMM yyyy');
	const accessedMla = pattern(accessed, 'd MMM. yyyy', 'MMM. yyyy');
	const kind = s.kind === 'paraphrase' ? 'Statement, as paraphrased' : 'Statement';

	const apa = `${family}, ${initials} (${apaDate}). [${kind}, ${s.setting}]. Reported in ${outlet}, ${sourceTitle(source)} (${published})${via(source)}. ${source.url}. Recorded by Guarantee Watch, retrieved ${accessedLong}, from ${permalink}`;
	const chicago = `${speaker.name}, ${s.setting}, ${longDate}, quoted in ${outlet}, “${sourceTitle(source)},” ${published}${via(source)}, ${source.url}; Guarantee Watch, accessed ${accessedLong}, ${permalink}.`;
	const mla = `${family}, ${given}. ${kind}. ${s.setting}, ${mlaDate}. Reported in “${sourceTitle(source)},” ${outlet}, ${mlaPublished}${via(source)}, ${source.url}. Guarantee Watch, ${permalink}. Accessed ${accessedMla}.`;

	const bib = (v: string) => v.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1');
	const [year, month] = dateParts(s.date);
	const bibtex = [
		`@misc{${s.id},`,
		`  author = {${bib(family)}, ${bib(given)}},`,
		`  title = {${bib(`${kind}, ${s.setting}`)}},`,
		`  year = {${year}},`,
		`  month = {${month}},`,
		`  howpublished = {\\url{${permalink}}},`,
		// URLs go inside \url{} unescaped: escaping their underscores would break them.
		`  note = {${bib(`${approx ? 'Approximate date. ' : ''}Reported in ${outlet}, ${sourceTitle(source)} (${published})${via(source)}, `)}\\url{${source.url}}. Accessed ${accessed}.},`,
		'}',
	].join('\n');

	const csl = {
		id: s.id,
		type: 'speech',
		author: [{ family, given }],
		title: `${kind}, ${s.setting}`,
		issued: approx ? { 'date-parts': [dateParts(s.date)], circa: true } : { 'date-parts': [dateParts(s.date)] },
		'container-title': 'Guarantee Watch',
		URL: permalink,
		accessed: { 'date-parts': [dateParts(accessed)] },
		note: `Reported in ${outlet}, ${sourceTitle(source)}${when ? ` (${when})` : ''}${via(source)}, ${source.url}`,
	};
	return { apa, chicago, mla, bibtex, cslJson: JSON.stringify([csl], null, 2) };
}
