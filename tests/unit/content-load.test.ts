import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/errors.ts';
import { loadContent, loadContentDir, type SourceFile } from '../../src/lib/content/load.ts';

const FIXTURE = 'tests/fixtures/content';
const TODAY = '2026-11-22';
const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });
const speakers = [read(`${FIXTURE}/speakers/ada-lovelace.md`), read(`${FIXTURE}/speakers/jose-marti.md`)];
const first = read(`${FIXTURE}/articles/example-com-first-report.md`);
const second = read(`${FIXTURE}/articles/example-org-second-report.md`);

/** Loads the fixture with one article's text changed, and returns the error lines. */
function errorsWith(file: SourceFile, change: (text: string) => string, extra: SourceFile[] = []): string[] {
	const articles = [first, second].map((a) => (a === file ? { ...a, text: change(a.text) } : a));
	const result = loadContent(speakers, [...articles, ...extra], { today: TODAY });
	return result.ok ? [] : result.errors.map(formatContentError);
}

describe('loading valid content', () => {
	const result = loadContentDir(FIXTURE, { today: TODAY });
	if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
	const { statements, articles, speakers: people } = result.content;

	it('derives one statement per id, oldest first', () => {
		expect([...statements.keys()]).toEqual(['jose-marti-2025-02-patria', 'ada-lovelace-2025-03-01-engine']);
		expect(people.get('jose-marti')?.name).toBe('José Martí');
	});

	it('keeps the quote byte for byte, straight and curly marks alike', () => {
		expect(statements.get('ada-lovelace-2025-03-01-engine')?.quote).toBe("We don't guarantee — it's “Europe’s” job,");
	});

	it('merges a statement across articles: the primary source first, each with its own wording', () => {
		const s = statements.get('ada-lovelace-2025-03-01-engine')!;
		expect(s.sources.map((x) => [x.article, x.primary, x.quotedAs])).toEqual([
			['example-com-first-report', true, null],
			['example-org-second-report', false, "We don't guarantee: it's Europe's job,"],
		]);
		expect(s.sources[1]).toMatchObject({ outlet: 'Example Post', title: null, author: null, published: null });
	});

	it('fills optional fields honestly: notes missing → null, article statements as ids', () => {
		expect(statements.get('jose-marti-2025-02-patria')?.notes).toBeNull();
		expect(articles.get('example-org-second-report')?.data.statements).toEqual(['ada-lovelace-2025-03-01-engine']);
	});

	it('accepts a UTF-8 byte-order mark and CRLF line endings', () => {
		const crlf = { ...first, text: `\uFEFF${first.text.replace(/\n/g, '\r\n')}` };
		const r = loadContent(speakers, [crlf, second], { today: TODAY });
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.content.statements.get('ada-lovelace-2025-03-01-engine')?.quote).toBe("We don't guarantee — it's “Europe’s” job,");
	});
});

const F = 'tests/fixtures/content/articles/example-com-first-report.md';
const S = 'tests/fixtures/content/articles/example-org-second-report.md';

