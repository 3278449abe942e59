import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from './helpers.ts';

const { statements } = content();
const exported = JSON.parse(readFileSync('dist/data/statements.json', 'utf8'));

describe('/data/statements.json', () => {
	it('publishes every statement once, with quotes and wordings equal to content/', () => {
		expect(exported.schemaVersion).toBe(2);
		expect(exported.statements.map((s: { id: string }) => s.id)).toEqual([...statements.keys()]);
		for (const s of exported.statements) {
			const want = statements.get(s.id)!;
			expect(s.quote).toBe(want.quote);
			expect(s.sources.map((x: { quotedAs: string | null }) => x.quotedAs)).toEqual(want.sources.map((x) => x.quotedAs));
		}
	});

	it('passes the shared quote check against the source dossier', () => {
		// Only where the dossier is beside the project (it is in development and CI).
		const out = execFileSync('python3', ['../shared/tools/check-quotes.py', 'dist/data/statements.json'], { encoding: 'utf8' });
		expect(out).toMatch(/, 0 problems$/m);
	});
});

describe('/data/*.csv', () => {
	it('has one row per statement and one per statement–source pair', () => {
		const rows = readFileSync('dist/data/statements.csv', 'utf8').split('\r\n').filter(Boolean);
		expect(rows.length).toBe(statements.size + 1);
		const pairs = readFileSync('dist/data/statement-sources.csv', 'utf8').split('\r\n').filter(Boolean);
		expect(pairs.length).toBe([...statements.values()].reduce((n, s) => n + s.sources.length, 0) + 1);
	});
});
