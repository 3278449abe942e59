/**
 * Permanent addresses never break. `permalinks.lock` lists every statement, speaker and
 * source address ever published; an address may leave the site only if
 * `content/redirects.yaml` sends it somewhere that exists (an id renamed or merged).
 */
import { pathInEdition } from '../../edition.ts';
import { eventPath, sourcePath, speakerPath, statementPath } from '../routes.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import YAML from 'yaml';
import type { ContentError } from './errors.ts';
import { zodIssuesToErrors } from './errors.ts';

/** The file that lists published addresses, at the project's root. */
export const LOCK_FILE = 'permalinks.lock';

const address = z.string({ error: 'should be a site address' }).regex(/^\/(statements|speakers|sources)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/, {
	error: 'is not a statement, speaker or source address (/statements/<id>/, /speakers/<id>/, /sources/<slug>/)',
});

export const redirectsSchema = z.array(
	z.strictObject({
		/** The address that was published and no longer has its own page. */
		from: address,
		/** Where it now lives. */
		to: address,
		/** Why: "renamed", "merged into …" — shown on the redirect page. */
		reason: z.string({ error: 'should be text' }).trim().min(1, { error: 'must not be empty' }),
	}),
	{ error: 'should be a list of redirects (from, to, reason)' },
);

export type Redirect = z.infer<typeof redirectsSchema>[number];

/** Parses content/redirects.yaml; an absent file means no redirects. */
export function parseRedirects(file: string, text: string | undefined): { redirects: Redirect[]; errors: ContentError[] } {
	if (text === undefined || text.trim() === '') return { redirects: [], errors: [] };
	let data: unknown;
	try {
		data = YAML.parse(text);
	} catch (error) {
		return { redirects: [], errors: [{ file, path: 'file', message: `the YAML cannot be read (${String((error as Error).message).split('\n')[0]})` }] };
	}
	const result = redirectsSchema.safeParse(data ?? []);
	return result.success ? { redirects: result.data, errors: [] } : { redirects: [], errors: zodIssuesToErrors(file, data, result.error.issues) };
}

/**
 * The redirects of a content folder, for the redirect pages. The build has already checked
 * them (loadContent), so a problem here cannot happen silently: it throws.
 */
export function redirectsIn(contentDir: string): Redirect[] {
	const path = join(contentDir, 'redirects.yaml');
	if (!existsSync(path)) return [];
	const { redirects, errors } = parseRedirects(path, readFileSync(path, 'utf8'));
	if (errors.length) throw new Error(`${path} is invalid; run npm run validate`);
	return redirects;
}

/**
 * The addresses the content gives pages to, as the English edition has them: the lock is
 * kept in that frame, and every edition has the same pages under its own prefix.
 */
export function currentAddresses(ids: { statements: Iterable<string>; speakers: Iterable<string>; articles: Iterable<string>; events?: Iterable<string> }): Set<string> {
	const paths = [...[...ids.statements].map(statementPath), ...[...ids.speakers].map(speakerPath), ...[...ids.articles].map(sourcePath), ...[...(ids.events ?? [])].map(eventPath)];
	return new Set(paths.map((p) => pathInEdition(p, 'en')));
}

/** Addresses listed in the lock file (blank lines and # comments ignored). */
export function parseLock(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
}

/** Every published address must still have a page or a redirect to one that does. */
export function checkPermalinks(lock: readonly string[], current: ReadonlySet<string>, redirects: readonly Redirect[], redirectsFile: string): ContentError[] {
	const errors: ContentError[] = [];
	const from = new Map(redirects.map((r) => [r.from, r]));
	redirects.forEach((r, i) => {
		if (current.has(r.from)) errors.push({ file: redirectsFile, path: `[${i}].from`, message: `"${r.from}" still has its own page; a redirect would hide it` });
		if (!current.has(r.to)) errors.push({ file: redirectsFile, path: `[${i}].to`, message: `"${r.to}" is not an address on the site` });
	});
	for (const address of lock) {
		if (!current.has(address) && !from.has(address)) {
			errors.push({
				file: LOCK_FILE,
				path: address,
				message: `was published and would disappear; keep its id, or add a redirect for it to ${redirectsFile}`,
			});
		}
	}
	return errors;
}

/** The lock file's new text: its lines kept in order, new addresses appended (sorted). */
export function updatedLock(existing: string, current: ReadonlySet<string>): string {
	const listed = new Set(parseLock(existing));
	const added = [...current].filter((a) => !listed.has(a)).sort();
	const head = existing.trim() ? `${existing.trimEnd()}\n` : '# Every address ever published. Never delete a line: see content/redirects.yaml.\n';
	return added.length ? `${head}${added.join('\n')}\n` : head;
}

/**
 * Appends the addresses `content` publishes to permalinks.lock (never removes one): the editor's
 * `npm run validate` does it, so a new statement's address is locked in the same change.
 */
export function writeLockFor(content: { statements: Map<string, unknown>; speakers: Map<string, unknown>; articles: Map<string, unknown>; events: Map<string, unknown> }, file = LOCK_FILE): { total: number; added: string[] } {
	const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const before = new Set(parseLock(existing));
	const next = updatedLock(existing, currentAddresses({ statements: content.statements.keys(), speakers: content.speakers.keys(), articles: content.articles.keys(), events: content.events.keys() }));
	if (next !== existing) writeFileSync(file, next);
	const all = parseLock(next);
	return { total: all.length, added: all.filter((a) => !before.has(a)) };
}
