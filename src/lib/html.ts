/**
 * HTML written as strings, for the pages a build writes without Astro's components (the
 * statement page's body, the embed card): escaped exactly as Astro escapes, so a page comes out
 * byte for byte the same whichever way it was made.
 */

/** Escapes text as Astro does in an expression (`{text}`). */
export function escapeText(text: string): string {
	return text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);
}

/** Escapes an attribute's value as Astro does (`attr={value}`). */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Attributes as Astro writes `name={value}` and `{...values}`, in order: undefined and null
 * leave the attribute out; the empty string writes it bare. (No booleans: Astro writes them
 * bare or as "true"/"false" depending on the attribute.)
 */
export function attributes(values: Readonly<Record<string, string | null | undefined>>): string {
	let out = '';
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined || value === null) continue;
		out += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
	}
	return out;
}

/**
 * One dictionary message with markup in it (src/i18n/en.ts), kept whole so a language can put
 * its parts in any order:
 * - `<name>…</name>` is a link when `links` has `name`: a site path, or the link's attributes
 *   (`true` writes a bare attribute, such as `download`);
 * - `{name}` is filled with `slots[name]`, HTML the caller has escaped (a date, a link);
 * - the message's own markup (`<strong>`, `<code>`, `<kbd>`, `<mark>`) is written as it
 *   stands: messages are ours, never content.
 */
export function rich(text: string, links: Readonly<Record<string, string | Record<string, string | true>>> = {}, slots: Readonly<Record<string, string | undefined>> = {}): string {
	const linked = text.replace(/<([a-z][a-z0-9]*)>([\s\S]*?)<\/\1>/g, (whole, name: string, inner: string) => {
		const link = links[name];
		if (link === undefined) return whole;
		const attrs = typeof link === 'string' ? { href: link } : link;
		return `<a${Object.entries(attrs).map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`)).join('')}>${inner}</a>`;
	});
	return linked
		.split(/\{([a-z][A-Za-z0-9]*)\}/)
		.map((part, i) => (i % 2 === 1 ? (slots[part] ?? '') : part))
		.join('');
}

/** The names of the slots a message fills (`{name}`), for the Astro component that renders them. */
export function slotNames(text: string): string[] {
	return text.split(/\{([a-z][A-Za-z0-9]*)\}/).filter((_, i) => i % 2 === 1);
}
