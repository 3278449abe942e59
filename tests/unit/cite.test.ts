import { describe, expect, it } from 'vitest';
import { citations, splitName } from '../../src/lib/cite.ts';
import { loadContentDir } from '../../src/lib/content/load.ts';

const result = loadContentDir('tests/fixtures/content', { today: '2026-11-22' });
if (!result.ok) throw new Error('fixture invalid');
const { statements, speakers } = result.content;
const s = statements.get('ada-lovelace-2025-03-01-engine')!;
const c = citations({ statement: s, speaker: speakers.get('ada-lovelace')!, permalink: 'https://gw.test/statements/ada-lovelace-2025-03-01-engine/', accessed: '2026-11-22' });

describe('citations', () => {
	it('splits names with particles into given and family names', () => {
		expect(splitName('Ursula von der Leyen')).toEqual({ given: 'Ursula', family: 'von der Leyen' });
		expect(splitName('JD Vance')).toEqual({ given: 'JD', family: 'Vance' });
	});

	it('writes APA, Chicago and MLA with the speaker, date, setting, primary source and permanent URL', () => {
		expect(c.apa).toBe(
			'Lovelace, A. (2025, March 1). [Statement, A lecture]. Reported in Reuters, Wire headline (March 1, 2025), read in a copy on Example Times. https://example.com/first-report. Recorded by Guarantee Watch, retrieved November 22, 2026, from https://gw.test/statements/ada-lovelace-2025-03-01-engine/',
		);
		expect(c.chicago).toBe(
			'Ada Lovelace, A lecture, March 1, 2025, quoted in Reuters, “Wire headline,” March 1, 2025, read in a copy on Example Times, https://example.com/first-report; Guarantee Watch, accessed November 22, 2026, https://gw.test/statements/ada-lovelace-2025-03-01-engine/.',
		);
		expect(c.mla).toBe(
			'Lovelace, Ada. Statement. A lecture, 1 Mar. 2025. Reported in “Wire headline,” Reuters, 1 Mar. 2025, read in a copy on Example Times, https://example.com/first-report. Guarantee Watch, https://gw.test/statements/ada-lovelace-2025-03-01-engine/. Accessed 22 Nov. 2026.',
		);
	});

	it('name the original outlet first and the copy it was read in after it, in every format', () => {
		for (const text of [c.apa, c.chicago, c.mla, c.bibtex, c.cslJson]) {
			expect(text.indexOf('Reuters')).toBeGreaterThan(-1);
			expect(text.indexOf('Reuters')).toBeLessThan(text.indexOf('Example Times'));
		}
	});

	it('writes BibTeX and CSL-JSON that tools can read', () => {
		expect(c.bibtex).toMatch(/^@misc\{ada-lovelace-2025-03-01-engine,\n {2}author = \{Lovelace, Ada\},/);
		expect(c.bibtex).toContain('\\url{https://example.com/first-report}');
		const [csl] = JSON.parse(c.cslJson);
		expect(csl).toMatchObject({ id: s.id, type: 'speech', author: [{ family: 'Lovelace', given: 'Ada' }], issued: { 'date-parts': [[2025, 3, 1]] }, URL: 'https://gw.test/statements/ada-lovelace-2025-03-01-engine/' });
	});
});
