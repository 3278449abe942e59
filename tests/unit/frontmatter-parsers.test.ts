/**
 * The fast YAML path (js-yaml) must never change what a file means: for every real content
 * file and every fixture, good or broken, it gives exactly what the precise parser (`yaml`)
 * gives — the same data, or the same located message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatterFile, parseYamlPrecisely } from '../../src/lib/content/frontmatter.ts';

const files = ['content', 'tests/fixtures'].flatMap((dir) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.map((f) => join(dir, f)),
);

describe('the two YAML parsers agree', () => {
	it('on enough files to mean something', () => expect(files.length).toBeGreaterThan(150));

	it.each(files)('%s', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(parseFrontmatterFile(text)).toEqual(parseFrontmatterFile(text, parseYamlPrecisely));
	});
});
