import { describe, expect, it } from 'vitest';
import { allPages, content, page } from './helpers.ts';
import { SPEAKER_ROWS_LIMIT } from '../../src/lib/positions.ts';
import { SHIFT_LIMIT } from '../../src/lib/speakers.ts';

const { statements, speakers } = content();
const pages = new Set(allPages());

describe('stance over time', () => {
	it.each([...speakers.keys()])('%s: the chart has one mark per statement, each linking to an existing statement page, and a numbered mark per event spoken at', (id) => {
		const $ = page(`/speakers/${id}/`);
		const marks = $('svg.stance-chart a.mark');
		const own = [...statements.values()].filter((s) => s.speaker === id);
		expect(marks.length).toBe(own.length);
		const hrefs = marks.map((_, a) => $(a).attr('href')).get();
		expect(new Set(hrefs)).toEqual(new Set(own.map((s) => `/statements/${s.id}/`)));
		for (const href of hrefs) expect(pages.has(href)).toBe(true);
		const spokenAt = new Set(own.map((s) => s.event).filter(Boolean));
		expect($('svg.stance-chart a.event-mark').map((_, a) => $(a).attr('href')).get().sort()).toEqual([...spokenAt].map((e) => `/events/${e}/`).sort());
		for (const a of marks.toArray()) expect($(a).attr('aria-label')).toMatch(/^(about )?\d{0,2} ?[A-Z][a-z]+ \d{4} — [^—]+ — \S/);
	});

	it("Donald Trump's shift list shows his latest shifts, each joining two different occasions, with both quotes", () => {
		// Computed here from content/, independently of the site's own code: an occasion is an
		// event, or a day and setting; a shift is a change of position or U.S. role between the
		// last statement of one occasion and the first of the next.
		const own = [...statements.values()].filter((s) => s.speaker === 'donald-trump').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
		const occasion = (s: (typeof own)[number]) => (s.event ? `event:${s.event}` : `${s.date}|${s.setting.trim().toLowerCase()}`);
		const expected: string[] = [];
		for (let i = 1; i < own.length; i++) {
			const [a, b] = [own[i - 1]!, own[i]!];
			if (occasion(a) === occasion(b)) continue;
			if (a.position !== b.position || a.usRole !== b.usRole) expected.push(`/statements/${a.id}/|/statements/${b.id}/`);
		}
		const $ = page('/speakers/donald-trump/');
		const items = $('.shift-list > li').toArray();
		const shown = items.map((li) => $(li).find('figcaption a').map((_, a) => $(a).attr('href')).get().join('|'));
		expect(shown).toEqual(expected.slice(-SHIFT_LIMIT));
		expect(shown.length).toBeGreaterThan(3);
		for (const li of items) expect($(li).find('blockquote').length).toBe(2);
	});

	it('/positions/ draws every country or organisation on one month axis, the United States first, a row per speaker while that is small and else a row per group plus the most-quoted speakers; each mark named once', () => {
		const $ = page('/positions/');
		const own = new Map<string, { n: number; months: Set<string> }>();
		for (const s of statements.values()) {
			const entry = own.get(s.speaker) ?? { n: 0, months: new Set<string>() };
			entry.n += 1;
			entry.months.add(s.date.slice(0, 7));
			own.set(s.speaker, entry);
		}
		const countries = new Set([...own.keys()].map((id) => speakers.get(id)!.country));
		expect($('.position-group').length).toBe(countries.size);
		expect($('.position-group h2').first().text()).toMatch(/^United States/);
		const cells = [...own.values()].reduce((n, e) => n + e.months.size, 0);
		const speakerRows = $('.position-grid li.grid-row:not(.group-row) a.row-name')
			.map((_, a) => $(a).attr('href')!.match(/^\/speakers\/([^/]+)\/$/)![1]!)
			.get();
		if (cells <= SPEAKER_ROWS_LIMIT) {
			expect($('.position-grid li.group-row').length).toBe(0);
			expect(new Set(speakerRows)).toEqual(new Set(own.keys()));
		} else {
			// A row per group, linking to the group's page…
			const groupRows = $('.position-grid li.group-row a.row-name').map((_, a) => $(a).attr('href')).get();
			expect(groupRows.length).toBe(countries.size);
			for (const href of groupRows) expect(pages.has(href)).toBe(true);
			// …and the most-quoted speakers: nobody left out has more statements than anyone shown.
			expect(speakerRows.length).toBeGreaterThan(5);
			const fewestShown = Math.min(...speakerRows.map((id) => own.get(id)!.n));
			for (const [id, e] of own) if (!speakerRows.includes(id)) expect(e.n, id).toBeLessThanOrEqual(fewestShown);
		}
		// Each mark is named once, by its <title> (an SVG link's accessible name and its tooltip).
		for (const a of $('.position-grid svg.month-strip a.mark').toArray()) expect($(a).children('title').text()).toMatch(/ — [^—]+ — \S|: \d+ statements? — \S/);
	});

	it('each group page draws a row for every speaker of that country or organisation', () => {
		const bySlug = new Map<string, Set<string>>();
		const $all = page('/positions/');
		for (const a of $all('.position-group .stance-counts a').toArray()) bySlug.set($all(a).attr('href')!, new Set());
		for (const s of statements.values()) {
			const href = `/positions/${speakers.get(s.speaker)!.country.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}/`;
			expect(bySlug.has(href), href).toBe(true);
			bySlug.get(href)!.add(`/speakers/${s.speaker}/`);
		}
		for (const [href, members] of bySlug) {
			const $ = page(href);
			expect(new Set($('.position-grid li.grid-row a.row-name').map((_, a) => $(a).attr('href')).get()), href).toEqual(members);
		}
	});
});

describe('/positions/', () => {
	// Every statement is counted once on a page: a mark linking to it, or a counted cell (of its
	// speaker's or group's month) linking to an existing page.
	function accountedFor(path: string, rows: string): number {
		const $ = page(path);
		let counted = 0;
		const single: string[] = [];
		$(`${rows} svg.month-strip a.mark`).each((_, a) => {
			const n = $(a).find('text.cell-count').text();
			const href = $(a).attr('href')!;
			expect(pages.has(href.split('#')[0]!), href).toBe(true);
			if (n) counted += Number(n);
			else single.push(href);
		});
		// A mark of one statement links to that statement (a group's row, to the group's page).
		const statementLinks = single.filter((href) => href.startsWith('/statements/'));
		expect(new Set(statementLinks).size).toBe(statementLinks.length);
		for (const href of single) expect(href).toMatch(/^\/(statements|positions)\/[^/]+\/$/);
		return counted + single.length;
	}

	it('accounts for every statement once on /positions/, by its group rows when it has them, else by its speaker rows', () => {
		const grouped = page('/positions/')('li.group-row').length > 0;
		expect(accountedFor('/positions/', grouped ? '.position-grid li.group-row' : '.position-grid li.grid-row')).toBe(statements.size);
	});

	it('accounts for every statement once across the group pages', () => {
		const $ = page('/positions/');
		const groupPages = $('.position-group .stance-counts a').map((_, a) => $(a).attr('href')).get();
		expect(groupPages.reduce((n, href) => n + accountedFor(href, '.position-grid li.grid-row'), 0)).toBe(statements.size);
	});
});
