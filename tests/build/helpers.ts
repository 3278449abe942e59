/** Shared by the build-output tests: the built site in dist/ and the content it was built from. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { loadContentDir } from '../../src/lib/content/load.ts';

export const DIST = 'dist';

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

/** The content the site was built from, read independently of the build. */
export function content() {
	const result = loadContentDir(process.env.CONTENT_DIR ?? 'content');
	if (!result.ok) throw new Error('content/ is invalid; run npm run validate');
	return result.content;
}

/** Parses a built page by its address, e.g. `/statements/x/`. */
export function page(path: string) {
	const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
	return cheerio.load(readFileSync(file, 'utf8'));
}

/** Every HTML file in dist/, as site addresses. */
export function allPages(): string[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`)
		.sort();
}
