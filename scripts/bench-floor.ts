/**
 * The floor for the benchmark: a plain Node script that reads the same content files with
 * gray-matter and writes one equivalent statement page each (same quote, speaker, sources),
 * with no framework, validation or layout. The ratio build / floor says what Astro costs.
 *   node scripts/bench-floor.ts <content-dir> <out-dir>
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

const [dir = 'content', out = '.bench/floor'] = process.argv.slice(2);
const esc = (s: unknown) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
rmSync(out, { recursive: true, force: true });
// Timed from here: removing the last run's 20,000 folders took 3-6 s and made the floor, and
// so the build / floor ratio, depend on whether the bench had run before.
const t0 = performance.now();
const speakers = new Map<string, { name: string; country: string }>();
for (const f of readdirSync(join(dir, 'speakers'))) speakers.set(f.replace(/\.md$/, ''), matter(readFileSync(join(dir, 'speakers', f), 'utf8')).data as { name: string; country: string });
const sources = new Map<string, string[]>();
const records: Record<string, unknown>[] = [];
for (const f of readdirSync(join(dir, 'articles'))) {
	const { data } = matter(readFileSync(join(dir, 'articles', f), 'utf8'));
	for (const s of data.statements as Record<string, unknown>[]) {
		const list = sources.get(String(s.id)) ?? [];
		list.push(`<li><a href="${esc(data.url)}">${esc(data.outlet)}</a>${s.quotedAs ? `<blockquote>${esc(s.quotedAs)}</blockquote>` : ''}</li>`);
		sources.set(String(s.id), list);
		if ('quote' in s) records.push(s);
	}
}
for (const s of records) {
	const speaker = speakers.get(String(s.speaker));
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(speaker?.name)}</title></head><body><h1>${esc(speaker?.name)}, ${esc(s.role)}</h1><p>${esc(s.date)} · ${esc(s.setting)}</p><blockquote><p>${esc(s.quote)}</p></blockquote><p>Stance: ${esc(s.stance)}</p><p>${esc(s.context)}</p><ul>${(sources.get(String(s.id)) ?? []).join('')}</ul></body></html>`;
	mkdirSync(join(out, 'statements', String(s.id)), { recursive: true });
	writeFileSync(join(out, 'statements', String(s.id), 'index.html'), html);
}
console.log(`floor: ${records.length} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
