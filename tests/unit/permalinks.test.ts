import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/errors.ts';
import { loadContent, type SourceFile } from '../../src/lib/content/load.ts';
import { parseLock, updatedLock } from '../../src/lib/content/permalinks.ts';

const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });
const speakers = ['ada-lovelace', 'jose-marti'].map((s) => read(`tests/fixtures/content/speakers/${s}.md`));
const first = read('tests/fixtures/content/articles/example-com-first-report.md');
const second = read('tests/fixtures/content/articles/example-org-second-report.md');
const LOCK = ['/statements/ada-lovelace-2025-03-01-engine/', '/statements/jose-marti-2025-02-patria/', '/speakers/ada-lovelace/', '/sources/example-com-first-report/'];
const rename = (f: SourceFile): SourceFile => ({ ...f, text: f.text.replaceAll('ada-lovelace-2025-03-01-engine', 'ada-lovelace-2025-03-01-analytical-engine') });

function load(articles: SourceFile[], redirects?: string) {
	const r = loadContent(speakers, articles, { today: '2026-11-22', lock: LOCK, ...(redirects ? { redirects: { file: 'content/redirects.yaml', text: redirects } } : {}) });
	return r.ok ? [] : r.errors.map(formatContentError);
}

describe('permanent addresses', () => {
	it('accept content that keeps every published address', () => {
		expect(load([first, second])).toEqual([]);
	});

	it('refuse a renamed statement id that would break a published address', () => {
		expect(load([rename(first), rename(second)])).toEqual([
			'permalinks.lock: /statements/ada-lovelace-2025-03-01-engine/: was published and would disappear; keep its id, or add a redirect for it to content/redirects.yaml',
		]);
	});

	it('accept the rename once a redirect is declared, and check the redirect itself', () => {
		const ok = '- from: /statements/ada-lovelace-2025-03-01-engine/\n  to: /statements/ada-lovelace-2025-03-01-analytical-engine/\n  reason: renamed for precision\n';
		expect(load([rename(first), rename(second)], ok)).toEqual([]);
		const broken = ok.replace('analytical-engine/', 'analytic-engine/');
		expect(load([rename(first), rename(second)], broken)).toEqual([
			'content/redirects.yaml: [0].to: "/statements/ada-lovelace-2025-03-01-analytic-engine/" is not an address on the site',
		]);
	});

	it('permalinks:update appends new addresses and never drops one', () => {
		const next = updatedLock('# header\n/speakers/gone/\n', new Set(['/speakers/b/', '/speakers/a/']));
		expect(parseLock(next)).toEqual(['/speakers/gone/', '/speakers/a/', '/speakers/b/']);
	});

});
