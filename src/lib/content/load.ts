/**
 * Reads and checks the whole of `content/`: every file against its schema, then every
 * reference across files. Returns typed content or a list of located errors; it never throws
 * for bad content. `npm run validate` and the Astro build both call it, so they agree.
 */
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ENV } from '../../env.ts';
import { isAfter, todayIso } from '../dates.ts';
import { scanMarkdown } from './markdown-scan.ts';
import { type ContentError, showValue, zodIssuesToErrors } from './errors.ts';
import { evidenceProblem } from './evidence.ts';
import { readVocabulary } from './vocabulary.ts';
import { deriveStance, isUsOfficial } from '../coding.ts';
import { parseFrontmatterFile } from './frontmatter.ts';
import {
	type Article,
	articleFrontmatterSchema,
	type EventEntry,
	eventSchema,
	type Speaker,
	type Statement,
	type StatementRecord,
	type StatementReference,
	statementRecordSchema,
	statementReferenceSchema,
	WORDINGS,
	type StatementSource,
	speakerSchema,
	type Wording,
} from './schemas.ts';
import { checkPermalinks, currentAddresses, LOCK_FILE, parseLock, parseRedirects, type Redirect } from './permalinks.ts';
import { closest, ID_PATTERN } from './slugs.ts';

/** An article with its Markdown body (our summary, possibly empty). */
export interface LoadedArticle {
	id: string;
	file: string;
	data: Article;
	body: string;
}

/** An event with its Markdown body (our summary). */
export interface LoadedEvent {
	id: string;
	file: string;
	data: EventEntry;
	body: string;
}

export interface LoadedContent {
	/** Events, oldest first (content/events/). */
	events: Map<string, LoadedEvent>;
	/** Addresses that moved: old → new (content/redirects.yaml). */
	redirects: Redirect[];
	speakers: Map<string, Speaker>;
	articles: Map<string, LoadedArticle>;
	/** Merged statements, oldest first. */
	statements: Map<string, Statement>;
}

export type LoadResult = { ok: true; content: LoadedContent } | { ok: false; errors: ContentError[] };

export interface LoadOptions {
	/** `YYYY-MM-DD`; dates after it are errors. Defaults to today (UTC). */
	today?: string;
	/** The published addresses (permalinks.lock lines); each must survive or be redirected. */
	lock?: readonly string[];
	/** content/redirects.yaml, if any. */
	redirects?: SourceFile;
	/** content/topics.yaml and content/countries.yaml, if any: the controlled lists. */
	topics?: SourceFile;
	countries?: SourceFile;
	/** content/events/*.md; when absent, statements may not name an event. */
	events?: SourceFile[];
}

/** A file that was read, before parsing. */
export interface SourceFile {
	/** Path shown in messages, e.g. `content/articles/x.md`. */
	file: string;
	text: string;
	/** Set when the bytes are not valid UTF-8: where the first bad byte is. */
	badEncodingAt?: number;
}

function listMarkdown(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => join(dir, name));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8: a bad byte is reported, never silently replaced by U+FFFD. */
export function readSourceFile(path: string): SourceFile {
	const file = relative(process.cwd(), path) || path;
	const bytes = readFileSync(path);
	try {
		return { file, text: strictUtf8.decode(bytes) };
	} catch {
		const text = bytes.toString('utf8');
		const at = Buffer.from(text.slice(0, text.indexOf('\uFFFD')), 'utf8').length;
		return { file, text: '', badEncodingAt: at };
	}
}

function readFiles(dir: string): SourceFile[] {
	return listMarkdown(dir).map(readSourceFile);
}

/** A located error for a file that is not UTF-8, or undefined. */
function encodingError(f: SourceFile): ContentError | undefined {
	if (f.badEncodingAt === undefined) return undefined;
	return { file: f.file, path: 'file', message: `is not valid UTF-8 text (bad byte at position ${f.badEncodingAt}); save it as UTF-8` };
}

