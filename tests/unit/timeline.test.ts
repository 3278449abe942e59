import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_LIMIT, jsonFeed } from '../../src/lib/feeds.ts';
import { archivePageLabel, buildTimeline, HOME_LIMIT, MONTH_PAGE_SIZE, timelineHref } from '../../src/lib/timeline.ts';
import { monthPath } from '../../src/lib/routes.ts';
import { makeStatement } from './factory.ts';

/** `n` statements in month `key`, on days 1–28 in turn. */
function month(key: string, n: number, prefix = key) {
	return Array.from({ length: n }, (_, i) => makeStatement(`${prefix}-s${i}`, `${key}-${String((i % 28) + 1).padStart(2, '0')}`));
}

describe('the timeline split', () => {
	it('puts every statement on exactly one archive page, newest first, no page over the size', () => {
		const all = [...month('2024-01', 3), ...month('2025-08', MONTH_PAGE_SIZE * 2 + 7), ...month('2025-09', 1)];
		const t = buildTimeline(all);
		const placed = t.pages.flatMap((p) => p.statements.map((s) => s.id));
		expect(placed.sort()).toEqual(all.map((s) => s.id).sort());
		for (const p of t.pages) expect(p.statements.length).toBeLessThanOrEqual(MONTH_PAGE_SIZE);
		expect(t.pages.map((p) => p.path)).toEqual(['/timeline/2025/09/', '/timeline/2025/08/', '/timeline/2025/08/2/', '/timeline/2025/08/3/', '/timeline/2024/01/']);
		const aug = t.pages.filter((p) => p.key === '2025-08').flatMap((p) => p.statements.map((s) => s.date));
		expect(aug).toEqual([...aug].sort().reverse());
		expect(archivePageLabel(t.pages[2]!)).toBe('August 2025, page 2 of 3');
		expect(archivePageLabel(t.pages[0]!)).toBe('September 2025');
	});

	it('lists every calendar month in the record’s span, the empty ones with no statements', () => {
		const t = buildTimeline([...month('2024-11', 2), ...month('2025-02', 1)]);
		expect(t.calendar).toEqual([
			{ year: '2025', months: [{ key: '2025-02', count: 1 }, { key: '2025-01', count: 0 }] },
			{ year: '2024', months: [{ key: '2024-12', count: 0 }, { key: '2024-11', count: 2 }] },
		]);
		expect(buildTimeline([]).calendar).toEqual([]);
	});

	it('links a statement to the archive page it is on', () => {
		const all = month('2025-08', MONTH_PAGE_SIZE + 1);
		const t = buildTimeline(all);
		const oldest = [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))[0]!;
		expect(timelineHref(t, oldest.id)).toBe(`/timeline/2025/08/2/#${oldest.id}`);
		expect(() => timelineHref(t, 'no-such-id')).toThrow(/no-such-id/);
	});

	it('shows the newest HOME_LIMIT statements on /, saying how many of the oldest month shown are left out', () => {
		const t = buildTimeline([...month('2025-06', HOME_LIMIT - 10), ...month('2025-07', 8), ...month('2025-08', 5)]);
		expect(t.home.map((m) => [m.key, m.statements.length])).toEqual([['2025-08', 5], ['2025-07', 8], ['2025-06', HOME_LIMIT - 13]]);
		expect(t.homeCut).toBe(3);
		expect(buildTimeline(month('2025-08', 5)).homeCut).toBe(0);
	});

	it('cuts the newest month on / when it alone is larger than HOME_LIMIT', () => {
		const t = buildTimeline([...month('2025-07', 3), ...month('2025-08', HOME_LIMIT + 30)]);
		expect(t.home).toHaveLength(1);
		expect(t.home[0]!.statements).toHaveLength(HOME_LIMIT);
		expect(t.homeCut).toBe(30);
	});

	it('lists years newest first with their months and counts, month-only dates in their month', () => {
		const t = buildTimeline([...month('2024-12', 2), makeStatement('m', '2025-02'), ...month('2025-02', 2)]);
		expect(t.years.map((y) => [y.year, y.count, y.months.map((m) => m.key)])).toEqual([
			['2025', 3, ['2025-02']],
			['2024', 2, ['2024-12']],
		]);
		expect(monthPath('2025-02', 1)).toBe('/timeline/2025/02/');
	});
});

describe('feeds at scale', () => {
	it('carry the newest FEED_LIMIT statements only', () => {
		const all = month('2025-08', FEED_LIMIT + 20);
		const input = { title: 't', pagePath: '/', feedPath: '/feed.xml', statements: all, speakers: new Map(), site: 'https://example.org' };
		expect(atomFeed(input).match(/<entry>/g)).toHaveLength(FEED_LIMIT);
		const items = JSON.parse(jsonFeed(input)).items as { id: string }[];
		expect(items).toHaveLength(FEED_LIMIT);
		expect(items.map((i) => i.id)).toContain('urn:guarantee-watch:statement:2025-08-s27');
	});
});

describe('month names in the archive', () => {
	it('names a month key by its month alone', async () => {
		const { formatMonthName } = await import('../../src/lib/dates.ts');
		expect(formatMonthName('2025-02')).toBe('February');
		expect(() => formatMonthName('2025-13')).toThrow(/not a month key/);
	});
});

describe('speaker list page ranges', () => {
	it('say the first and last date of a list', async () => {
		const { dateRange } = await import('../../src/lib/speakers.ts');
		expect(dateRange([makeStatement('a', '2024-01-03'), makeStatement('b', '2024-03-05')])).toBe('3 Jan 2024 to 5 Mar 2024');
		expect(() => dateRange([])).toThrow(/empty/);
	});
});
