/**
 * Property tests of the content parser (fast-check): for arbitrary text, and for arbitrary
 * mutations of a valid article, it returns typed content or located errors — never throws,
 * never hangs (each run is bounded by the test timeout).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadContent, type LoadResult, type SourceFile } from '../../src/lib/content/load.ts';

const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });
const speakers = [read('tests/fixtures/content/speakers/ada-lovelace.md'), read('tests/fixtures/content/speakers/jose-marti.md')];
const valid = read('tests/fixtures/content/articles/example-com-first-report.md');
const front = YAML.parse(valid.text.split('---\n')[1]!) as Record<string, unknown>;

function check(result: LoadResult): void {
	if (result.ok) {
		for (const s of result.content.statements.values()) expect(typeof s.quote).toBe('string');
		return;
	}
	expect(result.errors.length).toBeGreaterThan(0);
	for (const e of result.errors) {
		expect(e.file).toBe('content/articles/a.md');
		expect(e.path.length).toBeGreaterThan(0);
		expect(e.message.length).toBeGreaterThan(0);
		expect(e.message).not.toMatch(/\n\s+at /);
	}
}

const load = (text: string) => loadContent(speakers, [{ file: 'content/articles/a.md', text }], { today: '2026-11-22' });

describe('the content parser under arbitrary input', () => {
	it('never throws on arbitrary text, with or without a frontmatter fence', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string().map((s) => `---\n${s}\n---\n`), fc.string({ unit: 'binary' }).map((s) => `---\n${s}`)), (text) => {
				check(load(text));
			}),
			{ numRuns: 400 },
		);
	});

	it('never throws on arbitrary mutations of a valid article', () => {
		const json = fc.jsonValue({ maxDepth: 2 });
		const mutation = fc.oneof(
			fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...Object.keys(front), 'extra'), value: json }),
			fc.record({ kind: fc.constant('statement' as const), key: fc.constantFrom('id', 'speaker', 'date', 'datePrecision', 'quote', 'stance', 'topics', 'translated', 'kind', 'quotedAs', 'notes'), value: json }),
			fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...Object.keys(front)), value: fc.constant(null) }),
		);
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
				const data = structuredClone(front);
				for (const m of mutations) {
					if (m.kind === 'delete') delete data[m.key];
					else if (m.kind === 'set') data[m.key] = m.value;
					else {
						const list = data.statements;
						if (Array.isArray(list) && list[0] && typeof list[0] === 'object') (list[0] as Record<string, unknown>)[m.key] = m.value;
					}
				}
				check(load(`---\n${YAML.stringify(data)}---\n`));
			}),
			{ numRuns: 400 },
		);
	});

	it('still accepts the unmutated article (the property is not vacuous)', () => {
		expect(load(`---\n${YAML.stringify(front)}---\n`).ok).toBe(true);
	});
});
