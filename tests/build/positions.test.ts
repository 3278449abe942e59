import { describe, expect, it } from 'vitest';
import { allPages, content, page } from './helpers.ts';

const { statements, speakers } = content();
const pages = new Set(allPages());

describe('stance over time', () => {
	it.each([...speakers.keys()])('%s: the chart has one mark per statement, each linking to an existing statement page', (id) => {
		const $ = page(`/speakers/${id}/`);
		const marks = $('svg.stance-chart a.mark');
		const own = [...statements.values()].filter((s) => s.speaker === id);
		expect(marks.length).toBe(own.length);
		const hrefs = marks.map((_, a) => $(a).attr('href')).get();
		expect(new Set(hrefs)).toEqual(new Set(own.map((s) => `/statements/${s.id}/`)));
		for (const href of hrefs) expect(pages.has(href)).toBe(true);
		for (const a of marks.toArray()) expect($(a).attr('aria-label')).toMatch(/^(about )?\d{0,2} ?[A-Z][a-z]+ \d{4} — [a-z]+ — \S/);
	});

	it("Donald Trump's shift list matches his statements in date order", () => {
		// Computed here from content/, independently of the site's own code.
		const own = [...statements.values()].filter((s) => s.speaker === 'donald-trump').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
		const expected: string[] = [];
		for (let i = 1; i < own.length; i++) {
			if (own[i - 1]!.stance !== own[i]!.stance) expected.push(`${own[i - 1]!.stance} → ${own[i]!.stance}|/statements/${own[i - 1]!.id}/|/statements/${own[i]!.id}/`);
		}
		const $ = page('/speakers/donald-trump/');
		const shown = $('.shift-list li')
			.map((_, li) => `${$(li).find('strong').text()}|${$(li).find('a').eq(0).attr('href')}|${$(li).find('a').eq(1).attr('href')}`)
			.get();
		expect(shown).toEqual(expected);
		expect(shown.length).toBeGreaterThan(3);
	});

	it('/positions/ draws every speaker on one axis, grouped by country, with the United States first', () => {
		const $ = page('/positions/');
		expect($('svg.strip a.mark').length).toBe(statements.size);
		expect($('.position-group h2').first().text()).toMatch(/^United States/);
		expect($('.position-group').length).toBe(new Set([...speakers.values()].map((s) => s.country)).size);
	});
});
