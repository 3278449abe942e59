/**
 * Astro loaders for the four collections. All four read the same checked content (one
 * pass over `content/`, shared through a promise), so the build and `npm run validate` apply
 * identical rules. A content error stops the build with the same located lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ENV } from '../env.ts';
import { formatContentError } from '../lib/content/errors.ts';
import { type LoadedContent, loadContentDir, lockFor } from '../lib/content/load.ts';

/** The content folder: `content/` unless CONTENT_DIR names another (benchmarks, fixtures). */
export const contentDir = ENV.contentDir;

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
 * The checked content for one of the four loaders. Once all four have it, the shared copy
 * is dropped: Astro's store holds what the pages need, and keeping a second copy of a large
 * record for the whole build only raised peak memory.
 */
async function take(): Promise<LoadedContent> {
	if (waiting === 0) waiting = 4;
	const content = await checkedContent();
	if (--waiting === 0) pending = undefined;
	return content;
}

type Context = Parameters<Loader['load']>[0];

/**
 * A loader over the checked content. Under `astro dev` it also watches content/: an edited,
 * added or removed file re-reads the content (once, shared by the four loaders) and refills
 * the collection, so the page shows the edit without a restart. A content error is printed
 * with its file and field and the last good content stays.
 */
function contentLoader(name: string, fill: (content: LoadedContent, ctx: Context) => Promise<void>): Loader {
	return {
		name,
		load: async (ctx) => {
			await fill(await take(), ctx);
			const { watcher, logger } = ctx;
			if (!watcher) return;
			const root = resolve(contentDir);
			watcher.add(root);
			const reload = async (path: string) => {
				if (!resolve(path).startsWith(root)) return;
				pending = undefined;
				waiting = 0;
				try {
					await fill(await take(), ctx);
				} catch (e) {
					logger.error(e instanceof Error ? e.message : String(e));
				}
			};
			for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, (path: string) => void reload(path));
		},
	};
}

/** Refills a collection: each entry checked by its schema, its Markdown body (if any) rendered. */
async function fillStore(ctx: Context, entries: Iterable<readonly [string, object, string?]>): Promise<void> {
	ctx.store.clear();
	for (const [id, value, rawBody] of entries) {
		const data = await ctx.parseData({ id, data: value as Record<string, unknown> });
		const body = rawBody?.trim();
		ctx.store.set(body ? { id, data, body, rendered: await ctx.renderMarkdown(body) } : { id, data });
	}
}

export function speakersLoader(): Loader {
	return contentLoader('gw-speakers', ({ speakers }, ctx) => fillStore(ctx, speakers));
}

export function articlesLoader(): Loader {
	return contentLoader('gw-articles', ({ articles }, ctx) => fillStore(ctx, [...articles].map(([id, a]) => [id, a.data, a.body] as const)));
}

export function statementsLoader(): Loader {
	return contentLoader('gw-statements', ({ statements }, ctx) => fillStore(ctx, statements));
}

export function eventsLoader(): Loader {
	return contentLoader('gw-events', ({ events }, ctx) => fillStore(ctx, [...events].map(([id, e]) => [id, e.data, e.body] as const)));
}

/**
 * Documents of ours published as pages' text: content/codebook.md (the methodology page's
 * codebook). Rendered by the same Markdown pipeline as article summaries.
 */
export function documentsLoader(): Loader {
	return {
		name: 'gw-documents',
		load: async ({ store, renderMarkdown, watcher }) => {
			store.clear();
			for (const id of ['codebook']) {
				const path = join(contentDir, `${id}.md`);
				if (!existsSync(path)) continue;
				// The document sits under the page's own h2: its headings move one level down.
				const body = readFileSync(path, 'utf8').replace(/^(#{2,5}) /gm, '#$1 ');
				store.set({ id, data: {}, body, rendered: await renderMarkdown(body) });
			}
			watcher?.add(join(contentDir, 'codebook.md'));
		},
	};
}
