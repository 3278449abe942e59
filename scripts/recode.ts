/**
 * `npm run recode -- <codes.yaml> [more.yaml…]`: writes coded dimensions (position, usRole,
 * speechAct, elements) from coding files into the statements' records in content/, for a
 * recoding of the record under a revised codebook. A record whose codes change gets
 * `updated` set to today (its coding is part of the record). Nothing else is touched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { ENV } from '../src/env.ts';
import { parseFrontmatterFile } from '../src/lib/content/frontmatter.ts';

type Obj = Record<string, unknown>;
const DIMENSIONS = ['position', 'usRole', 'speechAct', 'elements'] as const;
const codes = new Map<string, Obj>();
for (const file of process.argv.slice(2)) for (const c of YAML.parse(readFileSync(file, 'utf8')) as Obj[]) codes.set(c.id as string, c);
const today = new Date().toISOString().slice(0, 10);
const dir = join(ENV.contentDir, 'articles');
let changed = 0;
let seen = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
	const path = join(dir, name);
	const parsed = parseFrontmatterFile(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
	let touched = false;
	for (const s of parsed.data.statements as Obj[]) {
		const code = codes.get(s.id as string);
		if (!code || !('quote' in s)) continue;
		seen++;
		const next: Obj = { ...code, elements: (code.elements as string[] | undefined) ?? [] };
		if (DIMENSIONS.every((d) => JSON.stringify(s[d] ?? []) === JSON.stringify(next[d]))) continue;
		for (const d of DIMENSIONS) s[d] = next[d];
		if (s.added !== today) s.updated = today;
		touched = true;
		changed++;
	}
	if (touched) writeFileSync(path, `---\n${YAML.stringify(parsed.data, { lineWidth: 0, minContentWidth: 0 })}---\n${parsed.body}`);
}
console.log(`${seen} coded statements found in content/, ${changed} recoded; run npm run validate`);
