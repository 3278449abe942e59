/**
 * Third-party checks of the built site: the W3C Nu HTML validator on every page, and
 * every internal link, asset and #fragment resolved against dist/ (external links are not fetched).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { allPages, DIST } from './helpers.ts';

describe('HTML validity (W3C Nu validator, vnu-jar)', () => {
	it('every built page has zero errors', () => {
		const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
		let output = '';
		try {
			execFileSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', 'dist'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		} catch (error) {
			// vnu exits 1 when it finds errors and writes its JSON report to stderr.
			output = (error as { stderr?: string }).stderr ?? String(error);
		}
		const messages = output ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] }).messages : [];
		expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
		expect(allPages().length).toBeGreaterThan(100);
		// Every page of both editions, 11,000 and growing: about two minutes on two cores, more on
		// a busy machine, so past Vitest's default limit for one test.
	}, 900_000);
});

describe('links', () => {
	// Our own checker over the files: every href and src on every page, resolved against dist/
	// (folders to their index.html), and every #fragment against the ids of its target page.
	// Linkinator did the same over HTTP, but took minutes once the record passed a thousand pages.
	it('every internal link, asset and #fragment resolves, on every page', () => {
		const pages = allPages();
		const ids = new Map<string, Set<string>>();
		const load = (path: string) => cheerio.load(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
		const idsOf = (path: string) => {
			let set = ids.get(path);
			if (!set) {
				const $ = load(path);
				set = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
				ids.set(path, set);
			}
			return set;
		};
		const exists = (path: string) => {
			const file = join(DIST, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
			return existsSync(file) && statSync(file).isFile();
		};
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			const $ = load(page);
			const refs = [...$('a[href]').map((_, el) => $(el).attr('href')!).get(), ...$('link[href]').map((_, el) => $(el).attr('href')!).get(), ...$('[src]').map((_, el) => $(el).attr('src')!).get()];
			for (const ref of refs) {
				let url: URL;
				try {
					url = new URL(ref, `http://localhost:4321${page}`);
				} catch {
					broken.push(`${page}: unreadable address ${ref}`);
					continue;
				}
				if (url.host !== 'localhost:4321' || url.protocol !== 'http:') continue; // another site: never fetched
				checked++;
				const target = url.pathname;
				if (!exists(target)) {
					broken.push(`${page}: ${ref} → no file`);
					continue;
				}
				if (url.hash && url.hash.length > 1 && (target.endsWith('/') || target.endsWith('.html')) && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${ref} → no #${url.hash.slice(1)} there`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThanOrEqual(pages.length);
	}, 900_000);
});
