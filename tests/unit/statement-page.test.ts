/**
 * The statement page's article is written as strings (src/lib/statement-page.ts), no longer by
 * Astro's components: these pin that the strings escape as Astro does (checked against Astro's
 * own runtime functions), and what a reader sees in the article.
 */
import { addAttribute, escapeHTML, spreadAttributes } from 'astro/runtime/server/index.js';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writerProcesses, writeShellPages } from '../../src/integrations/shell-pages.ts';
import { isRecord, policyIn, sortDateIn } from '../../src/lib/built-page.ts';
import { attributes, escapeAttribute, escapeText, rich } from '../../src/lib/html.ts';
import { compileShell, RECORD_FILE, SHELLS } from '../../src/lib/page-shell.ts';
import { reportPage } from '../../src/lib/report-page.ts';
import { pageRecord, STATEMENT_SHELL, statementPage, type StatementPageRecord, type WriterRecord, writerRecord } from '../../src/lib/statement-page.ts';

const STATEMENT_SHELL_ID = SHELLS.statements.shellId;
const compileStatementShell = (shell: string) => compileShell(shell, STATEMENT_SHELL_ID);
const writeStatementPages = (dir: string, processes?: number) => writeShellPages(dir, [SHELLS.statements], processes);
import { neighbourIndex } from '../../src/lib/statements.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { makeStatement } from './factory.ts';

/** Texts with every character HTML, attributes and URLs give a meaning to. */
const TRICKY = ['', 'plain', `We won't <b>sign</b> "anything" & that's that`, 'a&amp;b', "it's", 'https://example.com/?a=1&b="2"', '<script>alert(1)</script>', 'Гарантії «безпеки»', '&', '"', "'", '<>', ' leading and trailing '];

describe('HTML as strings, as Astro writes it', () => {
	it('escapes text exactly as an Astro expression does', () => {
		for (const value of TRICKY) expect(escapeText(value)).toBe(String(escapeHTML(value)));
	});

	it('writes an attribute exactly as `name={value}` does, for strings, empty strings and nothing', () => {
		for (const value of [...TRICKY, null, undefined]) {
			for (const name of ['title', 'data-copy', 'href', 'lang']) expect(attributes({ [name]: value })).toBe(String(addAttribute(value, name)));
		}
		for (const value of TRICKY) expect(` x="${escapeAttribute(value)}"`).toBe(value === '' ? ' x=""' : String(addAttribute(value, 'x')));
	});

	it('writes spread attributes in order, as `{...values}` does', () => {
		const values = { 'data-pagefind-body': '', 'data-pagefind-weight': '10', 'data-meta-quote': `"a" & 'b'`, lang: undefined };
		expect(attributes(values)).toBe(String(spreadAttributes(values)));
		expect(attributes(values)).toBe(' data-pagefind-body data-pagefind-weight="10" data-meta-quote="&quot;a&quot; &amp; \'b\'"');
	});

	it('fills a message: links by name, slots by name, a missing slot empty, the message markup kept', () => {
		expect(rich('Read <preview>the card</preview> at {date}.', { preview: '/embed/x/?a=1&b=2' }, { date: '<time>1 May</time>' })).toBe('Read <a href="/embed/x/?a=1&amp;b=2">the card</a> at <time>1 May</time>.');
		expect(rich('<data>All</data> as <code>CSV</code>{none}', { data: { href: '/d.csv', download: true } })).toBe('<a href="/d.csv" download>All</a> as <code>CSV</code>');
	});
});

/** A record of three statements by two speakers, enough for the page's neighbours. */
function record(statements: ReturnType<typeof makeStatement>[]): StatementPageRecord {
	return {
		statementById: new Map(statements.map((s) => [s.id, s])),
		speakers: new Map([
			['ada', { name: 'Ada <Lovelace>', country: 'United Kingdom' }],
			['bo', { name: 'Bo', country: 'Sweden' }],
		] as never),
		events: new Map(),
		neighbours: neighbourIndex(statements),
		timeline: buildTimeline(statements),
		edition: { untranslatedStatements: new Set(), country: (c) => c, topic: (t) => t },
	};
}

