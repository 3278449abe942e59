import type { Statement } from '../../src/lib/content/schemas.ts';

/** A minimal valid statement for tests of pure logic; override what the test is about. */
export function makeStatement(id: string, date: string, overrides: Partial<Statement> = {}): Statement {
	return {
		id, speaker: 'a', role: 'r', date, datePrecision: date.length === 7 ? 'month' : 'day', setting: 's', kind: 'direct_quote', quote: 'q',
		translated: false, stance: 'reports', topics: ['t'], context: 'c', notes: null, corrections: [], sources: [], ...overrides,
	};
}
