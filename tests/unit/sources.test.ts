import { describe, expect, it } from 'vitest';
import { sourceListPages } from '../../src/lib/sources.ts';

const report = (id: string, published: string | null, outlet = 'Wire') => ({ id, data: { published, outlet } });

describe('the list of news reports', () => {
	it('runs newest first, undated reports last by outlet, on pages of a fixed size with their addresses', () => {
		const pages = sourceListPages([report('a', '2025-01-02'), report('b', null, 'Zeta'), report('c', '2025-03-01'), report('d', null, 'Alpha'), report('e', '2025-02-01')], 2);
		expect(pages.map((p) => [p.page, p.pages, p.from, p.items.map((r) => r.id).join(''), p.path])).toEqual([
			[1, 3, 1, 'ce', '/sources/'],
			[2, 3, 3, 'ad', '/sources/list/2/'],
			[3, 3, 5, 'b', '/sources/list/3/'],
		]);
	});

	it('has one page when the record has no reports yet', () => {
		expect(sourceListPages([]).map((p) => p.items.length)).toEqual([0]);
	});
});
