import { describe, expect, it } from 'vitest';
import { partCount, partFolder, partSizes, SEARCH_PART_SIZE, splitIntoParts } from '../../src/lib/search-parts.ts';

describe('the search index in parts', () => {
	it('is one part until the record passes the part size', () => {
		expect(partCount(0)).toBe(1);
		expect(partCount(SEARCH_PART_SIZE)).toBe(1);
		expect(partCount(SEARCH_PART_SIZE + 1)).toBe(2);
		expect(partCount(20_000, 2500)).toBe(8);
		expect(partCount(20_000)).toBe(5);
		expect(() => partCount(10, 0)).toThrow('the search part size must be a whole number above 0, not 0');
	});

	it('splits newest first into parts of consecutive dates, each record once, ties by path', () => {
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

	it('makes the newest part at most three quarters of a part, so the first page of results comes from a smaller index', () => {
		expect(partSizes(20_000)).toEqual([3000, 4250, 4250, 4250, 4250]);
		expect(partSizes(5000)).toEqual([2500, 2500]);
		expect(partSizes(4001)).toEqual([2000, 2001]);
		expect(partSizes(SEARCH_PART_SIZE)).toEqual([SEARCH_PART_SIZE]);
		expect(partSizes(0)).toEqual([0]);
		// Never more than an even share: 9 records in parts of 4 make 3 parts, the first of 3.
		expect(partSizes(9, 4)).toEqual([3, 3, 3]);
		expect(partSizes(11, 4)).toEqual([3, 4, 4]);
		for (const [n, size] of [[20_000, 4000], [12_345, 4000], [2560, 700], [7, 3]] as const) {
			const sizes = partSizes(n, size);
			expect(sizes).toHaveLength(partCount(n, size));
			expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
			// The others share the rest evenly.
			expect(Math.max(...sizes.slice(1)) - Math.min(...sizes.slice(1))).toBeLessThanOrEqual(1);
			expect(sizes[0]).toBeLessThanOrEqual(Math.min(...sizes.slice(1)));
		}
	});

	it('puts the newest records in the smaller first part', () => {
		const records = Array.from({ length: 11 }, (_, i) => ({ path: `s${String(i).padStart(2, '0')}`, date: `2025-01-${String(i + 1).padStart(2, '0')}` }));
		const parts = splitIntoParts(records, 4);
		expect(parts.map((p) => p.map((r) => r.path))).toEqual([['s10', 's09', 's08'], ['s07', 's06', 's05', 's04'], ['s03', 's02', 's01', 's00']]);
	});

	it('names part 0 the bundle itself and the others part-k', () => {
		expect(partFolder(0)).toBe('');
		expect(partFolder(3)).toBe('part-3');
	});
});
