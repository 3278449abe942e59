/**
 * Kept for the record: this made the founding content in November 2026. Running it now would
 * replace content/ with the founding record and lose everything added since.
 * Turns ../shared/sources/dossier.yaml into the site's content: one Markdown file per
 * speaker (content/speakers/) and one per distinct news page (content/articles/).
 *
 * Repeatable: it rewrites the imported files from the dossier each time. The committed
 * `content/` is what the site builds from; run this only when the dossier changes.
 *
 *   node research/migrations/import-dossier.ts [path/to/dossier.yaml] [content-dir]
 *
 * Rules it keeps (../shared/sources/README.md): quotes and wordings are copied as data and
 * checked to round-trip byte for byte; nothing is added that the dossier does not say.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { parseFrontmatterFile } from '../../src/lib/content/frontmatter.ts';
import { articleSlugFromUrl, slugify } from '../../src/lib/content/slugs.ts';

interface DossierSource {
	url: string;
	outlet: string;
	author: string | null;
	published: string | null;
	title: string | null;
	title_note?: string;
	quoted_as?: string;
}
interface DossierStatement {
	id: string;
	speaker: string;
	speaker_role: string;
	speaker_country: string;
	date: string;
	date_precision: string;
	setting: string;
	kind: string;
	quote: string;
	translated: boolean;
	stance: string;
	topics: string[];
	sources: DossierSource[];
	context: string;
	notes: string | null;
}

/**
 * Summaries for the two seed reports, in our own words, saying only what the dossier's
 * `meta.seed_articles` findings say of them. Every other article has no summary: the dossier
 * says nothing else about those pages, and we do not invent.
 */
const SEED_SUMMARIES: Record<string, string> = {
	'https://axy.media/world/trump-signals-readiness-to-commit-u-s-support-for-ukraine-s-future-defense':
		[
			"One of the two reports this project began from. It covers Donald Trump's interview with The New York Times, held on 7 January 2026.",
			'',
			"Checked against the Times' English, its Trump quotes turn out to be re-translations. Where the original English was found, the statement records that wording as the quote and keeps this report's wording beside it: compare [both want a deal](statement:trump-2026-01-07-nyt-both-want-deal) (for which this page is the only source), [Putin wants a deal](statement:trump-2026-01-07-nyt-putin-wants-deal), [allies, all of Europe](statement:trump-2026-01-07-nyt-allies-all-of-europe) and [would not re-invade](statement:trump-2026-01-07-nyt-wouldnt-reinvade).",
			'',
			"The page shows no date of its own; it was most likely published around 8–10 January 2026.",
		].join('\n'),
	'https://www.saluranwarta.com/trump-says-ukraine-should-look-to-europe-for-any-security-guarantees-5221.html':
		[
			"One of the two reports this project began from: a mirror of The New York Times' account of Donald Trump's first cabinet meeting on 26 February 2025.",
			'',
			'The Times splits the remark into two fragments with narration between them, and most other outlets print "make" where the Times has "provide"; see [the statement](statement:trump-2025-02-26-europe-do-that) for each wording.',
		].join('\n'),
};

function frontmatterFile(data: Record<string, unknown>, body = ''): string {
	const yaml = YAML.stringify(data, { lineWidth: 0, minContentWidth: 0 });
	return `---\n${yaml}---\n${body ? `${body}\n` : ''}`;
}

const dossierPath = resolve(process.argv[2] ?? '../shared/sources/dossier.yaml');
const contentDir = resolve(process.argv[3] ?? 'content');
const dossier = YAML.parse(readFileSync(dossierPath, 'utf8')) as { statements: DossierStatement[] };

const speakers = new Map<string, { name: string; country: string }>();
interface ArticleDraft {
	slug: string;
	meta: DossierSource;
	statements: Record<string, unknown>[];
}
const articles = new Map<string, ArticleDraft>();
const usedSlugs = new Set<string>();

for (const s of dossier.statements) {
	const speakerId = slugify(s.speaker);
	const known = speakers.get(speakerId);
	if (known && known.country !== s.speaker_country) {
		throw new Error(`${s.id}: ${s.speaker} has two countries in the dossier`);
	}
	speakers.set(speakerId, { name: s.speaker, country: s.speaker_country });

	s.sources.forEach((src, index) => {
		let article = articles.get(src.url);
		if (!article) {
			let slug = articleSlugFromUrl(src.url);
			for (let n = 2; usedSlugs.has(slug); n++) slug = `${articleSlugFromUrl(src.url)}-${n}`;
			usedSlugs.add(slug);
			article = { slug, meta: src, statements: [] };
			articles.set(src.url, article);
		}
		const entry: Record<string, unknown> = { id: s.id };
		if (index === 0) {
			// sources[0] is the page the quote was copied from: it carries the full record.
			Object.assign(entry, {
				speaker: speakerId,
				role: s.speaker_role,
				date: s.date,
				datePrecision: s.date_precision,
				setting: s.setting,
				kind: s.kind,
				quote: s.quote,
				translated: s.translated,
				stance: s.stance,
				topics: s.topics,
				context: s.context,
				notes: s.notes ?? null,
			});
		}
		if (src.quoted_as !== undefined) entry['quotedAs'] = src.quoted_as;
		// The same page is sometimes credited differently for different statements (a live
		// blog's entries have their own headlines): keep that attribution per statement.
		if (src.outlet !== article.meta.outlet) entry['outlet'] = src.outlet;
		if (src.title !== article.meta.title) entry['title'] = src.title;
		article.statements.push(entry);
	});
}

rmSync(join(contentDir, 'speakers'), { recursive: true, force: true });
rmSync(join(contentDir, 'articles'), { recursive: true, force: true });
mkdirSync(join(contentDir, 'speakers'), { recursive: true });
mkdirSync(join(contentDir, 'articles'), { recursive: true });

for (const [id, speaker] of speakers) {
	writeFileSync(join(contentDir, 'speakers', `${id}.md`), frontmatterFile(speaker));
}

for (const article of articles.values()) {
	const { meta } = article;
	const data: Record<string, unknown> = {
		url: meta.url,
		outlet: meta.outlet,
		title: meta.title,
		...(meta.title_note ? { titleNote: meta.title_note } : {}),
		author: meta.author,
		published: meta.published,
		statements: article.statements,
	};
	const text = frontmatterFile(data, SEED_SUMMARIES[meta.url]);
	const file = join(contentDir, 'articles', `${article.slug}.md`);
	writeFileSync(file, text);

	// Round-trip: what the site will parse must equal the dossier, byte for byte.
	const parsed = parseFrontmatterFile(text);
	if (!parsed.ok) throw new Error(`${file}: written file does not parse: ${parsed.message}`);
	const back = parsed.data['statements'] as Record<string, unknown>[];
	article.statements.forEach((entry, i) => {
		for (const key of ['quote', 'quotedAs'] as const) {
			if (entry[key] !== undefined && back[i]?.[key] !== entry[key]) {
				throw new Error(`${file}: statements[${i}].${key} does not round-trip`);
			}
		}
	});
}

console.log(
	`imported ${dossier.statements.length} statements, ${speakers.size} speakers, ${articles.size} articles into ${contentDir}`,
);
