/**
 * `npm run dev` is the editor's loop: an article edited in content/ shows on the open page
 * without a restart, and a broken edit is reported with its file while the last good page
 * stays. Runs `astro dev` on a copy of the fixture content, on a free local port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gw-dev-'));
const article = join(dir, 'content/articles/example-com-first-report.md');
const page = '/statements/ada-lovelace-2025-03-01-engine/';
let server: ChildProcess;
let port = 0;
let output = '';

function freePort(): Promise<number> {
	return new Promise((done) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port: p } = s.address() as { port: number };
			s.close(() => done(p));
		});
	});
}

async function fetchPage(): Promise<string> {
	const res = await fetch(`http://127.0.0.1:${port}${page}`);
	return res.text();
}

/** Polls the page until `test` holds (the watcher needs a moment), or gives up after `ms`. */
async function waitFor(test: (html: string) => boolean, ms: number): Promise<string> {
	const end = Date.now() + ms;
	let html = '';
	while (Date.now() < end) {
		try {
			html = await fetchPage();
			if (test(html)) return html;
		} catch {
			// the server is still starting
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return html;
}

/** The editor's environment: without Vitest's own variables, which make Astro's dev server skip its routes. */
function editorEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

beforeAll(async () => {
	cpSync('tests/fixtures/content', join(dir, 'content'), { recursive: true });
	port = await freePort();
	server = spawn('node_modules/.bin/astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
		env: { ...editorEnv(), CONTENT_DIR: join(dir, 'content'), GW_CACHE_DIR: join(dir, 'cache'), GW_OG_IMAGES: '0' },
		detached: true,
	});
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	const first = await waitFor((html) => html.includes('Our words about the lecture.'), 90_000);
	expect(`${first}\n${output}`).toContain('Our words about the lecture.');
}, 120_000);

afterAll(() => {
	// The server and its children, by process group: never by name.
	if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

it('shows an edited article without a restart', async () => {
	writeFileSync(article, readFileSync(article, 'utf8').replace('Our words about the lecture.', 'Our words, edited while the server ran.'));
	const html = await waitFor((h) => h.includes('Our words, edited while the server ran.'), 30_000);
	expect(html, output).toContain('Our words, edited while the server ran.');
}, 60_000);

it('reports a broken edit with its file and field, and keeps the last good page', async () => {
	writeFileSync(article, readFileSync(article, 'utf8').replace('position: supports', 'position: favours'));
	const end = Date.now() + 30_000;
	while (!output.includes('"favours" is not one of the positions') && Date.now() < end) await new Promise((r) => setTimeout(r, 500));
	expect(output, output).toContain('articles/example-com-first-report.md: statements[id=ada-lovelace-2025-03-01-engine].position: "favours" is not one of the positions');
	expect(await fetchPage()).toContain('Our words, edited while the server ran.');
}, 60_000);