describe('the statement page', () => {
	const quote = `We won't <b>sign</b> "anything" & that's that`;
	const first = makeStatement('ada-2025-03-01-sign', '2025-03-01', { speaker: 'ada', quote, stance: 'demands', notes: 'See bo-2025-03-02-reply for the answer.' });
	const reply = makeStatement('bo-2025-03-02-reply', '2025-03-02', { speaker: 'bo', stance: 'rejects' });
	const later = makeStatement('ada-2025-04-01-again', '2025-04-01', {
		speaker: 'ada',
		stance: 'rejects',
		sources: [
			{ ...first.sources[0]!, primary: true },
			{ ...first.sources[0]!, url: 'https://example.org/b', outlet: 'Other', primary: false, quotedAs: 'q and more', wording: 'extended', evidence: '"q and more," she said.' },
		],
	});
	const rec = record([first, reply, later]);
	const site = new URL('https://watch.example');
	const page = statementPage(first, rec, site);
	const html = page.beforeCopyLink + page.afterCopyLink;

	it('prints the quote as escaped text, its apostrophes typewriter ones, never as markup', () => {
		expect(html).toContain('<p>We won&#39;t &lt;b&gt;sign&lt;/b&gt; &quot;anything&quot; &amp; that&#39;s that</p>');
		expect(html).not.toContain('<b>');
		expect(html).not.toContain('’s that');
		expect(JSON.parse(page.jsonLd).text).toBe(quote);
	});

	it('names the speaker escaped, and links a statement id in the notes to its page', () => {
		expect(html).toContain('>Ada &lt;Lovelace&gt;</a>');
		expect(html).toContain('<a href="/statements/bo-2025-03-02-reply/">bo-2025-03-02-reply</a>');
	});

	it('leaves the first copy button to the page, and holds the others: two in each citation figure and the embed', () => {
		expect(page.beforeCopyLink.endsWith('</a></span> ')).toBe(true);
		expect(page.afterCopyLink.startsWith('</p>')).toBe(true);
		expect(html.match(/<button type="button" class="copy-link"/g)).toHaveLength(6);
		expect(page.permalink).toBe('https://watch.example/statements/ada-2025-03-01-sign/');
	});

	it('links the same speaker’s next statement with the change of stance, and the next in time', () => {
		expect(html).toContain('<a href="/statements/ada-2025-04-01-again/">');
		expect(html).toContain('<a href="/statements/bo-2025-03-02-reply/">Bo, 2 Mar 2025</a>');
	});

	it('marks the words in which another report’s wording differs from the quote', () => {
		const other = statementPage(later, rec, site);
		expect(other.afterCopyLink).toMatch(/<blockquote cite="https:\/\/example.org\/b" data-pagefind-weight="5"><p>q <mark>and more<\/mark><\/p><\/blockquote>/);
	});
});

/** A shell as the build's Astro renders it from `statementShell`: each value in text and in attributes, every address with the shell's id. */
function shellOf(site: URL): string {
	const v = STATEMENT_SHELL;
	return `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>${v.title} — Guarantee Watch</title><meta name="description" content="${v.description}"><meta property="og:title" content="${v.title}"><link rel="canonical" href="${new URL(`/statements/${STATEMENT_SHELL_ID}/`, site).href}"><link rel="alternate" hreflang="uk" href="https://watch.example/uk/statements/${STATEMENT_SHELL_ID}/"><script type="application/ld+json">${v.jsonLd}</script></head><body><main>${v.beforeCopyLink}<button data-copy="${v.permalink}">Copy</button>${v.afterCopyLink}</main></body></html>`;
}

