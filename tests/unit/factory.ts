import type { Statement } from '../../src/lib/content/schemas.ts';

/** A minimal valid statement for tests of pure logic; override what the test is about. */
export function makeStatement(id: string, date: string, overrides: Partial<Statement> = {}): Statement {
	return {
		id, speaker: 'a', role: 'r', date, datePrecision: date.length === 7 ? 'month' : 'day', setting: 's', event: null, kind: 'direct_quote', position: 'none', usRole: 'unspecified', speechAct: 'describes', elements: [], quote: 'q', evidence: '“q”', language: 'en', spokenLanguage: null, translatedBy: null, speakerIdentified: 'named', added: '2025-01-01', updated: null,
		translated: false, stance: 'reports', topics: ['t'], context: 'c', notes: null, corrections: [],
		sources: [{ article: 'a', url: 'https://example.com/a', outlet: 'Example', author: null, published: null, title: null, titleNote: null, quotedAs: null, primary: true, evidence: '“q”', wording: 'same', language: 'en', original: null }],
		...overrides,
	};
}
