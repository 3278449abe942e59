/**
 * Builds the search index with Pagefind's Node API once Astro has written the site
 * (`astro:build:done`), into `<outDir>/pagefind/`. Any error Pagefind reports stops the build.
 *
 * The bundle is taken from `getFiles()` and written here, not by Pagefind's `writeFiles()`:
 * with 1.5.2, `writeFiles()` resolved before its files were complete, and `close()` right
 * after left some of them empty (seen: a 0-byte pagefind-entry.json, so search was dead).
 * Writing them ourselves also leaves out Pagefind's ready-made UIs, which this site does not use.
 *
 * While editing (`astro dev`), the dev server serves the index of the last build from
 * `<outDir>/pagefind/`, so /search/ works against the last built content (see README).
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** The URL path the index is served from: the search page loads `/pagefind/pagefind.js`. */
export const PAGEFIND_PATH = '/pagefind/';

/** Throws with every message Pagefind returned, so a broken index never ships silently. */
function assertNoErrors(step: string, response: { errors: string[] }, logger: AstroIntegrationLogger): void {
	if (response.errors.length === 0) return;
	for (const message of response.errors) logger.error(`${step}: ${message}`);
	throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

/** Pagefind's own search interfaces (default, modular, component UI, highlighter): /search/ has its own. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes every HTML file under `dir` and writes the bundle to `dir/pagefind/`. Returns the page count. */
export async function buildIndex(dir: string, logger: AstroIntegrationLogger): Promise<number> {
	const started = performance.now();
	try {
		const created = await pagefind.createIndex({});
		assertNoErrors('create the index', created, logger);
		const { index } = created;
		if (!index) throw new Error('Pagefind failed to create the index: no index returned');
		const added = await index.addDirectory({ path: dir });
		assertNoErrors(`index ${dir}`, added, logger);
		if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
		const built = await index.getFiles();
		assertNoErrors('build the index', built, logger);
		const outputPath = join(dir, 'pagefind');
		rmSync(outputPath, { recursive: true, force: true });
		const files = built.files.filter((f) => !UNUSED_UI.test(f.path));
		if (!files.some((f) => f.path === 'pagefind-entry.json')) throw new Error('Pagefind built no pagefind-entry.json');
		for (const file of files) {
			const target = join(outputPath, file.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, file.content);
		}
		logger.info(`indexed ${added.page_count} pages into ${outputPath} (${files.length} files) in ${Math.round(performance.now() - started)} ms`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
};

/**
 * A dev-server handler for `/pagefind/*` that serves the files of the last build from
 * `bundleDir`; anything else, or a file that does not exist, goes to the next handler.
 */
export function servePagefindBundle(bundleDir: string) {
	const root = resolve(bundleDir);
	return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (!pathname.startsWith(PAGEFIND_PATH)) return next();
		const file = resolve(root, pathname.slice(PAGEFIND_PATH.length));
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
		res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
		res.setHeader('Cache-Control', 'no-store');
		createReadStream(file).pipe(res);
	};
}

/** The Astro integration: index after the build; serve the last built index in dev. */
export default function pagefindIntegration(): AstroIntegration {
	let outDir = 'dist';
	return {
		name: 'guarantee-watch:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				const bundle = join(outDir, 'pagefind');
				if (!existsSync(bundle)) logger.warn(`no search index in ${bundle}: run \`npm run build\` once so /search/ works in dev`);
				server.middlewares.use(servePagefindBundle(bundle));
			},
			'astro:build:done': async ({ dir, logger }) => {
				await buildIndex(fileURLToPath(dir), logger);
			},
		},
	};
}
