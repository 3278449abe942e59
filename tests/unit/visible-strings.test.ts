/**
 * Every word a reader sees comes from the dictionary (src/i18n/en.ts), so a second language is
 * one more file and no English is left behind in a template. Checked over the source of the
 * pages, layouts and components:
 * - no text node of a template holds a letter (text inside `{cond && <p>…</p>}` counts too);
 * - no literal value of a visible attribute (aria-label, title, alt, placeholder…, and
 *   `content` of the description and share tags) holds a letter;
 * - no string literal (frontmatter, template expressions, <script>s, and the .ts files of
 *   components and pages, and of the pages written as strings) reads as prose, a letter, a space, a letter ("Statement page"),
 *   unless it is plainly not shown: an import specifier, a CSS class or selector, a link
 *   relation, or markup whose text is all placeholders.
 * Content (quotes, names, settings) is data, never a literal, so it is not in question here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}
const DIRS = ['src/pages', 'src/layouts', 'src/components'];
const astroFiles = DIRS.flatMap(filesUnder).filter((f) => f.endsWith('.astro'));
// The pages a build writes as strings (src/lib/statement-page.ts says why) are templates too.
const STRING_TEMPLATES = ['src/lib/statement-page.ts', 'src/lib/statement-card.ts', 'src/lib/report-page.ts', 'src/lib/page-shell.ts', 'src/lib/embed.ts', 'src/lib/html.ts'];
const tsFiles = [...['src/pages', 'src/components'].flatMap(filesUnder).filter((f) => f.endsWith('.ts')), ...STRING_TEMPLATES];

/** Attributes whose value a reader sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
/** `<meta>` tags whose `content` is read by people (search results, share cards). */
const VISIBLE_META = /^(description|og:(title|description|site_name|image:alt)|twitter:(title|description|image:alt))$/;
/** Elements without content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * String literals that read as prose but are never shown, with why, as the check shows them
 * (`{…}` where a template literal puts a value in). Keep it short: a text a reader sees
 * belongs in the dictionary.
 */
const ALLOWED: { file: string; literal: string; why: string }[] = [
	{ file: 'src/lib/statement-page.ts', literal: ' · <a{…}>{…}</a> · <a{…} rel="external noopener noreferrer">{…}</a>', why: 'markup: its words are a link relation, its texts placeholders' },
	{ file: 'src/lib/embed.ts', literal: "the embed shell must hold {…} (the card's {…}) exactly once", why: 'a programming error (the shell lost a placeholder), thrown in the build, never shown on a page' },
	{ file: 'src/lib/page-shell.ts', literal: "the page shell must hold {…} (the page's {…}) exactly once", why: 'a programming error (the shell lost a placeholder), thrown in the build, never shown on a page' },
	{ file: 'src/lib/page-shell.ts', literal: "the page shell must hold {…} (the page's jsonLd) at most once", why: 'a programming error (the shell holds a placeholder twice), thrown in the build, never shown on a page' },
	{ file: 'src/lib/page-shell.ts', literal: "the page shell must hold {…} (the page's {…})", why: 'a programming error (the shell lost a placeholder), thrown in the build, never shown on a page' },
	{ file: 'src/lib/statement-card.ts', literal: ' · <a class="event-link"{…}>{…}</a>', why: 'markup: its words are a tag and a CSS class, its texts placeholders' },
	{ file: 'src/lib/report-page.ts', literal: ' rel="external noopener noreferrer"', why: 'a link relation' },
	{ file: 'src/lib/report-page.ts', literal: '.<span class="muted"> {…}{…}</span></dd>', why: 'markup: its words are a tag and a CSS class, its texts placeholders' },
	{ file: 'src/lib/report-page.ts', literal: 'the report {…} carries no statement', why: 'a programming error (a report file must list a statement, and the content check says so first), thrown in the build, never shown on a page' },
	{ file: 'src/lib/statement-page.ts', literal: '#cite-{…} pre', why: 'a CSS selector: the citation CopyLink copies' },
	{ file: 'src/components/search/quote-search.ts', literal: 'quote-search: missing {…}', why: 'a programming error (the page lacks an element the script needs), thrown before anything is shown' },
];
/** The allowed literals the scan met, so a stale entry is noticed. */
const allowedSeen = new Set<(typeof ALLOWED)[number]>();

