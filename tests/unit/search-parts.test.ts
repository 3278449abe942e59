import { describe, expect, it } from 'vitest';
import { MERGED_PHRASE_MAX_PARTS, mergesPhraseParts, partCount, partFolder, SEARCH_PART_SIZE, splitIntoParts } from '../../src/lib/search-parts.ts';

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

	it('asks a phrase on one merged copy of Pagefind only for a few parts: a whole index has nothing to merge, many parts decode faster side by side', () => {
		expect(mergesPhraseParts(1)).toBe(false);
		expect(mergesPhraseParts(2)).toBe(true);
		expect(mergesPhraseParts(MERGED_PHRASE_MAX_PARTS)).toBe(true);
		expect(mergesPhraseParts(MERGED_PHRASE_MAX_PARTS + 1)).toBe(false);
		expect(mergesPhraseParts(partCount(20_000))).toBe(false);
	});
});