describe('writing the statement pages from the shell', () => {
	const site = new URL('https://watch.example');
	const s = makeStatement('ada-2025-03-01-sign', '2025-03-01', { speaker: 'ada', quote: `It's <b>"done"</b> & over` });
	const rec = record([s]);
	const page = statementPage(s, rec, site);
	const fill = compileStatementShell(shellOf(site));
	const html = fill({ id: s.id, page });

	it('puts each value in escaped for where it stands: as text in the title, as an attribute in the tags', () => {
		expect(page.title).toContain("It's <b>");
		expect(html).toContain(`<title>${escapeText(page.title)} — Guarantee Watch</title>`);
		expect(html).toContain(`<meta property="og:title" content="${escapeAttribute(page.title)}">`);
		expect(html).toContain(`<meta name="description" content="${escapeAttribute(page.description)}">`);
	});

	it('puts the article and the JSON-LD in as they are, and the statement’s id in every address', () => {
		expect(html).toContain(`<main>${page.beforeCopyLink}<button data-copy="https://watch.example/statements/ada-2025-03-01-sign/">Copy</button>${page.afterCopyLink}</main>`);
		expect(html).toContain(`<script type="application/ld+json">${page.jsonLd}</script>`);
		expect(html).toContain('hreflang="uk" href="https://watch.example/uk/statements/ada-2025-03-01-sign/"');
		expect(html).not.toContain(STATEMENT_SHELL_ID);
		expect(html).not.toContain('@@GW-');
	});

	it('refuses a shell that lost a placeholder or holds the article twice, naming it', () => {
		const shell = shellOf(site);
		const v = STATEMENT_SHELL;
		expect(() => compileStatementShell(shell.replace(v.afterCopyLink, ''))).toThrow(/must hold @@GW-PAGE-AFTER@@ \(the page's after\) exactly once/);
		expect(() => compileStatementShell(shell + v.beforeCopyLink)).toThrow(/@@GW-PAGE-BEFORE@@ \(the page's before\) exactly once/);
		expect(() => compileStatementShell(shell.replaceAll(v.title, 'x'))).toThrow(/must hold @@GW-PAGE-TITLE@@ \(the page's title\)/);
	});

	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	/** `n` statements by ada, a day apart. */
	const several = (n: number) => Array.from({ length: n }, (_, i) => makeStatement(`ada-2025-03-0${i + 1}-sign`, `2025-03-0${i + 1}`, { speaker: 'ada', quote: `It's <b>"done"</b> & over, ${i}` }));

	/** A built folder with the shell and the record of `statements`. */
	function built(statements: ReturnType<typeof makeStatement>[]): void {
		dir = mkdtempSync(join(tmpdir(), 'gw-statements-'));
		mkdirSync(join(dir, 'statements', STATEMENT_SHELL_ID), { recursive: true });
		writeFileSync(join(dir, 'statements', STATEMENT_SHELL_ID, 'index.html'), shellOf(site));
		writeFileSync(join(dir, 'statements', RECORD_FILE), JSON.stringify(writerRecord({ ...record(statements), statements }, site)));
	}

	it('renders from the record, sent as JSON, the same page as from the build\'s record, in this edition\'s words', () => {
		const statements = several(3);
		const events = new Map([['summit', { name: 'A summit', start: '2025-03-01', end: null, place: 'Paris', participants: [] }]]) as unknown as StatementPageRecord['events'];
		const translated: StatementPageRecord = { ...record(statements), events, edition: { untranslatedStatements: new Set([statements[1]!.id]), country: (c) => `«${c}»`, topic: (topic) => `#${topic}` } };
		const sent = pageRecord(JSON.parse(JSON.stringify(writerRecord({ ...translated, statements }, site))) as WriterRecord);
		expect(sent.site.href).toBe(site.href);
		expect(sent.statements).toEqual(statements);
		expect([...sent.events]).toEqual([...translated.events]);
		expect(sent.edition.untranslatedStatements).toEqual(new Set([statements[1]!.id]));
		for (const st of statements) expect(statementPage(st, sent, sent.site)).toEqual(statementPage(st, translated, site));
		expect(statementPage(statements[0]!, sent, site).afterCopyLink).toContain('«United Kingdom»');
	});

	it.each([1, 2])('writes one page per statement of the record in %i process(es), then removes the shell and the record', async (processes) => {
		const statements = several(5);
		built(statements);
		const rec = record(statements);
		const written = await writeStatementPages(dir, processes);
		expect(written.pages.size).toBe(5);
		for (const st of statements) {
			const file = join('statements', st.id, 'index.html');
			const text = readFileSync(join(dir, file), 'utf8');
			expect(text).toBe(fill({ id: st.id, page: statementPage(st, rec, site) }));
			// What the index and the headers would read the page for, noted as it was written.
			expect(written.pages.get(file)).toEqual({ record: isRecord(text), sortDate: sortDateIn(text), policy: policyIn(text) });
		}
		expect(written.pages.get(join('statements', statements[0]!.id, 'index.html'))).toEqual({ record: true, sortDate: '2025-03-01', policy: "default-src 'self'" });
		expect(existsSync(join(dir, 'statements', STATEMENT_SHELL_ID))).toBe(false);
		expect(existsSync(join(dir, 'statements', RECORD_FILE))).toBe(false);
		// The listing the index, the sitemap and the headers share: every page on disk now, the shell gone.
		const onDisk = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect([...written.html].sort()).toEqual(onDisk.sort());
		expect(written.html).toContain(join('statements', statements[4]!.id, 'index.html'));
	});

	it('writes in Astro\'s own process for a record the size of today\'s, and in one process per core for a large one', () => {
		expect(writerProcesses(10_000_000, 2)).toBe(1);
		expect(writerProcesses(55_000_000, 2)).toBe(2);
		expect(writerProcesses(55_000_000, 1)).toBe(1);
	});

	it('stops, naming the file, when a child process finds a broken record', async () => {
		built(several(2));
		writeFileSync(join(dir, 'statements', RECORD_FILE), '{"statements": ');
		await expect(writeStatementPages(dir, 2)).rejects.toThrow(/pages-record\.json is not a record of statements/);
	});

	it('stops with the missing file named when the build made no shell, or no record', async () => {
		dir = mkdtempSync(join(tmpdir(), 'gw-statements-'));
		mkdirSync(join(dir, 'statements'), { recursive: true });
		await expect(writeStatementPages(dir)).rejects.toThrow(/the build made no .*statements\/_statement-shell\/index\.html/);
		mkdirSync(join(dir, 'statements', STATEMENT_SHELL_ID));
		writeFileSync(join(dir, 'statements', STATEMENT_SHELL_ID, 'index.html'), shellOf(site));
		await expect(writeStatementPages(dir)).rejects.toThrow(/the build made no .*statements\/pages-record\.json/);
	});
});

describe('the report page', () => {
	const site = new URL('https://watch.example');
	const a = makeStatement('ada-2025-03-01-sign', '2025-03-01', { speaker: 'ada', quote: `It's "done"` });
	const b = makeStatement('bo-2025-03-02-reply', '2025-03-02', {
		speaker: 'bo',
		sources: [
			{ ...a.sources[0]!, article: 'elsewhere' },
			{ ...a.sources[0]!, article: 'rep', url: 'https://example.org/rep', primary: false, quotedAs: 'q, as this report words it', wording: 'abridged' },
		],
	});
	const rec = record([a, b]);
	const data = { url: 'https://example.org/rep?a=1&b=2', outlet: 'Example (a copy)', author: null, published: '2025-03-03', title: null, titleNote: null, original: null, statements: [a.id, b.id] } as never;
	const page = reportPage('rep', data, '<p>Our <em>summary</em>.</p>', rec, site);
	const html = page.beforeCopyLink + page.afterCopyLink;

	it('leaves the first card’s copy button to the page, copying that statement’s address; the other cards hold theirs', () => {
		expect(page.beforeCopyLink).toContain('<article class="card" id="ada-2025-03-01-sign"');
		expect(page.beforeCopyLink).not.toContain('class="copy-link"');
		expect(page.permalink).toBe('https://watch.example/statements/ada-2025-03-01-sign/');
		expect(page.afterCopyLink.match(/class="copy-link" data-copy="https:\/\/watch.example\/statements\/bo-2025-03-02-reply\/"/g)).toHaveLength(1);
		expect(html.match(/<article class="card"/g)).toHaveLength(2);
	});

	it('shows the report’s own wording under a quote it words otherwise, the quote escaped', () => {
		expect(html).toContain('<blockquote cite="https://example.org/rep"><p>q, as this report words it</p></blockquote>');
		expect(html).toContain('<p>It&#39;s &quot;done&quot;</p>');
	});

	it('says a headline was not seen, names the outlet apart from its note, and puts our summary in as HTML', () => {
		expect(page.title).toBe('Untitled report (Example)');
		expect(html).toContain('Example<span class="muted"> (a copy)</span>');
		expect(html).toContain('<h2 id="summary">Our summary</h2><div data-pagefind-body data-pagefind-weight="1"><p>Our <em>summary</em>.</p></div>');
		expect(html).toContain('href="https://example.org/rep?a=1&amp;b=2"');
	});

	it('stops, naming the report, if it carries no statement', () => {
		expect(() => reportPage('empty', { ...(data as object), statements: [] } as never, null, rec, site)).toThrow(/the report empty carries no statement/);
	});
});