const LETTER = /\p{L}/u;
/** Stands for a value put into a template literal; shown as `{…}`. */
const VALUE = '\uE000';
/** Words side by side; a value put into a template literal counts as a word. */
const PROSE = /\p{L} [\p{L}\uE000]|\uE000 \p{L}/u;
/** The code just before a literal that makes it not visible. */
const NOT_SHOWN_BEFORE = [
	/\b(?:from|import)\s*\(?\s*$/, // an import specifier
	/\bclass(?::list)?\s*=\s*\{?\s*$|\bclass(?:Name)?\s*[:=]\s*$|['"]class['"]\s*:\s*$/, // CSS classes
	/\brel\s*[:=]\s*\{?\s*$/, // link relations
	/\b(?:querySelector(?:All)?|closest|matches)\s*(?:<[^>]*>)?\s*\(\s*$/, // CSS selectors
];

interface Finding {
	file: string;
	what: string;
}

/** The end of a quoted string starting at `i` (the quote), or of a regex literal. */
function skipQuoted(src: string, i: number, quote: string): number {
	let j = i + 1;
	while (j < src.length && src[j] !== quote) {
		if (src[j] === '\\') j++;
		if (quote === '/' && src[j] === '[') {
			while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
		}
		if (quote !== '/' && quote !== '`' && src[j] === '\n') break;
		j++;
	}
	return j + 1;
}

/**
 * Scans JavaScript (or TypeScript) from `start` to the `}` that closes it (or the end):
 * string and template literals are checked, comments skipped, and, where `jsx` is set (a
 * template expression), markup inside is scanned as markup. Returns the index after the end.
 */
function scanCode(src: string, start: number, file: string, out: Finding[], opts: { jsx: boolean; toBrace: boolean }): number {
	let depth = 0;
	let i = start;
	const literal = (text: string, at: number) => {
		const before = src.slice(Math.max(0, at - 60), at);
		if (NOT_SHOWN_BEFORE.some((re) => re.test(before))) return;
		const shown = text.startsWith('<') ? text.replace(/<[^>]*>/g, '') : text;
		if (!PROSE.test(shown)) return;
		const shownAs = text.replaceAll(VALUE, '{…}');
		const allowed = ALLOWED.find((a) => a.file === file && a.literal === shownAs);
		if (allowed) {
			allowedSeen.add(allowed);
			return;
		}
		out.push({ file, what: `string ${JSON.stringify(shownAs)}` });
	};
	while (i < src.length) {
		const c = src[i]!;
		const prev = src.slice(0, i).trimEnd();
		if (c === '/' && src[i + 1] === '/') {
			i = src.indexOf('\n', i);
			if (i < 0) return src.length;
		} else if (c === '/' && src[i + 1] === '*') {
			i = src.indexOf('*/', i) + 2;
		} else if (c === "'" || c === '"') {
			const end = skipQuoted(src, i, c);
			literal(src.slice(i + 1, end - 1), i);
			i = end;
		} else if (c === '`') {
			// Static parts, with VALUE where a value goes in.
			let text = '';
			let j = i + 1;
			while (j < src.length && src[j] !== '`') {
				if (src[j] === '\\') {
					text += src.slice(j, j + 2);
					j += 2;
				} else if (src[j] === '$' && src[j + 1] === '{') {
					text += VALUE;
					j = scanCode(src, j + 2, file, out, { jsx: opts.jsx, toBrace: true });
				} else text += src[j++];
			}
			literal(text, i);
			i = j + 1;
		} else if (c === '/' && /(?:^|[(,=:[!&|?{};]|=>|\breturn)$/.test(prev)) {
			i = skipQuoted(src, i, '/');
		} else if (opts.jsx && c === '<' && /^<[A-Za-z>]/.test(src.slice(i, i + 2)) && /(?:^|[(,:?[{]|&&|\|\||=>|\breturn)$/.test(prev)) {
			i = scanMarkup(src, i, file, out, true);
		} else if (c === '{') {
			depth++;
			i++;
		} else if (c === '}') {
			if (opts.toBrace && depth === 0) return i + 1;
			depth--;
			i++;
		} else i++;
	}
	return i;
}

/**
 * Scans markup from `start`: text nodes, tags and their attributes, `{…}` expressions,
 * <script> (as code) and <style> (skipped). With `element` set, stops after the element
 * that starts at `start` closes (markup inside an expression).
 */
function scanMarkup(src: string, start: number, file: string, out: Finding[], element: boolean): number {
	const open: string[] = [];
	let i = start;
	let text = '';
	const flush = () => {
		const words = text.replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, '').trim();
		if (LETTER.test(words)) out.push({ file, what: `text ${JSON.stringify(words.replace(/\s+/g, ' '))}` });
		text = '';
	};
	while (i < src.length) {
		if (src.startsWith('<!--', i)) {
			i = src.indexOf('-->', i) + 3;
		} else if (src.startsWith('<!', i)) {
			i = src.indexOf('>', i) + 1;
		} else if (src[i] === '{') {
			flush();
			i = scanCode(src, i + 1, file, out, { jsx: true, toBrace: true });
		} else if (src.startsWith('</', i)) {
			flush();
			const end = src.indexOf('>', i);
			const name = src.slice(i + 2, end).trim();
			while (open.length && open.pop() !== name);
			i = end + 1;
			if (element && open.length === 0) return i;
		} else if (src[i] === '<' && /[A-Za-z>]/.test(src[i + 1] ?? '')) {
			flush();
			const name = /^<([A-Za-z][\w.:-]*)?/.exec(src.slice(i))![1] ?? '';
			i += 1 + name.length;
			// Attributes, up to the end of the tag.
			const attrs = new Map<string, string>();
			let selfClosing = false;
			while (i < src.length) {
				const rest = src.slice(i);
				const ws = /^\s+/.exec(rest);
				if (ws) {
					i += ws[0].length;
					continue;
				}
				if (rest.startsWith('/>')) {
					selfClosing = true;
					i += 2;
					break;
				}
				if (rest.startsWith('>')) {
					i += 1;
					break;
				}
				if (rest.startsWith('{')) {
					i = scanCode(src, i + 1, file, out, { jsx: true, toBrace: true });
					continue;
				}
				const attr = /^([^\s=/>{]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{)))?/.exec(rest)!;
				i += attr[0].length;
				if (attr[4]) i = scanCode(src, i, file, out, { jsx: true, toBrace: true });
				else attrs.set(attr[1]!, attr[2] ?? attr[3] ?? '');
			}
			for (const [attr, value] of attrs) {
				if (VISIBLE_ATTRIBUTES.has(attr) && LETTER.test(value)) out.push({ file, what: `${attr}=${JSON.stringify(value)}` });
			}
			const metaName = attrs.get('name') ?? attrs.get('property');
			if (name === 'meta' && metaName && VISIBLE_META.test(metaName) && LETTER.test(attrs.get('content') ?? '')) {
				out.push({ file, what: `<meta ${metaName}> content=${JSON.stringify(attrs.get('content'))}` });
			}
			if (selfClosing || VOID.has(name.toLowerCase())) {
				if (element && open.length === 0) return i;
				continue;
			}
			if (name === 'script' || name === 'style') {
				const end = src.indexOf(`</${name}>`, i);
				if (name === 'script' && !/json/.test(attrs.get('type') ?? '')) scanCode(src.slice(0, end), i, file, out, { jsx: false, toBrace: false });
				i = end + name.length + 3;
				if (element && open.length === 0) return i;
				continue;
			}
			open.push(name);
		} else {
			text += src[i++];
		}
	}
	flush();
	return i;
}

/** Everything an .astro file would show in words outside the dictionary. */
function scanAstro(file: string, source: string): Finding[] {
	const out: Finding[] = [];
	const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (fence) scanCode(fence[1]!, 0, file, out, { jsx: false, toBrace: false });
	scanMarkup(source, fence ? fence[0].length : 0, file, out, false);
	return out;
}

function scanTs(file: string, source: string): Finding[] {
	const out: Finding[] = [];
	scanCode(source, 0, file, out, { jsx: false, toBrace: false });
	return out;
}

const report = (findings: Finding[]) => findings.map((f) => `${f.file}: ${f.what}`);
const inTemplates = report(astroFiles.flatMap((f) => scanAstro(f, readFileSync(f, 'utf8'))));
const inModules = report(tsFiles.flatMap((f) => scanTs(f, readFileSync(f, 'utf8'))));

describe('visible words', () => {
	it('of templates (text, visible attributes, prose literals) all come from the dictionary', () => {
		expect(inTemplates).toEqual([]);
	});

	it('of the scripts and modules of components and pages come from the dictionary', () => {
		expect(inModules).toEqual([]);
	});

	it('every allowed literal is still there', () => {
		expect(ALLOWED.filter((a) => !allowedSeen.has(a)).map((a) => `${a.file}: ${JSON.stringify(a.literal)} (${a.why})`)).toEqual([]);
	});

	it('the check itself sees planted words, and passes what is not shown', () => {
		const planted = [
			'---',
			"import Base from '../layouts/Base.astro';",
			"const label = 'Statement page';",
			// biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, as a source file holds it
			'const copy = `Copy ${format}`;',
			'---',
			'<Base title={t.title}>',
			'<p class="meta">Source: <a href={url}>{name}</a></p>',
			'<nav aria-label="Main menu"><a title="Home">{t.home}</a></nav>',
			'<meta name="description" content="A record of statements" />',
			'<meta property="og:image:type" content="image/png" />',
			'{ok && <p class="muted">Nothing yet.</p>}',
			// biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, as a source file holds it
			'{list.map((x) => <li class={`mark code-${x}`}>{x}</li>)}',
			'<span class="badge badge-caveat" title={label}>{t.caveat}</span>',
			'<!-- a comment with words -->',
			'<script>',
			"  import { copyLink } from '../i18n/en/copy-link.ts';",
			"  document.querySelector('input, textarea')?.setAttribute('hidden', '');",
			"  status.textContent = 'Could not copy the link';",
			'</script>',
			'<style>p::after { content: "not shown"; }</style>',
			'</Base>',
		].join('\n');
		expect(report(scanAstro('planted.astro', planted))).toEqual([
			'planted.astro: string "Statement page"',
			'planted.astro: string "Copy {…}"',
			'planted.astro: text "Source:"',
			'planted.astro: aria-label="Main menu"',
			'planted.astro: title="Home"',
			'planted.astro: <meta description> content="A record of statements"',
			'planted.astro: text "Nothing yet."',
			'planted.astro: string "Could not copy the link"',
		]);
		expect(report(scanTs('planted.ts', "const a = el('p', 'No results found', 'meta');\n// a comment with words\nh('span', { class: 'badge badge-stance' }, x);"))).toEqual([
			'planted.ts: string "No results found"',
		]);
	});
});
