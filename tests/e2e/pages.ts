/** Addresses of every built page, read from dist/ (the site under test). */
import { readdirSync } from 'node:fs';

export function builtPages(): string[] {
	return readdirSync('dist', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

/** One page of each kind, for checks that need a page type rather than every page. */
export const PAGE_TYPES = {
	timeline: '/',
	archive: '/timeline/2025/02/',
	statement: '/statements/trump-2025-02-26-europe-do-that/',
	speakers: '/speakers/',
	speaker: '/speakers/donald-trump/',
	sources: '/sources/',
	source: '/sources/axy-media-trump-signals-readiness-to-commit-u-s-support-for-ukraine-s-future/',
	about: '/about/',
	data: '/data/',
	search: '/search/',
} as const;
