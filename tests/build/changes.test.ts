import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { ADDED_LISTED } from '../../src/lib/changes.ts';
import { FEED_LIMIT } from '../../src/lib/feeds.ts';
import { content, DIST, page } from './helpers.ts';

const statements = [...content().statements.values()];

it('/changes/ lists every correction and every day statements were added, newest day first', () => {
	const $ = page('/changes/');
	const days = $('main section h2 time').map((_, t) => $(t).attr('datetime')).get();
	const expected = [...new Set([...statements.map((s) => s.added), ...statements.flatMap((s) => s.corrections.map((c) => c.date))])].sort().reverse();
	expect(days).toEqual(expected);
	const corrections = statements.reduce((n, s) => n + s.corrections.length, 0);
	expect($('main section h3 + ul > li').length).toBe(corrections);
	// Every addition is counted: one line each on an ordinary day, one line per speaker with a count on a large one.
	let listed = 0;
	$('main section').each((_, section) => {
		const date = $(section).find('h2 time').attr('datetime');
		const added = statements.filter((s) => s.added === date);
		const items = $(section).find('details li');
		if (added.length <= ADDED_LISTED) {
			expect(items.length).toBe(added.length);
			listed += items.length;
		} else {
			expect(items.length).toBe(new Set(added.map((s) => s.speaker)).size);
			listed += items.map((_, li) => Number(/: (\d+) statements?$/.exec($(li).text())![1])).get().reduce((a, b) => a + b, 0);
		}
	});
	expect(listed).toBe(statements.length);
});

it('/changes/feed.xml is Atom with the newest additions and the newest corrections, each up to FEED_LIMIT, dated from the record', () => {
	const xml = readFileSync(`${DIST}/changes/feed.xml`, 'utf8');
	const feed = new XMLParser().parse(xml).feed as { entry: { id: string; updated: string }[] };
	const entries = [feed.entry].flat();
	const dates = entries.map((e) => e.updated);
	expect(dates).toEqual([...dates].sort().reverse());
	// Expected from content/: a large day's import must not push corrections out of the feed.
	const corrections = statements.flatMap((s) => s.corrections.map((c) => ({ id: `urn:guarantee-watch:correction:${s.id}:${c.date}`, date: c.date })));
	const newest = corrections.sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_LIMIT);
	const shown = entries.filter((e) => e.id.startsWith('urn:guarantee-watch:correction:'));
	expect(shown.length).toBe(newest.length);
	expect(corrections.length).toBeGreaterThan(0);
	if (corrections.length <= FEED_LIMIT) expect(shown.map((e) => e.id).sort()).toEqual(corrections.map((c) => c.id).sort());
	const added = entries.filter((e) => e.id.startsWith('urn:guarantee-watch:added:'));
	expect(added.length).toBe(Math.min(FEED_LIMIT, statements.length));
	const newestAdded = [...new Set(statements.map((s) => s.added))].sort().reverse()[0];
	expect(added[0]!.updated.startsWith(newestAdded!)).toBe(true);
});
