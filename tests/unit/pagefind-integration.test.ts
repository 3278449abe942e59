import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** One fake Pagefind index per createIndex call; `getFiles` answers for the folder it was given. */
const index = {
	addDirectory: vi.fn(),
	getFiles: vi.fn(),
	writeFiles: vi.fn(),
};
const bundleFor = (pages: number) => BUNDLE.map((f) => (f.path === 'pagefind-entry.json' ? { ...f, content: bytes(`{"version":"1.5.2","languages":{"en":{"hash":"en_1","page_count":${pages}}}}`) } : f));
/** The pages `glob` names under `path` (every page of a folder, or a part's ids in braces) that carry the record mark: what Pagefind would index. */
const records = (path: string, glob: string) => {
	const [top, rest] = [glob.slice(0, glob.indexOf('/')), glob.slice(glob.indexOf('/') + 1)];
	const folder = join(path, top);
	// A part's glob: `{a,b}/index.html`.
	const braces = /^\{([^}]*)\}\/(.+)$/.exec(rest);
	const named = braces ? new Set(braces[1]!.split(',').map((id) => join(id, braces[2]!))) : null;
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && (!named || named.has(f)) && readFileSync(join(folder, f), 'utf8').includes('data-pagefind-body')).length;
};
function fakeIndex() {
	let glob = '';
	let pages = 0;
	return {
		// Each glob adds its pages to the index, as Pagefind's does.
		addDirectory: vi.fn(async (opts: { path: string; glob: string }) => {
			glob = opts.glob;
			pages += records(opts.path, opts.glob);
			return index.addDirectory(opts);
		}),
		getFiles: vi.fn(async () => {
			const answer = await index.getFiles(glob);
			return answer ?? { errors: [], files: bundleFor(pages) };
		}),
		writeFiles: index.writeFiles,
	};
}
vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => ({ errors: [], index })),
	close: vi.fn(async () => null),
}));

// The unit tests share modules between files (--no-isolate): another file may have loaded the
// integration with the real Pagefind, so it is loaded afresh here, with the fake.
vi.resetModules();
const pagefind = await import('pagefind');
const { buildIndex, partGlobs, servePagefindBundle } = await import('../../src/integrations/pagefind.ts');

function logger() {
	return { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };
}

const bytes = (text: string) => new TextEncoder().encode(text);
/** A Pagefind 1.5 metadata file with no pages and no words: `["1.5.2", [], [], [], [], []]` in CBOR, as Pagefind packs it. */
const EMPTY_META = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x86, 0x65, ...Buffer.from('1.5.2'), 0x80, 0x80, 0x80, 0x80, 0x80])])));
const BUNDLE = [
	{ path: 'pagefind.js', content: bytes('export {}') },
	{ path: 'pagefind.en_1.pf_meta', content: EMPTY_META },
	{ path: 'pagefind-entry.json', content: bytes('{"version":"1.5.2","languages":{"en":{"hash":"en_1","page_count":3}}}') },
	{ path: 'fragment/en_1.pf_fragment', content: bytes('x') },
	{ path: 'pagefind-ui.js', content: bytes('ui') },
	{ path: 'pagefind-component-ui.css', content: bytes('ui') },
];

