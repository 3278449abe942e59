/**
 * Builds the search index with Pagefind's Node API once Astro has written the site
 * (`astro:build:done`), into `<outDir>/pagefind/`. Any error Pagefind reports stops the build.
 *
 * While editing (`astro dev`), the dev server serves the index of the last build from
 * `<outDir>/pagefind/`, so /search/ works against the last built content (see README).
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
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
		const outputPath = join(dir, 'pagefind');
		assertNoErrors('write the index', await index.writeFiles({ outputPath }), logger);
		logger.info(`indexed ${added.page_count} pages into ${outputPath} in ${Math.round(performance.now() - started)} ms`);
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
