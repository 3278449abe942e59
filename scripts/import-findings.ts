/**
 * Adds researched statements to content/ through the same files an editor writes by hand:
 *
 *   node scripts/import-findings.ts research/findings/<group>.yaml [more.yaml…] [--codes research/coding/codes.yaml] [--added YYYY-MM-DD]
 *
 * A findings file is a YAML list in the format of research/BRIEF-research.md: each statement
 * with its speaker, date, setting, quote, evidence and sources. A `*-extra-sources.yaml` file
 * lists further reports of statements already on record. For each statement this
 *   - creates the speaker's file if the speaker is new,
 *   - puts the full record in the article of the page the quote was copied from (creating the
 *     article file, named from its address, when the page is not on file yet),
 *   - lists the statement's id, wording and evidence in the article of every other source,
 *   - codes it from --codes (the codebook's dimensions), which every new statement needs.
 * Statements already on record are skipped with a note. Quotes and evidence are copied as
 * data: the written files are read back and compared byte for byte. `npm run validate` then
 * checks everything else.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseFrontmatterFile } from '../src/lib/content/frontmatter.ts';
import { articleSlugFromUrl } from '../src/lib/content/slugs.ts';

type Obj = Record<string, unknown>;
const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const v = args[i + 1];
	args.splice(i, 2);
	return v;
};
const codesPath = flag('--codes');
const added = flag('--added') ?? new Date().toISOString().slice(0, 10);
const contentDir = flag('--content') ?? 'content';
const codes = new Map<string, Obj>();
if (codesPath) for (const c of YAML.parse(readFileSync(codesPath, 'utf8')) as Obj[]) codes.set(c.id as string, c);

const articlesDir = join(contentDir, 'articles');
const speakersDir = join(contentDir, 'speakers');

interface ArticleFile {
	path: string;
	data: Obj;
	body: string;
	changed: boolean;
}
const byUrl = new Map<string, ArticleFile>();
const slugs = new Set<string>();
const recorded = new Set<string>();
/** The language of each recorded quote and the language spoken, to judge other wordings against. */
const statementLanguage = new Map<string, { language: string; spoken: string | undefined }>();
for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md'))) {
	const path = join(articlesDir, name);
	const parsed = parseFrontmatterFile(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new Error(`${path}: ${parsed.message}; fix it first (npm run validate)`);
	const file = { path, data: parsed.data as Obj, body: parsed.body, changed: false };
	byUrl.set(file.data.url as string, file);
	slugs.add(name.slice(0, -3));
	for (const s of file.data.statements as Obj[]) {
		if (!('quote' in s)) continue;
		recorded.add(s.id as string);
		statementLanguage.set(s.id as string, { language: (s.language as string | undefined) ?? 'en', spoken: s.spokenLanguage as string | undefined });
	}
}

function articleFor(src: Obj): ArticleFile {
	const url = src.url as string;
	const known = byUrl.get(url);
	if (known) return known;
	const base = articleSlugFromUrl(url);
	let slug = base;
	for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
	slugs.add(slug);
	const data: Obj = {
		url,
		outlet: src.outlet,
		title: src.title ?? null,
		author: src.author ?? null,
		published: src.published ?? null,
	};
	if (src.original_outlet) {
		const original: Obj = { outlet: src.original_outlet };
		if (src.original_title) original.title = src.original_title;
		original.relation = src.relation ?? 'copy';
		data.original = original;
	}
	data.statements = [];
	const file = { path: join(articlesDir, `${slug}.md`), data, body: '', changed: true };
	byUrl.set(url, file);
	return file;
}

/**
 * A wording in another language than the quote is never "the same": it is the speaker's own
 * words (`original`, when in the language spoken) or someone's translation.
 */
function wordingOf(src: Obj, quoteLanguage: string, spoken: string | undefined): string | undefined {
	const w = src.wording as string | undefined;
	const lang = (src.language as string | undefined) ?? 'en';
	if (lang !== quoteLanguage && (w === undefined || w === 'same')) return lang === spoken ? 'original' : 'outlet-translation';
	return w;
}

function reference(id: string, src: Obj): Obj {
	const entry: Obj = { id };
	if (src.quoted_as) entry.quotedAs = src.quoted_as;
	if (src.wording && (src.wording !== 'same' || src.quoted_as)) entry.wording = src.wording;
	if (src.evidence) entry.evidence = src.evidence;
	if (src.language && src.language !== 'en') entry.language = src.language;
	return entry;
}

function listed(file: ArticleFile, id: string): boolean {
	return (file.data.statements as Obj[]).some((s) => s.id === id);
}

