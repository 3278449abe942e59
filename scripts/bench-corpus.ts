/**
 * `npm run bench:corpus -- --statements 20000 [--out .bench/corpus-20000]`: a synthetic but
 * realistic record for benchmarks, written outside content/ (the real record is never
 * touched). About 2.5 statements per article, 300 speakers (one with 500 statements), three
 * years of dates in every precision, quotes of 10–120 words with curly quotes and non-ASCII
 * names, and further reports of many statements with their own variant wording.
 * Deterministic: the same size always gives the same corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { ELEMENTS, POSITIONS, SPEECH_ACTS, US_ROLES } from '../src/lib/coding.ts';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const N = Number(arg('statements', '1000'));
const OUT = arg('out', `.bench/corpus-${N}`);

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
const WORDS = 'security guarantees for Ukraine must be real and the United States will support Europe as it leads a reassurance force after a ceasefire with Article 5-like protection backed by air power and a 15-year commitment that Russia cannot veto while negotiators in Geneva and Riyadh discuss the 28-point plan'.split(' ');
const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'Kyiv Independent', 'Le Monde (English)', 'Süddeutsche Zeitung', 'Gazeta Wyborcza', 'BBC News', 'Deutsche Welle', 'Ukrainska Pravda'];

function quote(): string {
	const n = int(10, 120);
	const words = Array.from({ length: n }, () => pick(WORDS));
	words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
	if (rand() < 0.3) words[int(0, n - 1)] = `“${pick(WORDS)}”`;
	if (rand() < 0.3) words[int(0, n - 1)] = 'it’s';
	if (rand() < 0.1) words[int(0, n - 1)] = '—';
	return `${words.join(' ')}${pick([',', '.', '…'])}`;
}

function variant(q: string): string {
	const words = q.split(' ');
	words[int(0, words.length - 1)] = pick(WORDS);
	const out = words.join(' ').replace(/’/g, "'");
	return out === q ? `${out} indeed` : out;
}

const speakers = Array.from({ length: 300 }, (_, i) => ({ id: `speaker-${i + 1}`, name: `${pick(FIRST)} ${pick(LAST)}`, country: pick(COUNTRIES) }));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'speakers'), { recursive: true });
mkdirSync(join(OUT, 'articles'), { recursive: true });
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
			setting: `${pick(['Press conference', 'Interview', 'Speech', 'Briefing'])} in ${pick(['Kyiv', 'Brussels', 'Washington', 'Paris', 'Berlin', 'Warsaw'])}`,
			kind: rand() < 0.9 ? 'direct_quote' : 'paraphrase',
			quote: q,
			evidence: `“${q}” the speaker said.`,
			...(rand() < 0.3 ? { translated: true, translatedBy: 'unknown' } : { translated: false }),
			position: pick(POSITIONS),
			usRole: pick(US_ROLES),
			speechAct: pick(SPEECH_ACTS),
			elements: rand() < 0.5 ? [pick(ELEMENTS)] : [],
			topics: [pick(TOPICS), pick(TOPICS)].filter((t, i, a) => a.indexOf(t) === i),
			context: 'Synthetic benchmark statement; not a real remark.',
			notes: rand() < 0.3 ? 'Synthetic note on what is uncertain.' : null,
			added: '2026-12-01',
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
		title: rand() < 0.7 ? `Report ${article} on security guarantees` : null,
		author: rand() < 0.5 ? `${pick(FIRST)} ${pick(LAST)}` : null,
		published: rand() < 0.8 ? new Date(start + int(0, 3 * 365 - 60) * DAY).toISOString().slice(0, 10) : null,
		statements,
	};
	writeFileSync(join(OUT, 'articles', `report-${article}.md`), `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n`);
}
console.log(`${N} statements, ${speakers.length} speakers, ${article} articles → ${OUT}`);
