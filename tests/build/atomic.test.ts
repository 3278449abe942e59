import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a failing build names the file and field, and leaves the previous dist/ untouched', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gw-bad-'));
	cpSync('tests/fixtures/content', dir, { recursive: true });
	const file = join(dir, 'articles/example-com-first-report.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('position: supports', 'position: favours'));
	const before = statSync('dist/index.html').mtimeMs;
	// The Astro build itself (not only `validate`) must refuse: run it directly on the bad content.
	const run = spawnSync('node', ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
	expect(run.status).not.toBe(0);
	expect(run.stdout + run.stderr).toContain('articles/example-com-first-report.md: statements[id=ada-lovelace-2025-03-01-engine].position: "favours" is not one of the positions');
	expect(run.stderr).toContain('the previous dist/ is unchanged');
	expect(statSync('dist/index.html').mtimeMs).toBe(before);
});
