import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReliabilityFileError, readRounds } from '../../src/data/reliability.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A content folder with the given round files. */
function content(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'gw-rel-'));
	dirs.push(dir);
	mkdirSync(join(dir, 'reliability'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'reliability', name), text);
	return dir;
}

const ROUND = (coder: string, position = 'supports') =>
	`round: 2\ndate: '2026-12-03'\ncoder: ${coder}\nuse: 'The reported measure.'\ncodes:\n- id: a-2025-01-01-x\n  position: ${position}\n  usRole: unspecified\n  speechAct: states-policy\n  elements: []\n`;

describe('the blind codings’ files (content/reliability/)', () => {
	it('reads a round with its codes', () => {
		const [round] = readRounds(content({ 'round-2.yaml': ROUND("'Two coders.'") }));
		expect(round?.round).toBe(2);
		expect(round?.codes[0]).toEqual({ id: 'a-2025-01-01-x', position: 'supports', usRole: 'unspecified', speechAct: 'states-policy', elements: [] });
	});

	it('names the file and line, and says how to write an apostrophe, when one ends a value early', () => {
		const dir = content({ 'round-2.yaml': ROUND("'One coded the statement by Orpo's party.'") });
		expect(() => readRounds(dir)).toThrow(ReliabilityFileError);
		expect(() => readRounds(dir)).toThrow(/round-2\.yaml: line 3: a value ends early, likely at an apostrophe .*write an apostrophe twice/);
	});

	it('gives the same advice when a colon follows the apostrophe', () => {
		expect(() => readRounds(content({ 'round-2.yaml': ROUND("'Orpo's coder saw: the quote.'") }))).toThrow(/round-2\.yaml: line 3: a value ends early, likely at an apostrophe .*write an apostrophe twice/);
	});

	it('gives no apostrophe advice for a mistake of another kind', () => {
		expect(() => readRounds(content({ 'round-2.yaml': ROUND("'Two coders.'").replace('use:', 'coder:') }))).toThrow(/round-2\.yaml: line \d+: a field is written twice$/);
	});

	it('names the code, the value and the codebook when a value is not one of its values', () => {
		expect(() => readRounds(content({ 'round-2.yaml': ROUND("'Two coders.'", 'maybe') }))).toThrow(/round-2\.yaml: codes\[0\]\.position: "maybe" is not one of the positions: supports, conditional/);
	});

	it('names a misspelt field and the field it leaves missing', () => {
		const dir = content({ 'round-2.yaml': ROUND("'Two coders.'").replace('speechAct:', 'speech_act:') });
		expect(() => readRounds(dir)).toThrow(/codes\[0\]\.speechAct: is required but missing\n.*codes\[0\]\.speech_act: is not a known field/);
	});

	it('says what an empty file should hold', () => {
		expect(() => readRounds(content({ 'round-3.yaml': '' }))).toThrow(/round-3\.yaml: file: is empty; it should hold a round: round, date, coder, use and codes/);
	});

	it('carries no stack trace into the message a build prints', () => {
		try {
			readRounds(content({ 'round-2.yaml': ROUND("'Two coders.'", 'maybe') }));
			expect.unreachable();
		} catch (e) {
			expect((e as Error).stack).toBe((e as Error).message);
		}
	});
});
