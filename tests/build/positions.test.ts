import { describe, expect, it } from 'vitest';
import { allPages, content, page } from './helpers.ts';
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

	it('/positions/ draws every speaker on one month axis, grouped by country, with the United States first, each mark named once', () => {
		const $ = page('/positions/');
		const speaking = new Set([...statements.values()].map((s) => s.speaker));
		expect($('.position-grid li.grid-row a.row-name').length).toBe(speaking.size);
		// Each mark is named once, by its <title> (an SVG link's accessible name and its tooltip).
		for (const a of $('.position-grid svg.month-strip a.mark').toArray()) expect($(a).children('title').text()).toMatch(/ — [^—]+ — \S|: \d+ statements — \S/);
		expect($('.position-group h2').first().text()).toMatch(/^United States/);
		expect($('.position-group').length).toBe(new Set([...speaking].map((id) => speakers.get(id)!.country)).size);
	});
});

describe('/positions/', () => {
	it('accounts for every statement once: a mark linking to it, or a counted cell of its speaker and month linking to its card', () => {
		const $ = page('/positions/');
		let counted = 0;
		const single = new Set<string>();
		$('.position-grid svg.month-strip a.mark').each((_, a) => {
			const n = $(a).find('text.cell-count').text();
			const href = $(a).attr('href')!;
			expect(pages.has(href.split('#')[0]!), href).toBe(true);
			if (n) counted += Number(n);
			else single.add(href);
		});
		for (const href of single) expect(href).toMatch(/^\/statements\/[^/]+\/$/);
		expect(single.size + counted).toBe(statements.size);
	});
});
