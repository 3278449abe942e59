/**
 * The Ukrainian edition (/uk/): it mirrors every English page, each page links to its twin,
 * no English interface string shows on it, and every quote it shows is a report's wording.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { en } from '../../src/i18n/en.ts';
import { allPages, content, page } from './helpers.ts';

const pages = allPages();
const english = pages.filter((p) => !p.startsWith('/uk/'));
const ukrainian = pages.filter((p) => p.startsWith('/uk/'));
const { statements, speakers } = content();

/** Ukrainian officials' statements spoken in Ukrainian (or in an unstated language). */
const ukrainianOfficials = [...statements.values()].filter((s) => speakers.get(s.speaker)?.country === 'Ukraine' && (s.spokenLanguage === 'uk' || s.spokenLanguage === null));

/**
 * Every fixed stretch of English the interface can show: each dictionary text, and the fixed
 * parts of each dictionary function (called with a marker in place of every argument), kept
 * when long enough to be a phrase rather than a name or a code.
 */
function interfacePhrases(): string[] {
	const MARK = '\u0001';
	const out = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string') for (const part of value.replace(/<[^>]+>/g, MARK).split(MARK)) add(part);
		else if (typeof value === 'function') {
			let text: unknown;
			try {
				text = (value as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(value.length, 1) }, () => MARK));
			} catch {
				return;
			}
			if (typeof text === 'string') walk(text);
		} else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
	};
	const add = (part: string) => {
		const phrase = part.trim().replace(/\s+/g, ' ');
		// Three words and more: "Search the record", not "NATO" or "(v1)".
		if (phrase.split(' ').filter((w) => /[a-z]{2,}/i.test(w)).length >= 3) out.add(phrase);
	};
	walk(en);
	return [...out];
}

/** A page's visible text outside quotes, code and anything marked as another language. */
function interfaceText(path: string): string {
	const $ = page(path);
	$('script, style, blockquote, code, pre, body [lang]:not([lang="uk"]), .wording').remove();
	return $('body').text().replace(/\s+/g, ' ');
}

describe('the Ukrainian edition', () => {
	it('has a /uk/ twin of every English page and no page without one', () => {
		expect(ukrainian.length).toBeGreaterThan(0);
		expect(ukrainian.map((p) => p.slice('/uk'.length)).sort()).toEqual(english);
	});

	it.each(['/', '/timeline/2025/02/', '/statements/trump-2025-02-26-europe-do-that/', '/speakers/donald-trump/', '/events/', '/search/', '/about/'])('%s and its twin name each other (hreflang) and link to each other', (path) => {
		const en$ = page(path);
		const uk$ = page(`/uk${path}`);
		expect(en$('html').attr('lang')).toBe('en');
		expect(uk$('html').attr('lang')).toBe('uk');
		for (const $ of [en$, uk$]) {
			expect(new URL($('link[rel=alternate][hreflang=en]').attr('href')!).pathname).toBe(path);
			expect(new URL($('link[rel=alternate][hreflang=uk]').attr('href')!).pathname).toBe(`/uk${path}`);
		}
		expect(en$(`.site-nav a[hreflang=uk]`).attr('href')).toBe(`/uk${path}`);
		expect(uk$(`.site-nav a[hreflang=en]`).attr('href')).toBe(path);
		// Links inside the Ukrainian edition stay in it (shared data files, and links marked as
		// going to the English reference text, aside).
		const inside = uk$('main a[href^="/"]:not([hreflang])').map((_, a) => uk$(a).attr('href')).get();
		expect(inside.filter((href) => !href.startsWith('/uk/') && !href.startsWith('/data/'))).toEqual([]);
	});

	it('shows no English interface string on its pages', () => {
		const phrases = interfacePhrases();
		expect(phrases.length).toBeGreaterThan(100);
		// One page of every kind, and every page of the kinds with the most interface text.
		const sample = ukrainian.filter((p, i) => !/\/(statements|sources|embed)\/[^/]+\/$/.test(p) || i % 40 === 0);
		const found: string[] = [];
		for (const path of sample) {
			const text = interfaceText(path);
			for (const phrase of phrases) if (text.includes(phrase)) found.push(`${path}: ${phrase}`);
		}
		expect(found).toEqual([]);
	});

	it('gives a moved page’s reason in the editors’ Ukrainian (content/translations/uk/redirects.yaml)', () => {
		const from = '/statements/montenegro-2026-01-06-sempre-solidario-forcas-de-paz/';
		const reason = (YAML.parse(readFileSync('content/translations/uk/redirects.yaml', 'utf8')) as Record<string, string>)[from]!;
		const $ = page(`/uk${from}`);
		expect($('main p').text()).toContain(reason);
		expect($('main [lang="en"]').length).toBe(0);
	});

	it('the check above sees an English interface string', () => {
		const phrases = interfacePhrases();
		expect(phrases.some((p) => interfaceText('/statements/trump-2025-02-26-europe-do-that/').includes(p))).toBe(true);
	});

	it.each([...statements.values()].map((s) => [s.id, s] as const))('/uk/statements/%s/ quotes only what a report printed', (id, s) => {
		const $ = page(`/uk/statements/${id}/`);
		// A quote, a report's wording of it, or the passage a report prints it in (the evidence).
		const printed = new Set([s.quote, s.evidence, ...s.sources.flatMap((src) => [src.quotedAs, src.evidence]).filter((q) => q !== null)]);
		const quotes = $('blockquote p').map((_, el) => $(el).text()).get();
		expect(quotes.length).toBeGreaterThan(0);
		for (const q of quotes) expect(printed).toContain(q);
		// The lead is a Ukrainian report's wording where one is on record.
		const ukWording = s.language === 'uk' ? s.quote : s.sources.find((src) => src.language === 'uk' && src.quotedAs !== null && src.wording === 'original')?.quotedAs;
		if (ukWording) expect($('blockquote.quote-large p').text()).toBe(ukWording);
	});

	it('shows most Ukrainian officials in their own Ukrainian words', () => {
		const inUkrainian = ukrainianOfficials.filter((s) => {
			const $ = page(`/uk/statements/${s.id}/`);
			const lead = $('blockquote.quote-large');
			return lead.attr('lang') === undefined && /[а-яіїєґ]/i.test(lead.text());
		});
		expect(inUkrainian.length / ukrainianOfficials.length).toBeGreaterThanOrEqual(0.8);
	});

	it('lists its own pages in its own sitemap', () => {
		const xml = readFileSync('dist/uk/sitemap.xml', 'utf8');
		expect(xml).toContain('/uk/statements/');
		expect(xml).not.toMatch(/<loc>[^<]*\/\/[^/]+\/statements\//);
	});
});
