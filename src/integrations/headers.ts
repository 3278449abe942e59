/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) after the build:
 *
 * - the same Content-Security-Policy the pages carry in their <meta>, as an HTTP header
 *   (union of every page's hashes), plus headers that keep referrers and MIME sniffing in check;
 * - caching: files whose names carry a content hash (Astro's /_astro/, Pagefind's index,
 *   fragment and filter chunks and its .pf_meta) for a year, `immutable`; everything else —
 *   HTML, feeds, data, Pagefind's fixed-name entry files — briefly, so a new build shows
 *   within minutes.
 *
 * Both hosts apply every rule that matches a path and join repeated headers, so no two
 * rules here ever give the same file a Cache-Control: the brief rules are listed per
 * top-level entry of dist/ rather than as one `/*`.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editionPrefix, LANGUAGES } from '../edition.ts';
import { builtPages, noted, POLICY_META, type WrittenBy, type WrittenPages } from '../lib/built-page.ts';

export const CACHE_YEAR = 'public, max-age=31536000, immutable';
export const CACHE_BRIEF = 'public, max-age=300, must-revalidate';
/** Share images change only when their statement does; a day keeps social sites' fetches cheap. */
export const CACHE_DAY = 'public, max-age=86400';

/** Merges the CSP of many pages: directives in first-seen order, sources de-duplicated. */
export function mergePolicies(policies: readonly string[]): string {
	const merged = new Map<string, string[]>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const list = merged.get(name) ?? [];
			for (const s of sources) if (!list.includes(s)) list.push(s);
			merged.set(name, list);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Pagefind's content-hashed output: chunk folders and the `pagefind.<lang>_<hash>.pf_meta` files. */
const PAGEFIND_HASHED_DIRS = new Set(['index', 'fragment', 'filter']);
const PAGEFIND_HASHED_FILE = /_[0-9a-f]{6,}\.pf_meta$/;

export interface Entry {
	name: string;
	dir: boolean;
}

/**
 * Cache rules for a built site, as [path pattern, Cache-Control], from the entries at the top
 * of dist/ and in dist/pagefind/. Every file falls under exactly one rule.
 */
export function cacheRules(top: readonly Entry[], pagefind: readonly Entry[], prefix = ''): [string, string][] {
	const rules: [string, string][] = [];
	for (const e of [...top].sort((a, b) => a.name.localeCompare(b.name))) {
		if (e.name === '_headers' || e.name === 'pagefind') continue;
		if (e.name === '_astro') rules.push([`${prefix}/_astro/*`, CACHE_YEAR]);
		else if (e.name === 'og' && e.dir) rules.push([`${prefix}/og/*`, CACHE_DAY]);
		else if (e.name === 'index.html') rules.push([`${prefix}/`, CACHE_BRIEF], [`${prefix}/index.html`, CACHE_BRIEF]);
		else rules.push([e.dir ? `${prefix}/${e.name}/*` : `${prefix}/${e.name}`, CACHE_BRIEF]);
	}
	for (const e of [...pagefind].sort((a, b) => a.name.localeCompare(b.name))) {
		const hashed = e.dir ? PAGEFIND_HASHED_DIRS.has(e.name) : PAGEFIND_HASHED_FILE.test(e.name);
		rules.push([`${prefix}/pagefind/${e.name}${e.dir ? '/*' : ''}`, hashed ? CACHE_YEAR : CACHE_BRIEF]);
	}
	return rules;
}

/** One buffer for every page's head: a fresh 32 KB per page took peak memory past 2 GB at 20,000 statements. */
const head = Buffer.alloc(32 * 1024);
/** Where a page's policy starts, as bytes: found in the buffer without decoding it. */
const META_START = Buffer.from('<meta http-equiv="content-security-policy" content="');

/**
 * The CSP of one page; the <meta> sits in <head>, so the first 32 KB nearly always hold it.
 * Only the policy's own bytes are decoded: decoding every page's first 32 KB and matching a
 * pattern over it took about 2 s of a 20,000-statement build (29,000 pages).
 */
function pagePolicy(file: string): string | undefined {
	const fd = openSync(file, 'r');
	try {
		const n = readSync(fd, head, 0, head.length, 0);
		const read = head.subarray(0, n);
		const at = read.indexOf(META_START);
		const end = at < 0 ? -1 : read.indexOf(0x22, at + META_START.length);
		if (end > at + META_START.length) return head.toString('utf8', at + META_START.length, end);
		// Not as Astro writes it (another case, say): the pattern decides, as it always did.
		const found = POLICY_META.exec(read.toString('utf8'))?.[1];
		if (found || n < head.length) return found;
	} finally {
		closeSync(fd);
	}
	return POLICY_META.exec(readFileSync(file, 'utf8'))?.[1];
}

export function headersFile(policy: string, rules: readonly [string, string][]): string {
	const lines = ['/*', `  Content-Security-Policy: ${policy}`, '  Referrer-Policy: strict-origin-when-cross-origin', '  X-Content-Type-Options: nosniff'];
	for (const [pattern, value] of rules) lines.push(pattern, `  Cache-Control: ${value}`);
	return `${lines.join('\n')}\n`;
}

function entries(path: string): Entry[] {
	try {
		return readdirSync(path, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() }));
	} catch {
		return [];
	}
}

/** The policy a `_headers` file written by `writeHeaders` gives every page, or undefined. */
export function headersPolicy(text: string): string | undefined {
	return /^ {2}Content-Security-Policy: (.+)$/m.exec(text)?.[1];
}

/**
 * Writes `<out>/_headers` for the site built in `out`, editions included: one policy merged
 * from every page, and cache rules for the root and for each edition's folder (`/uk/…`), so
 * no rule of one edition's folder covers another's hashed files. Returns what it counted.
 * The pages in `written` are not read again: their writer noted each one's policy (reading
 * them took about 1.5 s of a 20,000-statement build). Given `policies` (each edition's, from
 * its own `_headers`: scripts/build.ts), no page is read at all.
 */
export function writeHeaders(out: string, { written = null, policies: known }: { written?: WrittenPages | null; policies?: readonly string[] } = {}): { pages: number; policies: number; rules: number } {
	// Pages share a handful of distinct policies: keep each once.
	const policies = new Set<string>(known);
	let pages = 0;
	for (const f of known ? [] : builtPages(out, written)) {
		const policy = noted(written, out, f)?.policy ?? pagePolicy(join(out, f));
		if (!policy) continue;
		policies.add(policy);
		pages++;
	}
	if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy; is security.csp on?');
	const editions = LANGUAGES.map(editionPrefix).filter((p) => p !== '' && existsSync(join(out, p)));
	const top = entries(out).filter((e) => !editions.includes(`/${e.name}`));
	const rules = [...cacheRules(top, entries(join(out, 'pagefind'))), ...editions.flatMap((p) => cacheRules(entries(join(out, p)), entries(join(out, p, 'pagefind')), p))];
	writeFileSync(join(out, '_headers'), headersFile(mergePolicies([...policies]), rules));
	return { pages, policies: policies.size, rules: rules.length };
}

/** The integration; `written` says which pages an earlier step wrote and noted (see `writeHeaders`). */
export default function headers({ written }: WrittenBy = {}): AstroIntegration {
	return {
		name: 'gw-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { pages, policies, rules } = writeHeaders(fileURLToPath(dir), { written: written?.() ?? null });
				logger.info(`_headers: CSP from ${pages} pages (${policies} distinct), ${rules} cache rules`);
			},
		},
	};
}
