import { describe, expect, it } from 'vitest';
import { EVENT_PAGE_SIZE, eventHref, eventPages, formatEventDates, recentEvents } from '../../src/lib/events.ts';

describe('event dates read as words', () => {
	it.each([
		['2025-02-28', null, '28 Feb 2025'],
		['2025-02-14', '2025-02-16', '14–16 Feb 2025'],
		['2025-08-31', '2025-09-04', '31 Aug – 4 Sep 2025'],
		['2025-12-30', '2026-01-02', '30 Dec 2025 – 2 Jan 2026'],
		['2026-01', null, 'January 2026'],
	])('%s to %s → %s', (start, end, words) => {
		expect(formatEventDates(start, end)).toBe(words);
	});
});

describe('recent events on the front page', () => {
	it('are the latest to start with statements on record, newest first', () => {
		const e = (start: string, statements: string[]) => ({ start, statements });
		const events = new Map([
			['a', e('2025-02-14', ['x'])],
			['b', e('2025-08-18', ['y'])],
			['c', e('2026-01-06', [])],
			['d', e('2025-12-28', ['z'])],
		]);
		expect(recentEvents(events, 2).map(([id]) => id)).toEqual(['d', 'b']);
	});
});

describe("an event's pages of statements", () => {
	const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

	it('is the event page alone up to EVENT_PAGE_SIZE statements, and with none', () => {
		expect(eventPages('e', ids(EVENT_PAGE_SIZE)).map((p) => [p.path, p.statements.length])).toEqual([['/events/e/', EVENT_PAGE_SIZE]]);
		expect(eventPages('e', []).map((p) => [p.path, p.statements.length])).toEqual([['/events/e/', 0]]);
	});

	it('splits more into numbered pages in order, the first being the event page', () => {
		const pages = eventPages('e', ids(2 * EVENT_PAGE_SIZE + 1));
		expect(pages.map((p) => [p.page, p.pages, p.path, p.statements.length])).toEqual([
			[1, 3, '/events/e/', EVENT_PAGE_SIZE],
			[2, 3, '/events/e/2/', EVENT_PAGE_SIZE],
			[3, 3, '/events/e/3/', 1],
		]);
		expect(pages.flatMap((p) => p.statements)).toEqual(ids(2 * EVENT_PAGE_SIZE + 1));
	});
});

describe('a statement page’s link to its event', () => {
	const ids = Array.from({ length: EVENT_PAGE_SIZE * 2 + 5 }, (_, i) => `s${i}`);
	it('goes to the event page for a statement listed there', () => {
		expect(eventHref('washington', ids, 's0')).toBe('/events/washington/');
		expect(eventHref('washington', ids, `s${EVENT_PAGE_SIZE - 1}`)).toBe('/events/washington/');
	});
	it('goes to the later page that lists the statement, at its card', () => {
		expect(eventHref('washington', ids, `s${EVENT_PAGE_SIZE}`)).toBe(`/events/washington/2/#s${EVENT_PAGE_SIZE}`);
		expect(eventHref('washington', ids, `s${EVENT_PAGE_SIZE * 2 + 4}`)).toBe(`/events/washington/3/#s${EVENT_PAGE_SIZE * 2 + 4}`);
		// The same pages the event lists them on.
		const pages = eventPages('washington', ids);
		for (const id of ids) expect(pages.find((p) => p.statements.includes(id))!.path).toBe(eventHref('washington', ids, id).split('#')[0]);
	});
	it('refuses a statement the event does not hold', () => {
		expect(() => eventHref('washington', ids, 'elsewhere')).toThrow('statement elsewhere is not among the statements of event washington');
	});
});
