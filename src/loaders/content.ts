/**
 * Astro loaders for the three collections. All three read the same checked content (one
 * pass over `content/`, shared through a promise), so the build and `npm run validate` apply
 * identical rules. A content error stops the build with the same located lines.
 */
import type { Loader } from 'astro/loaders';
import { formatContentError } from '../lib/content/errors.ts';
import { type LoadedContent, loadContentDir, lockFor } from '../lib/content/load.ts';

/** The content folder: `content/` unless CONTENT_DIR names another (benchmarks, fixtures). */
export const contentDir = process.env['CONTENT_DIR'] ?? 'content';

let pending: Promise<LoadedContent> | undefined;
/** Loaders still to take the checked content; when none is left, it is let go (see `take`). */
let waiting = 0;

/** Raised when content is invalid; its message is the list of located problems, nothing else. */
export class ContentInvalidError extends Error {
	override name = 'ContentInvalidError';
}

function checkedContent(): Promise<LoadedContent> {
	pending ??= Promise.resolve().then(() => {
		const lock = lockFor(contentDir);
		const result = loadContentDir(contentDir, lock ? { lock } : {});
		if (result.ok) return result.content;
		const lines = result.errors.map(formatContentError);
		const error = new ContentInvalidError(`${lines.length} problem(s) in ${contentDir}/:\n${lines.join('\n')}`);
		error.stack = error.message; // an editor's error, not a program's: no stack trace
		throw error;
	});
	return pending;
}

/**
 * The checked content for one of the three loaders. Once all three have it, the shared copy
 * is dropped: Astro's store holds what the pages need, and keeping a second copy of a large
 * record for the whole build only raised peak memory.
 */
async function take(): Promise<LoadedContent> {
	if (waiting === 0) waiting = 3;
	const content = await checkedContent();
	if (--waiting === 0) pending = undefined;
	return content;
}

export function speakersLoader(): Loader {
	return {
		name: 'gw-speakers',
		load: async ({ store, parseData }) => {
			const { speakers } = await take();
			store.clear();
			for (const [id, speaker] of speakers) store.set({ id, data: await parseData({ id, data: speaker }) });
		},
	};
}

export function articlesLoader(): Loader {
	return {
		name: 'gw-articles',
		load: async ({ store, parseData, renderMarkdown }) => {
			const { articles } = await take();
			store.clear();
			for (const [id, article] of articles) {
				const data = await parseData({ id, data: article.data });
				const body = article.body.trim();
				store.set(body ? { id, data, body, rendered: await renderMarkdown(body) } : { id, data });
			}
		},
	};
}

export function statementsLoader(): Loader {
	return {
		name: 'gw-statements',
		load: async ({ store, parseData }) => {
			const { statements } = await take();
			store.clear();
			for (const [id, statement] of statements) store.set({ id, data: await parseData({ id, data: statement }) });
		},
	};
}
