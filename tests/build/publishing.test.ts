/**
 * Permanent addresses: a build for publishing names its real https address everywhere and
 * never localhost; a build without one says on every page that it is a preview; a build with a
 * wrong address refuses to start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, page } from './helpers.ts';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => /\.(html|xml|json|csv|txt|js|webmanifest)$|_headers$/.test(f));
}

describe('a build for publishing', () => {
	it('with SITE_URL=https://example.org leaves no localhost anywhere in what it writes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-publish-'));
		const out = join(dir, 'dist');
		const env = { ...process.env, SITE_URL: 'https://example.org', CONTENT_DIR: 'tests/fixtures/content', GW_OUT_DIR: out, GW_CACHE_DIR: join(dir, 'cache'), GW_OG_IMAGES: '0' };
		const built = spawnSync('astro', ['build'], { encoding: 'utf8', env });
		expect(built.status, built.stderr).toBe(0);
		// The pages read the content store from its file (src/integrations/content-store-module.ts).
		expect(built.stdout + built.stderr).not.toContain('content store module left as Astro wrote it');
		const offenders = filesUnder(out).filter((f) => readFileSync(f, 'utf8').includes('localhost'));
		expect(offenders).toEqual([]);
		const statement = readFileSync(join(out, 'statements/ada-lovelace-2025-03-01-engine/index.html'), 'utf8');
		expect(statement).toContain('https://example.org/statements/ada-lovelace-2025-03-01-engine/');
		expect(statement).not.toContain('preview-notice');
		expect(statement).not.toContain('name="robots"');
	});

	it.each([
		['http://example.org', 'must start with https://'],
		['https://example.github.io/repo/', 'has a path'],
		['not an address', 'is not a web address'],
	])('refuses to start with SITE_URL=%s', (url, message) => {
		const run = spawnSync('node', ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, SITE_URL: url } });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`Not building: SITE_URL "${url}" ${message}`);
		expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
	});

	it('with GW_PUBLISH=1 and no address refuses to start', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, GW_PUBLISH: '1' };
		delete env.SITE_URL;
		const run = spawnSync('node', ['scripts/build.ts'], { encoding: 'utf8', env });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('Not building: GW_PUBLISH=1 needs the public address: set SITE_URL=https://your.domain');
	});
});

describe('a preview build (no SITE_URL, as npm test builds)', () => {
	it('says on every page that it is a preview and asks search engines not to index it', () => {
		for (const path of allPages().filter((p) => !/^(\/uk)?\/embed\//.test(p) && !p.includes('/redirect'))) {
			const $ = page(path);
			if ($('meta[http-equiv="refresh"]').length) continue; // redirect stubs
			// In each edition's own words.
			expect($('.preview-notice').text(), path).toContain(path.startsWith('/uk/') ? 'Попередня збірка' : 'Preview build');
			expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
		}
	});
});
