import { describe, expect, it } from 'vitest';
import { closeSpeakers, findCompound, findPhrase, highlightRanges, needsTextCheck, normalizeWord, parseQuery, splitByRanges, tokenize } from '../../src/lib/search-text.ts';

const at = (text: string, range: [number, number] | null) => (range ? text.slice(range[0], range[1]) : null);

describe('reading a query', () => {
	it('sends plain words as they are, once each', () => {
		expect(parseQuery('Europe do that europe')).toEqual({ terms: ['europe', 'do', 'that'], phrases: [], compounds: [] });
		expect(needsTextCheck(parseQuery('europe do that'))).toBe(false);
	});

	it('keeps numbers with thousands separators whole', () => {
		expect(parseQuery('200,000 troops').terms).toEqual(['200,000', 'troops']);
	});

	it('splits a list of numbers into numbers that must all be there', () => {
		expect(parseQuery('30-40-50')).toEqual({ terms: ['30', '40', '50'], phrases: [], compounds: [] });
	});

	it('sends a hyphenated word as its parts and asks for them side by side', () => {
		expect(parseQuery('Article 5-like')).toEqual({ terms: ['article', '5', 'like'], phrases: [], compounds: [['5', 'like']] });
		expect(parseQuery('15‑year').compounds).toEqual([['15', 'year']]); // a non-breaking hyphen is a hyphen
		expect(needsTextCheck(parseQuery('15-year'))).toBe(true);
	});

	it('reads straight or curly double quotes as an exact phrase, an unclosed one to the end', () => {
		expect(parseQuery('"Europe do that" trump')).toEqual({ terms: ['europe', 'do', 'that', 'trump'], phrases: [['europe', 'do', 'that']], compounds: [] });
		expect(parseQuery('“europe do that”').phrases).toEqual([['europe', 'do', 'that']]);
		expect(parseQuery('trump "europe do').phrases).toEqual([['europe', 'do']]);
		expect(parseQuery('""').terms).toEqual([]);
	});

	it('ignores punctuation that is not part of a word', () => {
		expect(parseQuery('  who said "that"?! ').terms).toEqual(['who', 'said', 'that']);
		expect(parseQuery('...').terms).toEqual([]);
	});
});

describe('words of a text', () => {
	it('normalises case, accents, apostrophes and hyphens, and keeps positions in the original', () => {
		expect(normalizeWord('Türkiye’s')).toBe("turkiye's");
		const text = 'It’s “Europe’s” job — 5‑like.';
		const words = tokenize(text);
		expect(words.map((w) => w.norm)).toEqual(["it's", "europe's", 'job', '5-like']);
		expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['It’s', 'Europe’s', 'job', '5‑like']);
	});
});

describe('exact phrases', () => {
	const quote = "I'm not going to make security guarantees beyond very much. We're going to have Europe do that,";

	it('find the words in that order, whatever the case and surrounding punctuation', () => {
		expect(at(quote, findPhrase(quote, ['europe', 'do', 'that']))).toBe('Europe do that');
		expect(at(quote, findPhrase(quote, ["i'm", 'not', 'going']))).toBe("I'm not going");
	});

	it('do not find the same words apart or in another order', () => {
		expect(findPhrase('Europe will do that', ['europe', 'do', 'that'])).toBeNull();
		expect(findPhrase('do that, Europe', ['europe', 'do', 'that'])).toBeNull();
	});

	it('treat curly and straight apostrophes alike, and a word part as no word', () => {
		expect(findPhrase('200,000—it’s a minimum', ["it's", 'a', 'minimum'])).not.toBeNull();
		expect(findPhrase('200,000—it’s a minimum', ['200,000'])).not.toBeNull();
		expect(findPhrase('Europeans do that', ['europe', 'do', 'that'])).toBeNull();
	});
});

describe('hyphenated words', () => {
	it('find the parts joined by a hyphen, a space or nothing, the last part possibly continued', () => {
		expect(at('a 15-year guarantee', findCompound('a 15-year guarantee', ['15', 'year']))).toBe('15-year');
		expect(at('ran for 15 years with', findCompound('ran for 15 years with', ['15', 'year']))).toBe('15 years');
		expect(at('the F16 jets', findCompound('the F16 jets', ['f', '16']))).toBe('F16');
		expect(at('offer Article 5-like protection', findCompound('offer Article 5-like protection', ['article', '5', 'like']))).toBe('Article 5-like');
	});

	it('do not find the parts across other punctuation or apart', () => {
		expect(findCompound('Article 5, like it or not', ['5', 'like'])).toBeNull();
		expect(findCompound('15 long years', ['15', 'year'])).toBeNull();
		expect(findCompound('for 115 years', ['15', 'year'])).toBeNull();
	});
});

describe('highlighting', () => {
	it('marks phrases, hyphenated words and words that begin with a query word, merged', () => {
		const text = 'We welcome Article 5-like security guarantees for Ukraine.';
		const ranges = highlightRanges(text, parseQuery('Article 5-like guarantee'));
		expect(ranges.map((r) => text.slice(r[0], r[1]))).toEqual(['Article', '5-like', 'guarantees']);
	});

	it('marks a phrase only where it stands whole, not its words elsewhere', () => {
		const text = 'I told him we would very much like to consider the option of 30, 40, 50 years. And the option';
		expect(highlightRanges(text, parseQuery('"consider the option" years')).map((r) => text.slice(r[0], r[1]))).toEqual(['consider the option', 'years']);
	});

	it('leaves very short query words to whole-word matches', () => {
		const text = 'Donald said do it';
		expect(highlightRanges(text, parseQuery('do')).map((r) => text.slice(r[0], r[1]))).toEqual(['do']);
	});

	it('splits a text into parts that join back to the exact text', () => {
		const text = '“From all the Europeans? 200,000—it’s a minimum.”';
		const parts = splitByRanges(text, highlightRanges(text, parseQuery('"200,000" minimum')));
		expect(parts.map((p) => p.text).join('')).toBe(text);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['200,000', 'minimum']);
	});
});

describe('speaker names close to the query', () => {
	const speakers = { 'donald-trump': 'Donald Trump', 'volodymyr-zelensky': 'Volodymyr Zelensky', 'dmitry-peskov': 'Dmitry Peskov', 'mark-rutte': 'Mark Rutte' };

	it('suggest names a word is a typing slip away from, closest first', () => {
		expect(closeSpeakers('trunp europe', speakers)).toEqual(['donald-trump']);
		expect(closeSpeakers('Zelenskiy guarantees', speakers)).toEqual(['volodymyr-zelensky']);
		expect(closeSpeakers('"Peskow said"', speakers)).toEqual(['dmitry-peskov']);
	});

	it('suggest nothing for short or unrelated words', () => {
		expect(closeSpeakers('the war', speakers)).toEqual([]);
		expect(closeSpeakers('guarantees', speakers)).toEqual([]);
	});
});
