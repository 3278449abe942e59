import { describe, expect, it } from 'vitest';
import { partCount, partFolder, SEARCH_PART_SIZE, splitIntoParts } from '../../src/lib/search-parts.ts';

describe('the search index in parts', () => {
	it('is one part until the record passes the part size', () => {
		expect(partCount(0)).toBe(1);
		expect(partCount(SEARCH_PART_SIZE)).toBe(1);
		expect(partCount(SEARCH_PART_SIZE + 1)).toBe(2);
		expect(partCount(20_000, 2500)).toBe(8);
		expect(partCount(20_000)).toBe(5);
		expect(() => partCount(10, 0)).toThrow('the search part size must be a whole number above 0, not 0');
	});

	it('splits newest first into even parts of consecutive dates, each record once, ties by path', () => {
		const records = [
			{ path: 'b', date: '2025-03-01' },
			{ path: 'a', date: '2025-03-01' },
			{ path: 'c', date: '2026-01-05' },
			{ path: 'd', date: '2025-01-10' },
			{ path: 'e', date: '2025-07-04' },
		];
		const parts = splitIntoParts(records, 2);
		expect(parts.map((p) => p.map((r) => r.path))).toEqual([['c'], ['e', 'a'], ['b', 'd']]);
		expect(parts.flat()).toHaveLength(records.length);
	});

	it('names part 0 the bundle itself and the others part-k', () => {
		expect(partFolder(0)).toBe('');
		expect(partFolder(3)).toBe('part-3');
	});
});