describe('building the index after the build', () => {
	let dist: string;
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'pagefind-build-'));
		mkdirSync(join(dist, 'pagefind'));
		writeFileSync(join(dist, 'pagefind', 'stale.pf_index'), 'old');
		const page = (path: string, html: string) => {
			mkdirSync(join(dist, path), { recursive: true });
			writeFileSync(join(dist, path, 'index.html'), `<html lang="en"><body>${html}</body></html>`);
		};
		page('statements/a', '<article data-pagefind-body>a statement</article>');
		page('statements/b', '<article data-pagefind-body>another</article>');
		page('sources/report', '<h1 data-pagefind-body>a report</h1>');
		page('about', '<p>method</p>');
		page('', '<p>timeline</p>');
		vi.mocked(pagefind.createIndex).mockImplementation(async () => ({ errors: [], index: fakeIndex() as never }));
		index.addDirectory.mockResolvedValue({ errors: [], page_count: 2 });
		index.getFiles.mockResolvedValue(undefined);
	});
	afterEach(() => vi.clearAllMocks());

	it('builds a statements index and a news-reports index, each from its own folder, writes each whole bundle (not Pagefind’s own UIs), logs the counts and closes Pagefind', async () => {
		const log = logger();
		await expect(buildIndex(dist, log)).resolves.toEqual({ statements: 2, sources: 1 });
		expect(index.addDirectory).toHaveBeenCalledWith({ path: dist, glob: 'statements/**/*.html' });
		expect(index.addDirectory).toHaveBeenCalledWith({ path: dist, glob: 'sources/**/*.html' });
		expect(index.writeFiles).not.toHaveBeenCalled();
		const out = join(dist, 'pagefind');
		const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).sort();
		// Each bundle's metadata (renamed by its content once its word index is recut) is the one its entry names.
		for (const bundle of ['', 'reports']) expect(written.filter((f) => f.endsWith('.pf_meta') && f.startsWith(bundle) && f.split('/').length === (bundle ? 2 : 1))).toEqual([join(bundle, `pagefind.${JSON.parse(readFileSync(join(out, bundle, 'pagefind-entry.json'), 'utf8')).languages.en.hash}.pf_meta`)]);
		expect(written.filter((f) => !f.endsWith('.pf_meta'))).toEqual(['fragment', 'fragment/en_1.pf_fragment', 'pagefind-entry.json', 'pagefind.js', 'reports', 'reports/fragment', 'reports/fragment/en_1.pf_fragment', 'reports/pagefind-entry.json', 'reports/pagefind.js']);
		expect(JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
		expect(JSON.parse(readFileSync(join(out, 'reports', 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(1);
		expect(log.info).toHaveBeenCalledWith(`indexed 2 pages of statements/ into ${out} (4 files)`);
		expect(log.info).toHaveBeenCalledWith(`indexed 1 pages of sources/ into ${join(out, 'reports')} (4 files)`);
		expect(pagefind.close).toHaveBeenCalledTimes(1);
	});

	it('splits statements beyond the part size into parts of consecutive dates, newest first, each named to Pagefind in a glob', async () => {
		writeFileSync(join(dist, 'statements', 'a', 'index.html'), '<html lang="en"><body><article data-pagefind-body data-sort-date="2025-01-01">old</article></body></html>');
		writeFileSync(join(dist, 'statements', 'b', 'index.html'), '<html lang="en"><body><article data-pagefind-body data-sort-date="2026-01-01">new</article></body></html>');
		index.addDirectory.mockResolvedValue({ errors: [], page_count: 1 });
		const before = readdirSync(dist, { recursive: true }).sort();
		await expect(buildIndex(dist, logger(), 1)).resolves.toEqual({ 'statements part 0': 1, 'statements part 1': 1, sources: 1 });
		// The newest statement is in part 0; every part is read from the site itself, so its addresses are the pages'.
		const globs = index.addDirectory.mock.calls.map(([o]) => o).filter((o) => o.glob.startsWith('statements'));
		expect(globs.sort((x, y) => x.glob.localeCompare(y.glob))).toEqual([
			{ path: dist, glob: 'statements/{a}/index.html' },
			{ path: dist, glob: 'statements/{b}/index.html' },
		]);
		const entry = (path: string) => JSON.parse(readFileSync(join(dist, 'pagefind', path, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
		expect([entry(''), entry('part-1'), entry('reports')]).toEqual([1, 1, 1]);
		// Nothing is made beside the site's pages but the index.
		expect(readdirSync(dist, { recursive: true }).sort().filter((f) => !String(f).startsWith('pagefind'))).toEqual(before.filter((f) => !String(f).startsWith('pagefind')));
	});

	it('takes a written page\'s mark and date from its writer\'s notes, not from the page; notes made for another folder count for nothing', async () => {
		// The pages carry no date: only the notes can split them by date.
		const note = (sortDate: string) => ({ record: true, sortDate, policy: undefined });
		const html = ['index.html', join('about', 'index.html'), join('sources', 'report', 'index.html'), join('statements', 'a', 'index.html'), join('statements', 'b', 'index.html')];
		const written = { dir: dist, pages: new Map([[join('statements', 'a', 'index.html'), note('2025-01-01')], [join('statements', 'b', 'index.html'), note('2026-01-01')]]), html };
		index.addDirectory.mockResolvedValue({ errors: [], page_count: 1 });
		await expect(buildIndex(dist, logger(), 1, 1, written)).resolves.toEqual({ 'statements part 0': 1, 'statements part 1': 1, sources: 1 });
		expect(index.addDirectory).toHaveBeenCalledWith({ path: dist, glob: 'statements/{b}/index.html' });
		await expect(buildIndex(dist, logger(), 1, 1, { ...written, dir: join(dist, 'x') })).rejects.toThrow('without data-sort-date');
		// The index takes its pages from the writer's listing: a marked page written after it is not looked at, unless the listing is of another folder.
		mkdirSync(join(dist, 'stray'));
		writeFileSync(join(dist, 'stray', 'index.html'), '<p data-pagefind-body>later</p>');
		await expect(buildIndex(dist, logger(), 1, 1, written)).resolves.toEqual({ 'statements part 0': 1, 'statements part 1': 1, sources: 1 });
		await expect(buildIndex(dist, logger(), 1, 1, { ...written, dir: join(dist, 'x') })).rejects.toThrow('stray/index.html carries data-pagefind-body');
		rmSync(join(dist, 'stray'), { recursive: true });
		// A page noted as no record is not counted as one, though it carries the mark: Pagefind then indexes one more than expected.
		const notRecord = { dir: dist, pages: new Map([[join('statements', 'a', 'index.html'), { record: false, sortDate: null, policy: undefined }]]), html };
		await expect(buildIndex(dist, logger(), 4000, 1, notRecord)).rejects.toThrow('Pagefind indexed 2 pages of statements/, but 1 pages there carry data-pagefind-body');
	});

	it('names a part\'s pages in one glob, and refuses a path a glob would misread', () => {
		expect(partGlobs('statements', [join('statements', 'a-1', 'index.html'), join('statements', 'b', 'index.html')])).toEqual(['statements/{a-1,b}/index.html']);
		for (const id of ['a,b', 'a{b}', 'a*', 'a$', 'a<b:1>', '(?i)a', 'ä', 'A', 'a--b']) expect(() => partGlobs('statements', [join('statements', id, 'index.html')])).toThrow(`statements/${id}/index.html cannot be named in a Pagefind glob`);
		expect(() => partGlobs('statements', [join('sources', 'a', 'index.html')])).toThrow('a record must be statements/<id>/index.html');
		expect(() => partGlobs('statements', [join('statements', 'a', 'b', 'index.html')])).toThrow('a record must be statements/<id>/index.html');
		expect(() => partGlobs('statements', [join('statements', 'a', 'page.html')])).toThrow('a record must be statements/<id>/index.html');
	});

	it('names a part\'s pages in several globs, in order, when one would be longer than Pagefind parses', () => {
		const pages = Array.from({ length: 50 }, (_, i) => join('statements', `speaker-${i}-2025-01-02-a-statement`, 'index.html'));
		const named = (globs: string[]) => globs.flatMap((g) => g.slice('statements/{'.length, -'}/index.html'.length).split(','));
		const whole = named(partGlobs('statements', pages));
		expect(whole).toHaveLength(50);
		for (const max of [60, 100, 500, 1000]) {
			const globs = partGlobs('statements', pages, max);
			expect(globs.length).toBeGreaterThan(1);
			for (const g of globs) expect(g.length).toBeLessThanOrEqual(max);
			expect(named(globs)).toEqual(whole);
		}
		// A limit exactly the length of the one glob keeps it whole; a character less splits it.
		const one = partGlobs('statements', pages)[0]!;
		expect(partGlobs('statements', pages, one.length)).toEqual([one]);
		expect(partGlobs('statements', pages, one.length - 1)).toHaveLength(2);
		// A name longer than the limit is named alone rather than dropped.
		expect(named(partGlobs('statements', pages, 10))).toEqual(whole);
	});

	it('refuses to split statements that have no sort date', async () => {
		await expect(buildIndex(dist, logger(), 1)).rejects.toThrow('statements/a/index.html, statements/b/index.html are search records without data-sort-date, by which the index is split into parts');
	});

	it('refuses a search record outside the statements and reports folders', async () => {
		mkdirSync(join(dist, 'about', 'x'), { recursive: true });
		writeFileSync(join(dist, 'about', 'x', 'index.html'), '<p data-pagefind-body>stray</p>');
		await expect(buildIndex(dist, logger())).rejects.toThrow(`about/x/index.html carries data-pagefind-body, but only pages under statements/ and sources/ are search records`);
	});

	it('stops the build with every message Pagefind reports, and still closes it', async () => {
		index.addDirectory.mockResolvedValue({ errors: ['bad.html: could not parse', 'x.html: too big'], page_count: 0 });
		const log = logger();
		await expect(buildIndex(dist, log)).rejects.toThrow(/^Pagefind failed to index (statements|sources)\/: bad.html: could not parse; x.html: too big$/);
		expect(log.error).toHaveBeenCalledTimes(4);
		expect(index.getFiles).not.toHaveBeenCalled();
		expect(pagefind.close).toHaveBeenCalledTimes(1);
	});

	it('fails when building the files fails, when no index is created, or when there is nothing to index', async () => {
		index.getFiles.mockResolvedValue({ errors: ['out of memory'], files: [] });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind failed to build the index: out of memory');
		index.getFiles.mockResolvedValue({ errors: [], files: BUNDLE.filter((f) => f.path !== 'pagefind-entry.json') });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind built no pagefind-entry.json');
		index.getFiles.mockResolvedValue({ errors: [], files: bundleFor(1) });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind indexed 1 pages of statements/, but 2 pages there carry data-pagefind-body');
		vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['no binary'] });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind failed to create the index: no binary');
		for (const dir of ['statements', 'sources']) rmSync(join(dist, dir), { recursive: true });
		await expect(buildIndex(dist, logger())).rejects.toThrow(`Pagefind found no pages to index in ${dist}: no page has data-pagefind-body`);
		// Closed after each of the four failures that had started Pagefind; the last never started it.
		expect(pagefind.close).toHaveBeenCalledTimes(4);
		expect(existsSync(join(dist, 'pagefind', 'stale.pf_index'))).toBe(false);
	});
});

describe('serving the last built index in development', () => {
	it('serves files under /pagefind/ from the bundle folder, and passes everything else on', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
		mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
		writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {}');
		writeFileSync(join(dir, 'pagefind', 'fragment', 'a.pf_fragment'), 'x');
		writeFileSync(join(dir, 'secret.txt'), 'no');
		const handler = servePagefindBundle(join(dir, 'pagefind'));
		const server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end('next')));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const js = await fetch(`${origin}/pagefind/pagefind.js`);
			expect(js.status).toBe(200);
			expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
			expect(await js.text()).toBe('export {}');
			expect((await fetch(`${origin}/pagefind/fragment/a.pf_fragment`)).headers.get('content-type')).toBe('application/octet-stream');
			expect((await fetch(`${origin}/pagefind/missing.js`)).status).toBe(404);
			expect((await fetch(`${origin}/pagefind/%2e%2e/secret.txt`)).status).toBe(404);
			expect((await fetch(`${origin}/search/`)).status).toBe(404);
		} finally {
			server.close();
		}
	});
});