/** Loads `<contentDir>/speakers/**.md` and `<contentDir>/articles/**.md`. */
export function loadContentDir(contentDir: string, options: LoadOptions = {}): LoadResult {
	const missing: ContentError[] = [];
	for (const sub of ['speakers', 'articles']) {
		if (!existsSync(join(contentDir, sub))) {
			missing.push({ file: relative(process.cwd(), join(contentDir, sub)), path: 'folder', message: 'does not exist' });
		}
	}
	if (missing.length) return { ok: false, errors: missing };
	const redirectsPath = join(contentDir, 'redirects.yaml');
	const redirects = options.redirects ?? (existsSync(redirectsPath) ? readSourceFile(redirectsPath) : undefined);
	const optional = (name: string) => (existsSync(join(contentDir, name)) ? readSourceFile(join(contentDir, name)) : undefined);
	const topics = options.topics ?? optional('topics.yaml');
	const countries = options.countries ?? optional('countries.yaml');
	return loadContent(readFiles(join(contentDir, 'speakers')), readFiles(join(contentDir, 'articles')), {
		...options,
		...(redirects ? { redirects } : {}),
		...(topics ? { topics } : {}),
		...(countries ? { countries } : {}),
		events: options.events ?? readFiles(join(contentDir, 'events')),
	});
}

/**
 * The published addresses to hold the content to: permalinks.lock at the project root when
 * building the real record (content/), or the file PERMALINKS_LOCK names; none otherwise
 * (fixtures and benchmark corpora have no published history).
 */
export function lockFor(contentDir: string): string[] | undefined {
	const path = ENV.permalinksLock ?? (relative(process.cwd(), contentDir) === 'content' ? LOCK_FILE : undefined);
	return path && existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : undefined;
}

/** A file's id is its name without `.md`: `content/speakers/donald-trump.md` → `donald-trump`. */
export function idFromFile(file: string): string {
	return basename(file, '.md');
}

/** `statements[id=trump-2025-02-26-europe-do-that]`, or `statements[2]` when the entry has no usable id. */
function entryKey(index: number, id: unknown): string {
	return typeof id === 'string' && ID_PATTERN.test(id) ? `statements[id=${id}]` : `statements[${index}]`;
}

/**
 * A speaker's or event's file read as far as its frontmatter: its encoding, the id its name
 * gives, and the YAML. Undefined (with the error recorded) when any of them is broken.
 */
function readEntry(source: SourceFile, what: string, errors: ContentError[]): { file: string; id: string; parsed: { data: Record<string, unknown>; body: string } } | undefined {
	const { file, text } = source;
	const badEncoding = encodingError(source);
	if (badEncoding) return void errors.push(badEncoding);
	const id = idFromFile(file);
	if (!ID_PATTERN.test(id)) return void errors.push({ file, path: 'file name', message: `${showValue(id)} is not a valid ${what} (lowercase letters, digits and single hyphens)` });
	const parsed = parseFrontmatterFile(text);
	if (!parsed.ok) return void errors.push({ file, path: parsed.path, message: parsed.message });
	return { file, id, parsed };
}