describe('bad content is reported by file, field and value', () => {
	it.each([
		['an impossible date', first, (t: string) => t.replace('date: 2025-03-01', 'date: 2025-02-30'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].date: "2025-02-30" is not a date (YYYY-MM-DD, or YYYY-MM when only the month is known)`]],
		['a month that does not exist', first, (t: string) => t.replace('date: 2025-03-01', 'date: "2025-13-01"'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].date: "2025-13-01" is not a date (YYYY-MM-DD, or YYYY-MM when only the month is known)`]],
		['a future date', first, (t: string) => t.replace('date: 2025-03-01', 'date: 2027-01-01'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].date: "2027-01-01" is in the future`]],
		['a day precision with a month date', first, (t: string) => t.replace('date: 2025-03-01', 'date: 2025-03'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].date: "2025-03" needs a full date (YYYY-MM-DD) when datePrecision is day`]],
		['an unknown position', first, (t: string) => t.replace('position: supports', 'position: favours'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].position: "favours" is not one of the positions: supports, conditional, opposes, evades, none (content/codebook.md)`]],
		['a stance written by hand (it is derived now)', first, (t: string) => t.replace('position: supports', 'position: supports\n    stance: defers'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].stance: is not a known field (check its spelling)`]],
		['an apostrophe inside a single-quoted quote', first, (t: string) => t.replace("We don''t guarantee", "We don't guarantee"), [`${F}: frontmatter: line 20: a value ends early, likely at an apostrophe or quotation mark inside it (Unexpected scalar at node end); inside a value in '…', write an apostrophe twice ('') — or put the words on the next line after \`quote: |-\`, indented, where nothing needs escaping`]],
		['an unknown speaker', first, (t: string) => t.replace('speaker: ada-lovelace', 'speaker: ada-lovelase'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].speaker: "ada-lovelase" is not a speaker in content/speakers/ (did you mean "ada-lovelace"?)`]],
		['a missing quote field on a record', first, (t: string) => t.replace("    quote: He said the guarantee must come first\n", '    speaker2: x\n').replace('speaker2: x', 'quote: ""'), [`${F}: statements[id=jose-marti-2025-02-patria].quote: "" must not be empty`]],
		['a relative URL', first, (t: string) => t.replace('url: https://example.com/first-report', 'url: /first-report'), [`${F}: url: "/first-report" is not an absolute http(s) web address`]],
		['a javascript: URL', first, (t: string) => t.replace('url: https://example.com/first-report', 'url: "javascript:alert(1)"'), [`${F}: url: "javascript:alert(1)" is not an absolute http(s) web address`]],
		['a misspelt field', first, (t: string) => t.replace('setting: A lecture', 'setting: A lecture\n    seting: typo'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].seting: is not a known field (check its spelling)`]],
		['a missing required field', first, (t: string) => t.replace('    translated: false\n', ''), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].translated: is required but missing`]],
		['a wrong type', first, (t: string) => t.replace('translated: false', 'translated: "no"'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].translated: "no" should be true or false`]],
		['a tab used for indentation', first, (t: string) => t.replace('  - id: jose', '\t- id: jose'), [`${F}: frontmatter: line 31: a tab is used for indentation; indent with spaces`]],
		['a duplicate key', first, (t: string) => t.replace('title: First report', 'title: First report\ntitle: Again'), [`${F}: frontmatter: line 5: a field is written twice`]],
		['an empty file', first, () => '', [`${F}: frontmatter: the file is empty; it needs a frontmatter block between --- lines`]],
		['a reference to a statement with no record', second, (t: string) => t.replace('id: ada-lovelace-2025-03-01-engine', 'id: ada-lovelace-2025-03-01-engin'), [`${S}: statements[id=ada-lovelace-2025-03-01-engin].id: "ada-lovelace-2025-03-01-engin" has no full record in any article (did you mean "ada-lovelace-2025-03-01-engine"?)`]],
		['a conflicting date in another article', second, (t: string) => t.replace('    quotedAs', '    date: 2025-03-02\n    quotedAs'), [`${S}: statements[id=ada-lovelace-2025-03-01-engine].date: "2025-03-02" conflicts with "2025-03-01" in ${F}`]],
		['a statement id listed twice in one article', second, (t: string) => `${t.replace(/---\n$/, '')}  - id: ada-lovelace-2025-03-01-engine\n---\n`, [`${S}: statements[1].id: "ada-lovelace-2025-03-01-engine" is listed twice in this article (also statements[0])`]],
		['a quote with a straightened apostrophe', first, (t: string) => t.replace('“Europe’s”', '“Europe\'\'s”'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].quote: differs from the evidence at character 34 (after "antee — it's “Europe"): it has "'" where the evidence has "’"; likely cause: a straightened apostrophe: copy the page’s curly one`]],
		['a quote that dropped its trailing comma', first, (t: string) => t.replace("job,'", "job'"), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].quote: stops before the "," the page prints inside its closing quotation mark (character 41): likely cause: a dropped trailing comma`]],
		['a quote with a changed word', first, (t: string) => t.replace("We don''t guarantee", "We don''t promise"), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].quote: differs from the evidence at character 10 (after "We don't "): it has "p" where the evidence has "g"; likely cause: a changed word or letter`]],
		['another report\'s wording that is not in its evidence', second, (t: string) => t.replace('    quotedAs', '    evidence: Nothing of the kind.\n    quotedAs'), [`${S}: statements[id=ada-lovelace-2025-03-01-engine].quotedAs: is not found in the evidence: its first character "W" does not start any passage of it; is this the right evidence?`]],
		['the report a quote is copied from called "original"', first, (t: string) => t.replace('    translated: false\n', '    translated: false\n    wording: original\n'), [`${F}: statements[id=ada-lovelace-2025-03-01-engine].wording: is "original", but this report prints the recorded quote itself: leave wording out (same). "original" belongs on another report that prints the speaker's own words when the quote is a translation of them`]],
		['a wording without its kind', second, (t: string) => t.replace('    wording: abridged\n', ''), [`${S}: statements[id=ada-lovelace-2025-03-01-engine].wording: is required with quotedAs: say what kind of wording this report prints (one of: same, original, abridged, extended, retranslation, outlet-translation, machine-transcript, paraphrase)`]],
		['a statement link in a summary to a missing statement', first, (t: string) => t.replace('statement:ada-lovelace-2025-03-01-engine', 'statement:nobody-2025'), [`${F}: body: links to statement "nobody-2025", which does not exist`]],
	])('%s', (_name, file, change, expected) => {
		expect(errorsWith(file, change)).toEqual(expected);
	});

	it('a full record given in two articles', () => {
		const copy = { file: 'content/articles/copy.md', text: first.text.replace('https://example.com/first-report', 'https://example.com/copy') };
		expect(errorsWith(first, (t) => t, [copy])).toEqual([
			'content/articles/copy.md: statements[id=ada-lovelace-2025-03-01-engine].id: "ada-lovelace-2025-03-01-engine" already has its full record in tests/fixtures/content/articles/example-com-first-report.md; describe a statement once and list only its id (and quotedAs) in other articles',
			'content/articles/copy.md: statements[id=jose-marti-2025-02-patria].id: "jose-marti-2025-02-patria" already has its full record in tests/fixtures/content/articles/example-com-first-report.md; describe a statement once and list only its id (and quotedAs) in other articles',
		]);
	});

	it('never throws, and never reports without a file and field', () => {
		for (const text of ['---', '---\n---\n', '---\n[1, 2]\n---\n', '---\nstatements: 3\n---\n', 'no frontmatter', '---\nurl: [\n---\n']) {
			const r = loadContent(speakers, [{ file: 'x.md', text }], { today: TODAY });
			expect(r.ok).toBe(false);
			if (!r.ok) for (const e of r.errors) expect(formatContentError(e)).toMatch(/^x\.md: \S.*: \S/);
		}
	});
});

