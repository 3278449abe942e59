import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const index = {
	addDirectory: vi.fn(),
	getFiles: vi.fn(),
	writeFiles: vi.fn(),
};
vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => ({ errors: [], index })),
	close: vi.fn(async () => null),
}));

const pagefind = await import('pagefind');
const { buildIndex, servePagefindBundle } = await import('../../src/integrations/pagefind.ts');

function logger() {
	return { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const BUNDLE = [
	{ path: 'pagefind.js', content: bytes('export {}') },
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
		vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: index as never });
		index.addDirectory.mockResolvedValue({ errors: [], page_count: 4 });
		index.getFiles.mockResolvedValue({ errors: [], files: BUNDLE });
	});
	afterEach(() => vi.clearAllMocks());

	it('has Pagefind read only the folders that hold records, writes the whole bundle (not Pagefind’s own UIs), logs the count and closes Pagefind', async () => {
		const log = logger();
		await expect(buildIndex(dist, log)).resolves.toBe(3);
		expect(index.addDirectory).toHaveBeenCalledWith({ path: dist, glob: '{sources,statements}/**/*.html' });
		expect(index.writeFiles).not.toHaveBeenCalled();
		const out = join(dist, 'pagefind');
		expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['fragment', 'fragment/en_1.pf_fragment', 'pagefind-entry.json', 'pagefind.js']);
		expect(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')).toBe(new TextDecoder().decode(BUNDLE[1]!.content));
		expect(log.info).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^indexed 3 pages into ${out} \\(3 files\\) in \\d+ ms`)));
		expect(pagefind.close).toHaveBeenCalledTimes(1);
	});

	it('stops the build with every message Pagefind reports, and still closes it', async () => {
		index.addDirectory.mockResolvedValue({ errors: ['bad.html: could not parse', 'x.html: too big'], page_count: 0 });
		const log = logger();
		await expect(buildIndex(dist, log)).rejects.toThrow(`Pagefind failed to index ${dist}: bad.html: could not parse; x.html: too big`);
		expect(log.error).toHaveBeenCalledTimes(2);
		expect(index.getFiles).not.toHaveBeenCalled();
		expect(pagefind.close).toHaveBeenCalledTimes(1);
	});

	it('fails when building the files fails, when no index is created, or when there is nothing to index', async () => {
		index.getFiles.mockResolvedValue({ errors: ['out of memory'], files: [] });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind failed to build the index: out of memory');
		index.getFiles.mockResolvedValue({ errors: [], files: BUNDLE.filter((f) => f.path !== 'pagefind-entry.json') });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind built no pagefind-entry.json');
		index.getFiles.mockResolvedValue({ errors: [], files: BUNDLE.map((f) => (f.path === 'pagefind-entry.json' ? { ...f, content: bytes('{"languages":{"en":{"hash":"en_1","page_count":2}}}') } : f)) });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind indexed 2 pages, but 3 pages carry data-pagefind-body');
		vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['no binary'] });
		await expect(buildIndex(dist, logger())).rejects.toThrow('Pagefind failed to create the index: no binary');
		for (const dir of ['statements', 'sources']) rmSync(join(dist, dir), { recursive: true });
		await expect(buildIndex(dist, logger())).rejects.toThrow(`Pagefind found no pages to index in ${dist}: no page has data-pagefind-body`);
		expect(pagefind.close).toHaveBeenCalledTimes(5);
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