let statementsAdded = 0;
let sourcesAdded = 0;
const notes: string[] = [];
for (const input of args) {
	const items = (YAML.parse(readFileSync(input, 'utf8')) ?? []) as Obj[];
	for (const f of items) {
		if ('statement' in f) {
			// A further report of a statement on record.
			const id = f.statement as string;
			const file = articleFor(f);
			const target = statementLanguage.get(id);
			if (target) {
				const w = wordingOf(f, target.language, target.spoken);
				if (w) f.wording = w;
			}
			if (listed(file, id)) {
				notes.push(`${input}: ${id} is already listed in ${file.path}`);
				continue;
			}
			(file.data.statements as Obj[]).push(reference(id, f));
			file.changed = true;
			sourcesAdded++;
			continue;
		}
		const id = f.id as string;
		if (recorded.has(id)) {
			notes.push(`${input}: ${id} is already on record; skipped`);
			continue;
		}
		const code = codes.get(id);
		if (codesPath && !code) throw new Error(`${input}: ${id} has no codes in ${codesPath}; code it first`);
		const speaker = f.speaker as string;
		const speakerFile = join(speakersDir, `${speaker}.md`);
		if (!existsSync(speakerFile)) {
			writeFileSync(speakerFile, `---\n${YAML.stringify({ name: f.speaker_name, country: f.speaker_country }, { lineWidth: 0 })}---\n`);
		}
		const [primary, ...others] = f.sources as Obj[];
		if (!primary) throw new Error(`${input}: ${id} has no source`);
		const translatedBy = f.translated_by && f.translated_by !== 'null' ? f.translated_by : null;
		const dateBasis = f.date_basis as string | undefined;
		const noteText = [f.notes as string | null | undefined, dateBasis].filter((t): t is string => Boolean(t?.trim())).join(' ');
		const record: Obj = {
			id,
			speaker,
			role: f.role,
			date: String(f.date),
			datePrecision: f.date_precision,
			setting: f.setting,
			...(f.event ? { event: f.event } : {}),
			kind: f.kind,
			quote: f.quote,
			evidence: primary.evidence,
			// The page a quote is copied from prints the quote itself: a researcher's "original"
			// (the speaker's own language) is "same" here; the loader refuses "original" on a record.
			...(primary.wording && primary.wording !== 'same' && primary.wording !== 'original' ? { wording: primary.wording } : {}),
			...(f.language && f.language !== 'en' ? { language: f.language } : {}),
			...(f.spoken_language && f.spoken_language !== 'unknown' ? { spokenLanguage: f.spoken_language } : {}),
			translated: translatedBy !== null,
			...(translatedBy ? { translatedBy } : {}),
			...(code ? { position: code.position, usRole: code.usRole, speechAct: code.speechAct, elements: code.elements ?? [] } : {}),
			topics: f.topics,
			context: f.context,
			notes: noteText || null,
			added,
		};
		const file = articleFor(primary);
		(file.data.statements as Obj[]).push(record);
		file.changed = true;
		recorded.add(id);
		statementLanguage.set(id, { language: (f.language as string | undefined) ?? 'en', spoken: f.spoken_language as string | undefined });
		statementsAdded++;
		for (const src of others) {
			const other = articleFor(src);
			if (listed(other, id)) continue;
			const w = wordingOf(src, (f.language as string | undefined) ?? 'en', f.spoken_language as string | undefined);
			(other.data.statements as Obj[]).push(reference(id, { ...src, ...(w ? { wording: w } : {}) }));
			other.changed = true;
			sourcesAdded++;
		}
	}
}

for (const file of byUrl.values()) {
	if (!file.changed) continue;
	const text = `---\n${YAML.stringify(file.data, { lineWidth: 0, minContentWidth: 0 })}---\n${file.body}`;
	writeFileSync(file.path, text);
	// Read back: every quote, wording and evidence must survive the YAML byte for byte.
	const back = parseFrontmatterFile(text);
	if (!back.ok) throw new Error(`${file.path}: written file does not parse: ${back.message}`);
	const again = back.data.statements as Obj[];
	(file.data.statements as Obj[]).forEach((entry, i) => {
		for (const key of ['quote', 'quotedAs', 'evidence']) {
			if (entry[key] !== undefined && again[i]?.[key] !== entry[key]) throw new Error(`${file.path}: statements[${i}].${key} does not round-trip`);
		}
	});
}
for (const n of notes) console.log(n);
console.log(`added ${statementsAdded} statements and ${sourcesAdded} further sources; now run npm run validate`);
