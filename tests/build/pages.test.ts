import { describe, expect, it } from 'vitest';
import { SOURCES_PAGE_SIZE, sourceListPages } from '../../src/lib/sources.ts';
import { formatMonthKey } from '../../src/lib/dates.ts';
import { HOME_LIMIT } from '../../src/lib/timeline.ts';
import { EVENT_PAGE_SIZE } from '../../src/lib/events.ts';
import { allPages, content, page } from './helpers.ts';

const { statements, speakers, articles, redirects, events } = content();

describe('statement pages', () => {
	it('exist for every statement in content/', () => {
		const pages = allPages();
		for (const id of statements.keys()) expect(pages).toContain(`/statements/${id}/`);
		// Besides them only the redirect pages of merged statements' old addresses (content/redirects.yaml).
		const moved = new Set(redirects.map((r) => r.from));
		expect(pages.filter((p) => p.startsWith('/statements/') && !moved.has(p))).toHaveLength(statements.size);
	});

	it.each([...statements.values()].map((s) => [s.id, s] as const))('%s shows its quote and every wording exactly', (id, s) => {
		const $ = page(`/statements/${id}/`);
		expect($('blockquote.quote-large p').text()).toBe(s.quote);
		const wordings = $('#sources + ol .wording blockquote p').map((_, el) => $(el).text()).get();
		expect(wordings).toEqual(s.sources.filter((src) => src.quotedAs !== null).map((src) => src.quotedAs));
		// A translated quote shows the words in the language spoken first, where a report printed them.
		const original = s.sources.find((src) => src.wording === 'original' && src.quotedAs !== null);
		expect($('.original-words blockquote p').text()).toBe(original?.quotedAs ?? '');
		// Every source is linked, and the page is its own canonical address.
		for (const src of s.sources) expect($(`a[href="${src.url}"]`).length).toBeGreaterThan(0);
		expect($('link[rel=canonical]').attr('href')).toMatch(new RegExp(`/statements/${id}/$`));
		expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
	});

	it('link another statement their notes name by its id', () => {
		const named = [...statements.values()].flatMap((s) => [...(s.notes ?? '').matchAll(/[a-z][a-z0-9-]*-20\d\d-[a-z0-9-]*[a-z0-9]/g)].filter((m) => statements.has(m[0])).map((m) => [s.id, m[0]] as const));
		expect(named.length).toBeGreaterThan(0);
		for (const [id, other] of named) expect(page(`/statements/${id}/`)(`p.note a[href$="/statements/${other}/"]`).first().text()).toBe(other);
	});

	it('say honestly when a report shows no title, author or date', () => {
		const s = [...statements.values()].find((x) => x.sources.some((src) => !src.primary && src.title === null && src.published === null))!;
		const text = page(`/statements/${s.id}/`)('#sources + ol').text();
		expect(text).toContain('Untitled report');
		expect(text).toContain('The page shows no publication date');
		expect(text).toContain('Author not shown');
	});
});

describe('the timeline', () => {
	const $ = page('/');
	const ids = $('article.card').map((_, el) => $(el).attr('id')).get();
	const newestFirstIds = [...statements.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1)).map((s) => s.id);
	const archive = allPages().filter((p) => /^\/timeline\/\d{4}\/\d{2}\//.test(p));

	it('shows the newest HOME_LIMIT statements on /, newest first, each addressable as /#<id>', () => {
		expect(ids).toEqual(newestFirstIds.slice(0, HOME_LIMIT));
		// A month cut short says where the rest of it is.
		const lastMonth = statements.get(ids.at(-1)!)!.date.slice(0, 7);
		const left = newestFirstIds.slice(ids.length).filter((id) => statements.get(id)!.date.startsWith(lastMonth)).length;
		if (left > 0) expect($(`p.more a[href="/timeline/${lastMonth.replace('-', '/')}/"]`).text()).toBe(`All ${ids.filter((id) => id.length && statements.get(id)!.date.startsWith(lastMonth)).length + left} statements of ${formatMonthKey(lastMonth)}`);
	});

	it('groups cards under month headings', () => {
		const months = $('section.month h2').map((_, el) => $(el).text()).get();
		expect(months[0]).toBe(formatMonthKey(statements.get(newestFirstIds[0]!)!.date.slice(0, 7)));
		for (const section of $('section.month').toArray()) {
			const key = $(section).attr('id')!.replace('month-', '');
			for (const card of $(section).find('article.card').toArray()) expect(statements.get($(card).attr('id')!)!.date.startsWith(key)).toBe(true);
		}
	});

	it('has every statement on exactly one month archive page, and its statement page links there', () => {
		const seen = new Map<string, string>();
		for (const path of archive) {
			const a = page(path);
			const key = path.slice(10, 17).replace('/', '-');
			expect(a('h1').text()).toContain(formatMonthKey(key));
			for (const card of a('article.card').toArray()) {
				const id = a(card).attr('id')!;
				expect(seen.has(id), `${id} on ${seen.get(id)} and ${path}`).toBe(false);
				seen.set(id, path);
				expect(statements.get(id)!.date.startsWith(key)).toBe(true);
			}
		}
		expect(new Set(seen.keys())).toEqual(new Set(statements.keys()));
		for (const [id, path] of seen) expect(page(`/statements/${id}/`)('a[data-timeline-link]').attr('href')).toBe(`${path}#${id}`);
	});

	it('links every month and year from the archive index, and every archive page from /timeline/', () => {
		const index = page('/timeline/');
		const links = new Set(index('a').map((_, a) => index(a).attr('href')).get());
		for (const path of archive.filter((p) => p.split('/').length === 5)) expect(links).toContain(path);
		for (const year of new Set([...statements.values()].map((s) => s.date.slice(0, 4)))) expect(links).toContain(`/timeline/${year}/`);
		// Older than what / shows: / says so and links on.
		if (ids.length < statements.size) expect(page('/')('a[href="/timeline/"]').length).toBeGreaterThan(0);
	});

	it('shows each quote exactly, in a blockquote citing its source', () => {
		for (const card of $('article.card').toArray()) {
			const s = statements.get($(card).attr('id')!)!;
			expect($(card).find('blockquote.quote p').text()).toBe(s.quote);
			expect($(card).find('blockquote.quote').attr('cite')).toBe(s.sources[0]!.url);
			expect($(card).find('.badge-stance').text()).toBe(`Stance: ${s.stance}`);
		}
	});
});

