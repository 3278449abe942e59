/**
 * The bad-content corpus (tests/fixtures/bad/<case>/): each case adds one broken file to the
 * valid fixture. Every case must give exactly the messages in expected.json (an editor reads
 * them), the accepted cases none; `npm run validate` itself is run on a sample.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/errors.ts';
import { loadContent, readSourceFile } from '../../src/lib/content/load.ts';

const BASE = 'tests/fixtures/content';
const BAD = 'tests/fixtures/bad';
const expected = JSON.parse(readFileSync(`${BAD}/expected.json`, 'utf8')) as Record<string, string[]>;
const cases = readdirSync(BAD).filter((c) => c !== 'expected.json');
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((f) => readSourceFile(join(dir, f))) : []);

function messages(name: string): string[] {
	const result = loadContent([...files(`${BASE}/speakers`), ...files(`${BAD}/${name}/speakers`)], [...files(`${BASE}/articles`), ...files(`${BAD}/${name}/articles`)], { today: '2026-11-22' });
	return result.ok ? [] : result.errors.map(formatContentError);
}

describe('the bad-content corpus', () => {
	it('has at least 40 broken cases, each with its expected messages', () => {
		expect(cases.filter((c) => !c.startsWith('accepted-')).length).toBeGreaterThanOrEqual(40);
		expect(Object.keys(expected).sort()).toEqual([...cases].sort());
	});

	it.each(cases)('%s', (name) => {
		const got = messages(name);
		expect(got).toEqual(expected[name]);
		if (name.startsWith('accepted-')) expect(got).toEqual([]);
		else {
			expect(got.length).toBeGreaterThan(0);
			// One line each: file, field, and words; never a stack trace.
			for (const line of got) expect(line).toMatch(/^tests\/fixtures\/bad\/[^:]+\.md: [^:]+: [^\n]+$/);
		}
	});

	it.each(['tab-indent', 'impossible-date', 'invalid-utf8', 'accepted-crlf', 'speaker-missing-name'])('npm run validate on %s: exit code and output', (name) => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-validate-'));
		cpSync(BASE, dir, { recursive: true });
		cpSync(`${BAD}/${name}`, dir, { recursive: true });
		const run = spawnSync('node', ['scripts/validate.ts', dir], { encoding: 'utf8' });
		const bad = !name.startsWith('accepted-');
		expect(run.status).toBe(bad ? 1 : 0);
		expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
		if (bad) expect(run.stderr).toContain(expected[name]![0]!.split(': ').slice(1).join(': '));
		else expect(run.stdout).toMatch(/is valid: \d+ statements/);
	});
});