describe('the controlled lists and the events', () => {
	const topics = { file: 'content/topics.yaml', text: 'europe-role: "What Europe would do."\nus-role: "What the U.S. would do."\n' };
	const countries = { file: 'content/countries.yaml', text: 'United Kingdom: europe\nCuba: other\nUnited States: united-states\n' };
	const load = (articles: SourceFile[], people = speakers, events: SourceFile[] = []) => {
		const r = loadContent(people, articles, { today: TODAY, topics, countries, events });
		return r.ok ? [] : r.errors.map(formatContentError);
	};

	it('accept the fixture when its topics and countries are on the lists', () => {
		expect(load([first, second])).toEqual([]);
	});

	it('refuse a topic that is not on the list, suggesting the closest', () => {
		expect(load([{ ...first, text: first.text.replace('- europe-role', '- europe-rol') }, second])).toEqual([
			`${F}: statements[id=ada-lovelace-2025-03-01-engine].topics[0]: "europe-rol" is not a topic in content/topics.yaml (did you mean "europe-role"?)`,
		]);
	});

	it('refuse a speaker’s country that is not on the list, suggesting the closest', () => {
		const people = [speakers[0]!, { ...speakers[1]!, text: speakers[1]!.text.replace('country: Cuba', 'country: Cubaa') }];
		expect(load([first, second], people)).toEqual([`${FIXTURE}/speakers/jose-marti.md: country: "Cubaa" is not in content/countries.yaml (did you mean "Cuba"?)`]);
	});

	it('refuse an event that has no file, and an event without a summary of ours', () => {
		const withEvent = { ...first, text: first.text.replace('    setting: A lecture\n', '    setting: A lecture\n    event: royal-society-1843\n') };
		expect(load([withEvent, second])).toEqual([`${F}: statements[id=ada-lovelace-2025-03-01-engine].event: "royal-society-1843" is not an event in content/events/ (add a file for it there)`]);
		const event = { file: 'content/events/royal-society-1843.md', text: '---\nname: A lecture at the Royal Society\nkind: speech\nstart: 2025-03-01\nsources:\n  - https://example.com/first-report\n---\n' };
		expect(load([withEvent, second], speakers, [event])).toEqual(['content/events/royal-society-1843.md: body: is empty: say in a few sentences of our own what happened and what was decided']);
		expect(load([withEvent, second], speakers, [{ ...event, text: `${event.text}A lecture on the engine.\n` }])).toEqual([]);
	});

	it('give each event the statements made at it, and an event with none an empty list', () => {
		const withEvent = { ...first, text: first.text.replace('    setting: A lecture\n', '    setting: A lecture\n    event: royal-society-1843\n') };
		const event = (id: string) => ({ file: `content/events/${id}.md`, text: `---\nname: A lecture\nkind: speech\nstart: 2025-03-01\nsources:\n  - https://example.com/first-report\n---\nA lecture on the engine.\n` });
		const r = loadContent(speakers, [withEvent, second], { today: TODAY, topics, countries, events: [event('royal-society-1843'), event('quiet-evening')] });
		if (!r.ok) throw new Error(r.errors.map(formatContentError).join('\n'));
		expect(r.content.events.get('royal-society-1843')?.data.statements).toEqual(['ada-lovelace-2025-03-01-engine']);
		expect(r.content.events.get('quiet-evening')?.data.statements).toEqual([]);
	});
});