describe('speakers and sources', () => {
	it('list every speaker and every report', () => {
		for (const id of speakers.keys()) expect(page(`/speakers/${id}/`)('h1').text()).toBe(speakers.get(id)!.name);
		for (const id of articles.keys()) expect(page(`/sources/${id}/`)('article.card').length).toBe(articles.get(id)!.data.statements.length);
	});

	it('the list of reports links every report exactly once, over its pages, newest first', () => {
		const pages = sourceListPages(articles.values());
		const linked: string[] = [];
		for (const list of pages) {
			const $ = page(list.path);
			linked.push(...$('main ul.plain-list > li > a').map((_, a) => $(a).attr('href')).get());
			if (pages.length > 1) expect($('nav .page-numbers a[aria-current=page]').text()).toBe(`Page ${list.page}`);
		}
		expect(linked.sort()).toEqual([...articles.keys()].map((id) => `/sources/${id}/`).sort());
		expect(pages.every((p) => p.items.length <= SOURCES_PAGE_SIZE)).toBe(true);
	});

	it("a speaker's page lists their statements oldest first", () => {
		const $ = page('/speakers/donald-trump/');
		const ids = $('article.card').map((_, el) => $(el).attr('id')).get();
		const own = [...statements.values()].filter((s) => s.speaker === 'donald-trump').map((s) => s.id);
		expect(ids).toEqual(own);
	});

	it("a report's page renders our summary through remark, with statement links resolved", () => {
		const $ = page('/sources/axy-media-trump-signals-readiness-to-commit-u-s-support-for-ukraine-s-future/');
		expect($('#summary').length).toBe(1);
		expect($('a[href="/statements/trump-2026-01-07-nyt-both-want-deal/"]').length).toBeGreaterThan(0);
	});
});

describe('the method page', () => {
	it('explains every stance with a real example from the record', () => {
		const $ = page('/about/');
		for (const stance of ['commits', 'conditional', 'defers', 'rejects', 'demands', 'opposes', 'reports']) {
			const section = $(`#stance-${stance}`).parent();
			const card = section.find('article.card');
			expect(card.length).toBe(1);
			expect(statements.get(card.attr('id')!)!.stance).toBe(stance);
		}
	});
});

describe('events', () => {
	it('every statement made at an event is on exactly one of its pages, at most EVENT_PAGE_SIZE to a page, the pages linked in order', () => {
		const built = new Set(allPages());
		let paged = 0;
		for (const id of events.keys()) {
			// Expected from content/, not from the site's own event lists.
			const own = [...statements.values()].filter((s) => s.event === id).map((s) => s.id);
			const count = Math.max(1, Math.ceil(own.length / EVENT_PAGE_SIZE));
			const paths = Array.from({ length: count }, (_, i) => (i === 0 ? `/events/${id}/` : `/events/${id}/${i + 1}/`));
			const shown: string[] = [];
			for (const [i, path] of paths.entries()) {
				const $ = page(path);
				const cards = $('main article.card[id]').map((_, c) => $(c).attr('id')).get();
				expect(cards.length, path).toBeLessThanOrEqual(EVENT_PAGE_SIZE);
				shown.push(...cards);
				if (count > 1) expect($('nav .page-numbers a').map((_, a) => $(a).attr('href')).get(), path).toEqual(paths);
				if (count > 1) expect($('nav .page-numbers a[aria-current=page]').text(), path).toBe(`Page ${i + 1}`);
			}
			expect(built.has(`/events/${id}/${count + 1}/`), id).toBe(false);
			expect(shown.sort(), id).toEqual(own.sort());
			if (count > 1) paged += 1;
		}
		// The record has events larger than one page (the Washington meeting of 18 August 2025).
		expect(paged).toBeGreaterThan(0);
	});

	it('a statement page links its event where the event lists it: the event page, or the later page at its card', () => {
		let later = 0;
		for (const s of statements.values()) {
			if (!s.event) continue;
			const href = page(`/statements/${s.id}/`)('dl a[href*="/events/"]').attr('href')!;
			const [path, card] = href.split('#');
			expect(page(path!)(`main article.card[id="${s.id}"]`).length, `${s.id} → ${href}`).toBe(1);
			if (card) {
				expect(card).toBe(s.id);
				later += 1;
			} else expect(path).toBe(`/events/${s.event}/`);
		}
		expect(later).toBeGreaterThan(0);
	});
});
