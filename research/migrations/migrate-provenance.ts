/**
 * Ran once, on 3 December 2026; running it again would duplicate its corrections. One-off migration to the provenance model (issue 12), kept for the record of how the
 * founding content got its evidence, wording classes and original outlets:
 *
 *   node research/migrations/migrate-provenance.ts
 *
 * Reads ../shared/sources/dossier.yaml (each statement's excerpt, the evidence) and the
 * research files research/provenance/{sources,statements}.yaml (headlines, dates and originals
 * found in the stored pages; texts rewritten for readers; wording classes), and rewrites the
 * frontmatter of content/articles/*.md. Quotes and wordings pass through untouched.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseFrontmatterFile } from '../../src/lib/content/frontmatter.ts';

type Obj = Record<string, unknown>;
const dossier = YAML.parse(readFileSync('../shared/sources/dossier.yaml', 'utf8')) as { statements: Obj[] };
const excerpt = new Map(dossier.statements.map((s) => [s['id'] as string, s['excerpt_check'] as string]));
const load = (p: string): Obj => (existsSync(p) ? ((YAML.parse(readFileSync(p, 'utf8')) as Obj) ?? {}) : {});
const sources = load('research/provenance/sources.yaml');
const texts = load('research/provenance/statements.yaml');
const codeList = (existsSync('research/coding/codes.yaml') ? YAML.parse(readFileSync('research/coding/codes.yaml', 'utf8')) : YAML.parse(readFileSync('research/coding/codes-primary.yaml', 'utf8'))) as Obj[];
const codes = new Map(codeList.map((c) => [c['id'] as string, c]));
const ADDED = '2026-11-22';

/** The research notes on a copy's original, in words for readers (no working vocabulary). */
function publicBasis(text: string | null | undefined): string | null {
	if (!text) return null;
	return text
		.replace(/\s*\((?:title and date (?:also )?from the dossier(?: and URL path)?; )?not re-searched\)/g, '')
		.replace(/;?\s*not re-searched\.?/g, '.')
		.replace(/\(seed \d(?: finding)?\)\s*/g, '')
		.replace(/the page's sentence quoted in the dossier \(excerpt_check\)/gi, 'the sentence we keep as evidence')
		.replace(/The retrieved page \(shared\/sources\/seeds\/[^)]*\)/g, 'The page')
		.replace(/[Tt]he dossier's outlet field (records|calls|says|name)/g, (_m, verb: string) => `Our first record of this page ${verb === 'name' ? 'names' : verb === 'records' ? 'notes' : verb}`)
		.replace(/[Tt]he dossier's outlet field/g, 'our first record of this page')
		.replace(/From the dossier's outlet field/g, 'From our first record of this page')
		.replace(/[Tt]he dossier's(?= [a-z])/g, 'our first record’s')
		.replace(/(^|\. )[Tt]he dossier /g, (_m, p: string) => `${p}Our first record `)
		.replace(/the dossier/g, 'our first record')
		.replace(/the page was not found in the stored excerpts searched/g, 'we could not read the page again to check it')
		.replace(/The copy itself was not found in the stored excerpts\./g, 'We could not read the copy again to check it.')
		.replace(/[Oo]ur first record records/g, 'Our first record notes')
		.replace(/the page itself was not found in the stored excerpts searched/g, 'we could not read the page again to check it')
		.replace(/not found in the stored excerpts/g, 'not found among the stored pages')
		.replace(/stored excerpts?/g, 'stored copy')
		.replace(/^the /, 'The ')
		.replace(/(, and |; |, )Our first/g, '$1our first')
		.replace(/\.\./g, '.')
		.replace(/\s+\./g, '.')
		.trim();
} // the day the founding record was imported (git history)

function pick(o: Obj, order: string[]): Obj {
	const out: Obj = {};
	for (const k of order) if (o[k] !== undefined) out[k] = o[k];
	for (const k of Object.keys(o)) if (!(k in out) && o[k] !== undefined) out[k] = o[k];
	return out;
}

const dir = 'content/articles';
const TODAY = '2026-12-03';
const redirects: Obj[] = [];
/** Corrections to add, by statement id, for sources found to print another remark. */
const dropped = new Map<string, string[]>();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
	const path = join(dir, name);
	const parsed = parseFrontmatterFile(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
	const data = parsed.data as Obj;
	const url = data['url'] as string;
	const src = (sources[url] ?? {}) as Obj;
	if (src['site']) data['outlet'] = src['site'];
	for (const k of ['title', 'published', 'author'] as const) {
		if ((data[k] === null || data[k] === undefined) && src[k]) data[k] = src[k];
	}
	if (data['title'] && data['titleNote'] && src['title'] && src['title'] === data['title']) delete data['titleNote'];
	const orig = src['original'] as Obj | null | undefined;
	if (orig && orig['outlet']) {
		data['original'] = pick(
			{ outlet: orig['outlet'], title: orig['title'] ?? null, author: orig['author'] ?? null, published: orig['published'] ?? null, url: orig['url'] ?? null, basis: publicBasis(orig['basis'] as string | undefined), relation: src['relation'] === 'rewrite' || src['relation'] === 'citing' ? src['relation'] : 'copy' },
			[],
		);
		for (const k of ['title', 'author', 'published', 'url', 'basis'] as const) if ((data['original'] as Obj)[k] === null) delete (data['original'] as Obj)[k];
	}
	const statements = (data['statements'] as Obj[]).flatMap((st) => {
		const id = st['id'] as string;
		const t = (texts[id] ?? {}) as Obj;
		const wordings = (t['wordings'] ?? {}) as Obj;
		if (!('quote' in st)) {
			const w = wordings[url] as string | undefined;
			if (w === 'different-remark') {
				// Not a wording of this statement: the report quotes another sentence. It leaves
				// the statement's sources; the correction says so on the statement's page.
				dropped.set(id, [...(dropped.get(id) ?? []), (data['outlet'] as string) ?? url]);
				return null;
			}
			if (st['quotedAs'] !== undefined) st['wording'] = w && w !== 'same' ? w : (st['wording'] ?? 'abridged');
			else if (w && w !== 'same' && w !== 'different-remark') st['wording'] = w;
			return [pick(st, ['id', 'quotedAs', 'wording', 'evidence', 'language'])];
		}
		const ev = excerpt.get(id);
		if (!ev) throw new Error(`${id}: no excerpt in the dossier`);
		st['evidence'] = ev;
		st['added'] ??= ADDED;
		if (t['context']) st['context'] = t['context'];
		if (t['notes'] !== undefined) st['notes'] = t['notes'];
		if (t['spoken_language'] && t['spoken_language'] !== 'unknown') st['spokenLanguage'] = t['spoken_language'];
		if (t['quote_language'] && t['quote_language'] !== 'en') st['language'] = t['quote_language'];
		if (st['translated'] === true) st['translatedBy'] = t['translated_by'] && t['translated_by'] !== 'null' ? t['translated_by'] : 'unknown';
		if (t['speaker_identified'] === 'inferred') st['speakerIdentified'] = 'inferred';
		const w = wordings[url] as string | undefined;
		if (w && w !== 'same' && w !== 'different-remark') st['wording'] = w;
		const code = codes.get(id);
		if (!code) throw new Error(`${id}: not coded`);
		delete st['stance'];
		Object.assign(st, { position: code['position'], usRole: code['usRole'], speechAct: code['speechAct'], elements: code['elements'] ?? [] });
		return [pick(st, ['id', 'speaker', 'role', 'date', 'datePrecision', 'setting', 'event', 'kind', 'quote', 'evidence', 'wording', 'language', 'spokenLanguage', 'translated', 'translatedBy', 'speakerIdentified', 'position', 'usRole', 'speechAct', 'elements', 'topics', 'context', 'notes', 'corrections', 'added', 'updated'])];
	}).filter((st): st is Obj => st !== null);
	if (statements.length === 0) {
		// The report carried only another remark: its page goes, and its published address
		// leads to the statement it was once listed under.
		const was = (data['statements'] as Obj[])[0]!['id'] as string;
		rmSync(path);
		redirects.push({ from: `/sources/${name.slice(0, -3)}/`, to: `/statements/${was}/`, reason: 'This report quotes another remark by the same speaker, not this statement; it was removed from the statement’s sources.' });
		continue;
	}
	const front = pick({ ...data, statements }, ['url', 'outlet', 'title', 'titleNote', 'author', 'published', 'original', 'statements']);
	const yaml = YAML.stringify(front, { lineWidth: 0, minContentWidth: 0 });
	writeFileSync(path, `---\n${yaml}---\n${parsed.body}`);
}
// Fixups that the research found (issue 12), each a documented change to the record.
function edit(file: string, change: (data: Obj) => void): void {
	const path = join(dir, file);
	const parsed = parseFrontmatterFile(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
	change(parsed.data as Obj);
	writeFileSync(path, `---\n${YAML.stringify(parsed.data, { lineWidth: 0, minContentWidth: 0 })}---\n${parsed.body}`);
}
function findRecord(id: string): string {
	for (const name of readdirSync(dir)) {
		const text = readFileSync(join(dir, name), 'utf8');
		if (new RegExp(`id: ${id}\\n\\s+speaker:`).test(text)) return name;
	}
	throw new Error(`no record of ${id}`);
}
function record(data: Obj, id: string): Obj {
	return (data['statements'] as Obj[]).find((s) => s['id'] === id && 'quote' in s)!;
}
for (const [id, outlets] of dropped) {
	edit(findRecord(id), (data) => {
		const r = record(data, id);
		r['corrections'] = [...((r['corrections'] as Obj[] | undefined) ?? []), { date: TODAY, change: `Removed ${outlets.join(' and ')} from the sources of this statement.`, reason: `On checking each wording, ${outlets.length === 1 ? 'that report quotes' : 'those reports quote'} another remark by the same speaker, not this one.` }];
		r['updated'] = TODAY;
	});
}
// The Zelensky CNN interview was given on Monday 23 February 2026 (a CNN copy says so).
edit(findRecord('zelensky-2026-02-cnn-if-putin-comes-again'), (data) => {
	const r = record(data, 'zelensky-2026-02-cnn-if-putin-comes-again');
	if (r['date'] !== '2026-02-24') throw new Error(`CNN interview date is ${String(r['date'])}`);
	r['date'] = '2026-02-23';
	r['datePrecision'] = 'day';
	r['corrections'] = [...((r['corrections'] as Obj[] | undefined) ?? []), { date: TODAY, change: 'The date was 24 February 2026; it is 23 February 2026.', reason: 'A copy of CNN’s report says the interview was given on Monday, 23 February; 24 February was the date of the report we first read.' }];
	r['updated'] = TODAY;
});
// The New York Times report (read in a copy on saluranwarta.com) is an original report of the
// 26 February 2025 cabinet meeting, and also describes Trump's silence on 24 February.
const NYT_SILENCE = 'He stood in silence on Monday when Emmanuel Macron, the president of France, repeatedly brought up the topic of security guarantees at a joint news conference at the White House.';
const seed003 = readFileSync('../shared/sources/seeds/003_2cf97cec337c15a2.txt', 'utf8');
if (!seed003.includes(NYT_SILENCE)) throw new Error('the NYT passage is not in the stored report');
edit('saluranwarta-com-trump-says-ukraine-should-look-to-europe-for-any-security.md', (data) => {
	data['outlet'] = 'saluranwarta.com';
	data['original'] = { outlet: 'The New York Times', title: 'Trump Says Ukraine Should Look to Europe for Any Security Guarantees', author: 'David E. Sanger', published: '2025-02-26', basis: 'The page reproduces The New York Times’ report with its byline and photo credits.', relation: 'copy' };
	const statements = data['statements'] as Obj[];
	if (!statements.some((s) => s['id'] === 'trump-2025-02-24-silent-on-guarantees')) {
		statements.push({ id: 'trump-2025-02-24-silent-on-guarantees', quotedAs: NYT_SILENCE, wording: 'paraphrase', evidence: NYT_SILENCE });
	}
});
edit(findRecord('trump-2025-02-24-silent-on-guarantees'), (data) => {
	const r = record(data, 'trump-2025-02-24-silent-on-guarantees');
	r['updated'] = TODAY;
});
// axy.media's account of the 7 January 2026 interview carries its own ("save lives") wording.
const AXY_SAVE_LIVES = 'I just don’t want to be in a situation where I have to say this because I have to try to save lives… We are doing everything we can. I don’t have a specific timeframe,';
const seed000 = readFileSync('../shared/sources/seeds/000_c7e422716a13ca6e.txt', 'utf8');
const axyLine = seed000.split('\n').find((l) => l.includes(AXY_SAVE_LIVES));
if (!axyLine) throw new Error('the axy.media wording is not in the stored report');
const axyEvidence = axyLine.slice(axyLine.indexOf('“I just'));
edit('axy-media-trump-signals-readiness-to-commit-u-s-support-for-ukraine-s-future.md', (data) => {
	data['outlet'] = 'axy.media';
	const statements = data['statements'] as Obj[];
	if (!statements.some((s) => s['id'] === 'trump-2026-01-07-nyt-save-lives')) {
		statements.push({ id: 'trump-2026-01-07-nyt-save-lives', quotedAs: AXY_SAVE_LIVES, wording: 'retranslation', evidence: axyEvidence });
	}
});
edit(findRecord('trump-2026-01-07-nyt-save-lives'), (data) => {
	record(data, 'trump-2026-01-07-nyt-save-lives')['updated'] = TODAY;
});
if (redirects.length) writeFileSync('content/redirects.yaml', YAML.stringify(redirects, { lineWidth: 0 }));
console.log(`migrated; ${dropped.size} statements lost a source that quotes another remark; ${redirects.length} report pages now redirect`);
