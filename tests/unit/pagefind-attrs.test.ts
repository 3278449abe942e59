import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content/load.ts';
import { decodeCard, decodeMeta, decodeWordings, encodeMeta, encodeWordings, indexed, NOT_INDEXED, reportRecordAttrs, statementRecordAttrs, weighted } from '../../src/lib/pagefind-attrs.ts';
import { statementCardView } from '../../src/lib/statement-view.ts';

const result = loadContentDir('tests/fixtures/content', { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const ada = statements.get('ada-lovelace-2025-03-01-engine')!;

/** Reads attributes back the way Pagefind does: `key[attr]` pairs, comma-separated. */
function read(attrs: Record<string, string>, list: 'data-pagefind-filter' | 'data-pagefind-meta') {
	const out: Record<string, string[]> = {};
	for (const ref of attrs[list]!.split(', ')) {
		const [, key, attr] = /^(\w+)\[([\w-]+)\]$/.exec(ref)!;
		out[key!] = [...(out[key!] ?? []), attrs[attr!]!];
	}
	return out;
}

describe('a statement page as a search record', () => {
	const attrs = statementRecordAttrs(ada, speakers.get('ada-lovelace')!);

	it('carries every filter through attributes, so values may hold commas and colons', () => {
		expect(read(attrs, 'data-pagefind-filter')).toEqual({
			speaker: ['ada-lovelace'], country: ['United Kingdom'], position: ['supports'], usRole: ['backstop'], speechAct: ['states-policy'], stance: ['demands'], year: ['2025'], month: ['2025-03'],
			kind: ['direct_quote'], outlet: ['Example Times', 'Example Post'], topic: ['europe-role'],
		});
	});

	it('carries its date, the exact quote and wordings, and its card as meta', () => {
		const meta = Object.fromEntries(Object.entries(read(attrs, 'data-pagefind-meta')).map(([k, v]) => [k, v[0]!]));
		expect(meta).toMatchObject({ date: '2025-03-01' });
		expect(decodeMeta(meta.quote!)).toBe(ada.quote);
		// The card a result draws is the card view every page draws, quote included.
		expect(decodeCard(meta.card!, decodeMeta(meta.quote!))).toEqual(statementCardView(ada, speakers.get('ada-lovelace')!, null));
		expect(decodeCard(meta.card!, ada.quote)).toMatchObject({ dateLabel: '1 Mar 2025', speaker: { name: 'Ada Lovelace' }, stance: 'demands', url: '/statements/ada-lovelace-2025-03-01-engine/' });
		// The quote travels once, on its own.
		expect(decodeMeta(meta.card!)).not.toContain(ada.quote);
		expect(decodeWordings(meta.wordings!)).toEqual([{ outlet: 'Example Post', text: "We don't guarantee: it's Europe's job,", kind: 'Abridged' }]);
		// Pagefind indexes meta text as words: the wordings carry no key names to be found on every statement.
		expect(meta.wordings).not.toMatch(/outlet|text/);
		// Pagefind collapses whitespace in meta values: an encoded quote has none left to collapse.
		expect(meta.quote).not.toMatch(/\s/);
	});

	it('sorts by its date', () => {
		expect(attrs['data-pagefind-sort']).toBe('date[data-sort-date]');
		expect(attrs['data-sort-date']).toBe('2025-03-01');
	});
});

describe('a news report as a search record', () => {
	it('sorts by its publication date, or by its latest statement when it shows none', () => {
		const carried = [...statements.values()];
		expect(reportRecordAttrs({ outlet: 'Example Times (Reuters copy)', published: '2025-03-02', title: 'First report' }, carried)['data-sort-date']).toBe('2025-03-02');
		const undated = reportRecordAttrs({ outlet: 'Example Post', published: null, title: null }, carried);
		expect(undated['data-sort-date']).toBe('2025-03-01');
		expect(read(undated, 'data-pagefind-meta')).toMatchObject({ date: [''], dateLabel: ['Publication date not shown'], title: ['Untitled report'], outlet: ['Example Post'] });
		expect(read(undated, 'data-pagefind-filter')).toEqual({ outlet: ['Example Post'] });
	});
});

describe('weights and exclusions', () => {
	it('weigh the quote most, then the speaker, then wordings, then other text', () => {
		const w = (a: Record<string, string>) => Number(a['data-pagefind-weight']);
		expect(w(indexed('quote'))).toBeGreaterThan(w(indexed('speaker')));
		expect(w(indexed('speaker'))).toBeGreaterThan(w(weighted('wording')));
		expect(w(weighted('wording'))).toBeGreaterThan(w(indexed()));
		expect(indexed()).toHaveProperty('data-pagefind-body', '');
		expect(weighted('wording')).not.toHaveProperty('data-pagefind-body');
		expect(NOT_INDEXED).toEqual({ 'data-pagefind-ignore': '' });
	});

	it('encode meta text losslessly', () => {
		const text = 'Line one,\n\n  “curly” & <b>bold</b> 200,000—it’s';
		expect(decodeMeta(encodeMeta(text))).toBe(text);
		// Pagefind collapses whitespace in meta values: an encoded text has none left to collapse.
		expect(encodeMeta(text)).not.toMatch(/\s/);
		const wordings = [{ outlet: 'A "Wire", [Ltd]', text, kind: 'Re-translation' }, { outlet: 'B', text: '  spaced\tout  ', kind: 'Abridged' }];
		expect(decodeWordings(encodeWordings(wordings))).toEqual(wordings);
		expect(encodeWordings(wordings)).not.toMatch(/\s/);
		expect(decodeMeta(encodeMeta('Україна — гарантії безпеки 🇺🇦'))).toBe('Україна — гарантії безпеки 🇺🇦');
	});

	it('encode meta text with no letter or digit, so Pagefind indexes no word of it', () => {
		for (const text of ['Security guarantees for Ukraine, 2025', 'Гарантії безпеки', JSON.stringify({ id: 'trump-2025-08-18', url: '/statements/x/' })]) {
			expect(encodeMeta(text)).not.toMatch(/[\p{L}\p{N}\s"&\\<>]/u);
		}
		expect(encodeWordings([{ outlet: 'Reuters', text: 'Europe will do it', kind: 'Abridged' }])).not.toMatch(/[\p{L}\p{N}]/u);
	});

	it('refuse to decode what was not encoded', () => {
		expect(() => decodeMeta('Security%20guarantees')).toThrow('not an encoded meta value');
		expect(() => decodeMeta('!#$')).toThrow('odd length');
	});
});
