/**
 * `npm run new -- <URL>`: the editor's first step. It finds a report already on file whatever
 * the form of its address, or creates a file, named from the address, whose skeleton
 * `npm run validate` then reports field by field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(dir: string, ...args: string[]) {
	return spawnSync('node', ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
}

describe('npm run new', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gw-new-'));
	cpSync('tests/fixtures/content', dir, { recursive: true });

	it('says which file holds a report already on file, whatever the form of its address', () => {
		for (const address of ['https://example.com/first-report', 'http://www.example.com/first-report/', 'https://example.com/first-report?utm_source=x']) {
			const r = run(dir, address);
			expect(r.status).toBe(0);
			expect(r.stdout).toContain(`This report is already on file: ${join(dir, 'articles', 'example-com-first-report.md')}`);
		}
	});

	it('creates a file named from the address, with a skeleton that validate reports field by field', () => {
		const r = run(dir, 'https://www.example-news.com/2025/08/18/rubio-says-talks-on-guarantees-continue');
		expect(r.status).toBe(0);
		const file = join(dir, 'articles', 'example-news-com-rubio-says-talks-on-guarantees-continue.md');
		expect(r.stdout).toContain(`Created ${file}.`);
		expect(existsSync(file)).toBe(true);
		expect(readFileSync(file, 'utf8')).toContain('url: https://www.example-news.com/2025/08/18/rubio-says-talks-on-guarantees-continue');
		const v = spawnSync('node', ['scripts/validate.ts', dir], { encoding: 'utf8' });
		expect(v.status).toBe(1);
		expect(v.stderr).toContain('example-news-com-rubio-says-talks-on-guarantees-continue.md: statements[id=speaker-id-');
		expect(v.stderr).toContain('.speaker: "speaker-id" is not a speaker in content/speakers/');
	});

	it('refuses something that is not a web address, saying what it wants', () => {
		const r = run(dir, 'example.com/report');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('"example.com/report" is not a web address; give the full address, starting with https://');
	});
});
