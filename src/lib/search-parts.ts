/**
 * The statement search index in parts, once the record is large.
 *
 * Pagefind's time for a query grows faster than the number of pages it matches: in Chromium,
 * "security guarantees" took about 1.8 s for 8,352 matches in one 20,000-statement index, and
 * 40 ms for 1,075 matches in a 2,500-statement one (its ranking compares every match with
 * every matched word). So above `SEARCH_PART_SIZE` statements the index is built as parts of
 * consecutive dates, newest first, each its own Pagefind bundle, and /search/ searches them
 * one after another: the first results show when the first part has answered.
 *
 * The newest part is smaller than the others, three quarters of the part size at most: it
 * alone answers the first page of a search by words, and its size sets that page's bytes and
 * wait. At 20,000 statements (2026-12-05, first use, one build's index rebuilt each way),
 * "security guarantees" needed 181.9 KB to its first page with a first part of 3,000 (and
 * four of 4,250), against 210.9 KB with five parts of 4,000, and 149–161 ms instead of
 * 167–179 when typed again; its first-use times (580–819 ms in six runs with a first part
 * of 3,000, 602–827 with 2,000, 681–771 with 4,000) differ less than this machine's noise.
 * A first part of 2,000 went too far: "reassurance force" (123 results) then had fewer than
 * 10 in it, and its first page needed the second part's copy of Pagefind too, 343.5 KB
 * instead of 175.3. The phrase, which asks every part at once, and the count, from every
 * part, are unchanged.
 *
 * The size is a trade between broad words and phrases (`npm run bench`, 20,000 statements,
 * first use): a phrase asks every part at once and each part brings its own copy of Pagefind,
 * so fewer parts find it sooner ("europe have": 1,668 ms in parts of 2,500, 957 ms in parts of
 * 4,000, 935 ms in parts of 5,000), while a larger first part answers a broad query later
 * ("security guarantees" typed again: 158, 194 and 259 ms). These sizes were chosen before each
 * bundle's word index was cut into smaller chunks (src/lib/pagefind-chunks.ts), which made
 * every word cheaper to look up in every part. Measured again after (2026-12-06: the bench's
 * 20,000-statement site, its index rebuilt at each size, `npm run bench:search -- --visits 3`,
 * two rounds), 4,000 is still the size: first use to the first 10, in ms, over the five queries
 * of the bench, and the phrase alone,
 *
 * | part size (parts) | broad, first 10 | other words, first 10 | "europe have" | broad, later | first 10, bytes |
 * | --- | --- | --- | --- | --- | --- |
 * | 3,000 (7) | 448, 464 | 311–428 | 782, 855 | 143, 134 | 134–147 KiB |
 * | 4,000 (5) | 423, 442 | 296–373 | 617, 613 | 150, 145 | 141–160 KiB |
 * | 5,000 (4) | 516, 487 | 327–487 | 663, 880 | 164, 162 | 147–172 KiB |
 * | 7,000 (3) | 493, 493 | 298–418 | 658, 664 | 191, 192 | 159–194 KiB |
 *
 * Fewer, larger parts give the full count sooner (the broad query's: 1.2 s in three parts,
 * 1.4–1.5 s in five), but the first page, which is what the reader waits for, no sooner.
 *
 * The ranking rule that follows: results by relevance come **part by part, newest part
 * first, by relevance within a part**; sorted by date they come in exact date order (the
 * parts are consecutive, so reading them newest first, or oldest first, is the order). An
 * exact phrase asks every part at once, on one copy of Pagefind with the parts merged
 * (its mergeIndex), and its candidates come in Pagefind's one ranking across the parts.
 * Below the threshold there is one part, and one ranking over the whole record.
 */

/** Statements per part (see above for the measurement that chose it). */
export const SEARCH_PART_SIZE = 4000;

/** How many parts `records` statements make (one when the record is small). */
export function partCount(records: number, size: number = SEARCH_PART_SIZE): number {
	if (!Number.isInteger(size) || size < 1) throw new Error(`the search part size must be a whole number above 0, not ${size}`);
	return Math.max(1, Math.ceil(records / size));
}

/** The folder of part `k` inside the statements' bundle: part 0, the newest, is the bundle itself. */
export function partFolder(k: number): string {
	return k === 0 ? '' : `part-${k}`;
}

/**
 * How many of `records` statements each part holds, newest part first: the first at most three
 * quarters of `size` (and no more than an even share), the others as even as possible.
 */
export function partSizes(records: number, size: number = SEARCH_PART_SIZE): number[] {
	const parts = partCount(records, size);
	if (parts === 1) return [records];
	const first = Math.min(Math.ceil((size * 3) / 4), Math.floor(records / parts));
	const rest = records - first;
	const edge = (k: number) => Math.floor((k * rest) / (parts - 1));
	return [first, ...Array.from({ length: parts - 1 }, (_, k) => edge(k + 1) - edge(k))];
}

/**
 * Splits records into parts of consecutive dates, newest first, of `partSizes`. Ties of date
 * go by path, so the split is the same on every build.
 */
export function splitIntoParts<T extends { date: string; path: string }>(records: readonly T[], size: number = SEARCH_PART_SIZE): T[][] {
	const ordered = [...records].sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.date < b.date ? 1 : -1));
	const parts: T[][] = [];
	let start = 0;
	for (const n of partSizes(records.length, size)) {
		parts.push(ordered.slice(start, start + n));
		start += n;
	}
	return parts;
}
