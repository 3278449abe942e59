/** Every id of the record (a statement's, a speaker's, a report's…): lowercase letters and digits, in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a name or phrase into a lowercase, hyphenated id: "JD Vance" → "jd-vance". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A readable, stable article slug from a news page's URL: the host without `www.` and the
 * last meaningful path segment, e.g. `tovima-com-davos-zelenskiy-calls-for-200000-peacekeepers`.
 * Capped at 80 characters so file names and addresses stay manageable.
 */
export function articleSlugFromUrl(url: string): string {
	const u = new URL(url);
	const host = u.hostname.replace(/^www\./, '');
	const tokens = `${u.pathname}${u.search}`
		.split(/[/?&=]/)
		.map((s) => s.replace(/\.(s?html?|php|aspx?)$/i, ''))
		.filter((s) => s && !/^(amp|index|news|en|eng|p)$/i.test(s));
	// A headline-like segment ("davos-zelenskiy-calls-for-…") names the report best; pages
	// addressed by number ("?p=14411", "/2025/03/2/7500936/") keep every part of the address.
	const headline = tokens.filter((t) => t.split('-').length >= 4).at(-1);
	const slug = slugify(`${host} ${headline ?? tokens.join(' ')}`);
	return slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/, '') : slug;
}

/** Levenshtein distance, used to suggest the id an editor probably meant. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. */
export function closest(target: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(target.length / 3)) + 1;
	for (const c of candidates) {
		const d = editDistance(target, c);
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}