/** Checks already-read files. Pure apart from the clock (pass `today` to pin it). */
export function loadContent(speakerFiles: SourceFile[], articleFiles: SourceFile[], options: LoadOptions = {}): LoadResult {
	const today = options.today ?? todayIso();
	const errors: ContentError[] = [];
	// An article that could not be read at all may hold records others refer to: then a
	// "no record" error would be a consequence, not a cause, so it is not reported.
	let unreadableArticle = false;
	const speakers = new Map<string, Speaker>();
	const speakerFileById = new Map<string, string>();
	const vocabulary = readVocabulary(options.topics, options.countries, errors);

	for (const source of speakerFiles) {
		const read = readEntry(source, 'id', errors);
		if (!read) continue;
		const { file, id, parsed } = read;
		if (speakerFileById.has(id)) {
			errors.push({ file, path: 'file name', message: `speaker id "${id}" is already used by ${speakerFileById.get(id)}` });
			continue;
		}
		speakerFileById.set(id, file);
		const result = speakerSchema.safeParse(parsed.data);
		if (!result.success) errors.push(...zodIssuesToErrors(file, parsed.data, result.error.issues));
		else {
			speakers.set(id, result.data);
			if (vocabulary.countries && !vocabulary.countries.has(result.data.country)) {
				const guess = closest(result.data.country, vocabulary.countries.keys());
				errors.push({ file, path: 'country', message: `"${result.data.country}" is not in content/countries.yaml${guess ? ` (did you mean "${guess}"?)` : '; add it there with its group'}` });
			}
		}
	}

	const eventFiles = new Map<string, { file: string; data: Omit<EventEntry, 'statements'>; body: string }>();
	for (const source of options.events ?? []) {
		const read = readEntry(source, 'event id', errors);
		if (!read) continue;
		const { file, id, parsed } = read;
		const result = eventSchema.safeParse(parsed.data);
		if (!result.success) {
			errors.push(...zodIssuesToErrors(file, parsed.data, result.error.issues));
			continue;
		}
		const { end, ...rest } = result.data;
		if (end !== undefined && end < rest.start) errors.push({ file, path: 'end', message: `"${end}" is before start (${rest.start})` });
		if (!parsed.body.trim()) errors.push({ file, path: 'body', message: 'is empty: say in a few sentences of our own what happened and what was decided' });
		eventFiles.set(id, { file, data: { ...rest, end: end ?? null }, body: parsed.body });
	}

	interface ParsedArticle {
		id: string;
		file: string;
		body: string;
		data: Omit<Article, 'statements'>;
		entries: { index: number; key: string; record?: StatementRecord; reference?: StatementReference }[];
	}
	const parsedArticles: ParsedArticle[] = [];
	// Ids whose full record failed its schema: references to them are not reported again.
	const brokenIds = new Set<string>();

	const articleFileById = new Map<string, string>();
	const articleFileByUrl = new Map<string, string>();

	for (const source of articleFiles) {
		const { file, text } = source;
		const badEncoding = encodingError(source);
		if (badEncoding) {
			unreadableArticle = true;
			errors.push(badEncoding);
			continue;
		}
		const id = idFromFile(file);
		if (!ID_PATTERN.test(id)) {
			errors.push({ file, path: 'file name', message: `${showValue(id)} is not a valid article slug (lowercase letters, digits and single hyphens)` });
			continue;
		}
		if (articleFileById.has(id)) {
			errors.push({ file, path: 'file name', message: `article slug "${id}" is already used by ${articleFileById.get(id)}` });
			continue;
		}
		articleFileById.set(id, file);
		const parsed = parseFrontmatterFile(text);
		if (!parsed.ok) {
			unreadableArticle = true;
			errors.push({ file, path: parsed.path, message: parsed.message });
			continue;
		}
		const front = articleFrontmatterSchema.safeParse(parsed.data);
		if (!front.success) {
			const listed = Array.isArray(parsed.data.statements) ? (parsed.data.statements as unknown[]) : [];
			for (const raw of listed) {
				const rawId = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
				if (typeof rawId === 'string') brokenIds.add(rawId);
			}
			if (!Array.isArray(parsed.data.statements)) unreadableArticle = true;
			errors.push(...zodIssuesToErrors(file, parsed.data, front.error.issues));
			continue;
		}
		const { statements: rawEntries, titleNote, ...meta } = front.data;
		if (meta.published && isAfter(meta.published, today)) {
			errors.push({ file, path: 'published', message: `"${meta.published}" is in the future` });
		}
		const sameUrl = articleFileByUrl.get(meta.url);
		if (sameUrl) errors.push({ file, path: 'url', message: `${showValue(meta.url)} is already the address of ${sameUrl}; one file per report` });
		articleFileByUrl.set(meta.url, file);

		const entries: ParsedArticle['entries'] = [];
		for (const [index, raw] of rawEntries.entries()) {
			const rawRecord = raw as Record<string, unknown>;
			// Messages name a statement by its id, which an editor can search the file for.
			const key = entryKey(index, rawRecord.id);
			const prefix = [key];
			if ('quote' in rawRecord) {
				const r = statementRecordSchema.safeParse(raw);
				if (!r.success) {
					if (typeof rawRecord.id === 'string') brokenIds.add(rawRecord.id);
					errors.push(...zodIssuesToErrors(file, raw, r.error.issues, prefix));
					continue;
				}
				if (isAfter(r.data.date, today)) {
					errors.push({ file, path: `${key}.date`, message: `"${r.data.date}" is in the future` });
				}
				if (vocabulary.topics) {
					r.data.topics.forEach((t, ti) => {
						if (vocabulary.topics!.has(t)) return;
						const guess = closest(t, vocabulary.topics!.keys());
						errors.push({ file, path: `${key}.topics[${ti}]`, message: `"${t}" is not a topic in content/topics.yaml${guess ? ` (did you mean "${guess}"?)` : '; add it there with a line saying what it means'}` });
					});
				}
				const problem = evidenceProblem(r.data.quote, r.data.evidence);
				if (problem) errors.push({ file, path: `${key}.quote`, message: problem });
				// `original` tells the reader the recorded quote is a translation of this report's
				// words; the report a quote is copied from prints the quote itself.
				if (r.data.wording === 'original') {
					errors.push({ file, path: `${key}.wording`, message: 'is "original", but this report prints the recorded quote itself: leave wording out (same). "original" belongs on another report that prints the speaker\'s own words when the quote is a translation of them' });
				}
				if (r.data.updated !== undefined && isAfter(r.data.updated, today)) {
					errors.push({ file, path: `${key}.updated`, message: `"${r.data.updated}" is in the future` });
				}
				r.data.corrections.forEach((c, ci) => {
					if (isAfter(c.date, today)) errors.push({ file, path: `${key}.corrections[${ci}].date`, message: `"${c.date}" is in the future` });
				});
				entries.push({ index, key, record: r.data });
			} else {
				const r = statementReferenceSchema.safeParse(raw);
				if (!r.success) {
					errors.push(...zodIssuesToErrors(file, raw, r.error.issues, prefix));
					continue;
				}
				if (r.data.quotedAs !== undefined && r.data.wording === undefined) {
					errors.push({ file, path: `${key}.wording`, message: `is required with quotedAs: say what kind of wording this report prints (one of: ${WORDINGS.join(', ')})` });
				}
				entries.push({ index, key, reference: r.data });
			}
		}
		parsedArticles.push({ id, file, body: parsed.body, data: { ...meta, titleNote: titleNote ?? null, original: meta.original ?? null }, entries });
	}

	// Each statement's full record appears exactly once.
	const recordOf = new Map<string, { record: StatementRecord; article: ParsedArticle; index: number }>();
	for (const article of parsedArticles) {
		const seenHere = new Map<string, number>();
		for (const { index, key, record, reference } of article.entries) {
			const sid = (record ?? reference)!.id;
			const earlier = seenHere.get(sid);
			if (earlier !== undefined) {
				errors.push({ file: article.file, path: `statements[${index}].id`, message: `"${sid}" is listed twice in this article (also statements[${earlier}])` });
				continue;
			}
			seenHere.set(sid, index);
			if (!record) continue;
			const other = recordOf.get(sid);
			if (other) {
				errors.push({
					file: article.file,
					path: `${key}.id`,
					message: `"${sid}" already has its full record in ${other.article.file}; describe a statement once and list only its id (and quotedAs) in other articles`,
				});
				continue;
			}
			recordOf.set(sid, { record, article, index });
			if (record.event !== undefined && !eventFiles.has(record.event)) {
				const guess = closest(record.event, eventFiles.keys());
				errors.push({ file: article.file, path: `${key}.event`, message: `"${record.event}" is not an event in content/events/${guess ? ` (did you mean "${guess}"?)` : ' (add a file for it there)'}` });
			}
			if (!speakers.has(record.speaker)) {
				const guess = closest(record.speaker, speakers.keys());
				errors.push({
					file: article.file,
					path: `${key}.speaker`,
					message: `"${record.speaker}" is not a speaker in content/speakers/${guess ? ` (did you mean "${guess}"?)` : ''}`,
				});
			}
		}
	}

	// Merge: the primary source, then every other article that reports it.
	const secondary = new Map<string, StatementSource[]>();
	for (const article of parsedArticles) {
		for (const { key, reference } of article.entries) {
			if (!reference) continue;
			const at = recordOf.get(reference.id);
			if (!at) {
				if (brokenIds.has(reference.id) || unreadableArticle) continue;
				const guess = closest(reference.id, recordOf.keys());
				errors.push({
					file: article.file,
					path: `${key}.id`,
					message: `"${reference.id}" has no full record in any article${guess ? ` (did you mean "${guess}"?)` : ' (give its quote, speaker, date and the rest in the article it was copied from)'}`,
				});
				continue;
			}
			if (reference.speaker !== undefined && reference.speaker !== at.record.speaker) {
				errors.push({ file: article.file, path: `${key}.speaker`, message: `"${reference.speaker}" conflicts with "${at.record.speaker}" in ${at.article.file}` });
			}
			if (reference.date !== undefined && reference.date !== at.record.date) {
				errors.push({ file: article.file, path: `${key}.date`, message: `"${reference.date}" conflicts with "${at.record.date}" in ${at.article.file}` });
			}
			if (reference.quotedAs !== undefined && reference.quotedAs === at.record.quote) {
				errors.push({ file: article.file, path: `${key}.quotedAs`, message: 'is the same as the recorded quote; leave it out' });
			}
			if (reference.evidence !== undefined) {
				const problem = evidenceProblem(reference.quotedAs ?? at.record.quote, reference.evidence);
				if (problem) errors.push({ file: article.file, path: `${key}.${reference.quotedAs !== undefined ? 'quotedAs' : 'evidence'}`, message: problem });
			}
			const list = secondary.get(reference.id) ?? [];
			list.push(sourceFrom(article, reference, false));
			secondary.set(reference.id, list);
		}
	}

	for (const article of parsedArticles) {
		const scan = scanMarkdown(article.body);
		// Summaries are Markdown only: raw HTML is refused (and would be sanitised anyway).
		if (scan.rawHtml) errors.push({ file: article.file, path: 'body', message: `contains raw HTML (${showValue(scan.rawHtml)}); write the summary in Markdown only` });
		// Statement links in article summaries must resolve too.
		for (const link of scan.statementLinks) {
			if (!recordOf.has(link) && !brokenIds.has(link) && !unreadableArticle) {
				const guess = closest(link, recordOf.keys());
				errors.push({ file: article.file, path: 'body', message: `links to statement "${link}", which does not exist${guess ? ` (did you mean "${guess}"?)` : ''}` });
			}
		}
	}

	const redirectsFile = options.redirects?.file ?? 'content/redirects.yaml';
	const { redirects, errors: redirectErrors } = parseRedirects(redirectsFile, options.redirects?.text);
	errors.push(...redirectErrors);
	if (options.lock && !errors.length) {
		const current = currentAddresses({ statements: recordOf.keys(), speakers: speakers.keys(), articles: parsedArticles.map((a) => a.id), events: eventFiles.keys() });
		errors.push(...checkPermalinks(options.lock, current, redirects, redirectsFile));
	}

	if (errors.length) return { ok: false, errors };

	const statements = new Map<string, Statement>();
	const ordered = [...recordOf.values()].sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.record.id < b.record.id ? -1 : 1));
	for (const { record, article } of ordered) {
		const { outlet: _o, title: _t, wording: _w, updated, event, ...fields } = record;
		const others = (secondary.get(record.id) ?? []).sort(
			(a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.article.localeCompare(b.article),
		);
		const country = speakers.get(record.speaker)?.country ?? '';
		const stance = deriveStance(record, isUsOfficial(country, record.role), country);
		statements.set(record.id, { ...fields, stance, event: event ?? null, updated: updated ?? null, sources: [sourceFrom(article, record, true), ...others] });
	}

	const articles = new Map<string, LoadedArticle>();
	for (const a of parsedArticles) {
		const ids = a.entries.map((e) => (e.record ?? e.reference)!.id);
		articles.set(a.id, { id: a.id, file: a.file, body: a.body, data: { ...a.data, statements: ids } });
	}
	const sortedSpeakers = new Map([...speakers].sort((x, y) => x[1].name.localeCompare(y[1].name)));
	// Each event's statements, in one pass over the record rather than one per event.
	const atEvent = Map.groupBy(statements.values(), (s) => s.event);
	const events = new Map<string, LoadedEvent>();
	for (const [id, e] of [...eventFiles].sort((a, b) => a[1].data.start.localeCompare(b[1].data.start) || a[0].localeCompare(b[0]))) {
		const ids = (atEvent.get(id) ?? []).map((s) => s.id);
		events.set(id, { id, file: e.file, body: e.body, data: { ...e.data, statements: ids } });
	}
	return { ok: true, content: { redirects, speakers: sortedSpeakers, articles, statements, events } };
}

function sourceFrom(
	article: { id: string; data: Omit<Article, 'statements'> },
	entry: { outlet?: string | undefined; title?: string | null | undefined; quotedAs?: string | undefined; evidence?: string | undefined; wording?: Wording | undefined; language: string },
	primary: boolean,
): StatementSource {
	return {
		article: article.id,
		url: article.data.url,
		outlet: entry.outlet ?? article.data.outlet,
		author: article.data.author,
		published: article.data.published,
		title: entry.title !== undefined ? entry.title : article.data.title,
		titleNote: article.data.titleNote,
		quotedAs: entry.quotedAs ?? null,
		primary,
		evidence: entry.evidence ?? null,
		wording: entry.wording ?? 'same',
		language: entry.language,
		original: article.data.original,
	};
}
