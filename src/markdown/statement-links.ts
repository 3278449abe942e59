/**
 * remark plugin: lets an editor link a statement from an article summary by its id,
 * `[what Trump said](statement:trump-2025-02-26-europe-do-that)`, and turns the link into
 * the statement's permanent address. The ids are checked by the content loader (through
 * `findStatementLinks`) before anything renders, so a typo stops the build with its file.
 */
import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { statementPath } from '../lib/routes.ts';

const PREFIX = 'statement:';

/** The permanent address of a statement page: made in src/lib/routes.ts, re-exported for the plugin's users. */
export { statementPath } from '../lib/routes.ts';

/** Ids of every `statement:<id>` link in a Markdown text, in order. */
export function findStatementLinks(markdown: string): string[] {
	const ids: string[] = [];
	visit(fromMarkdown(markdown), 'link', (node: Link) => {
		if (node.url.startsWith(PREFIX)) ids.push(node.url.slice(PREFIX.length));
	});
	return ids;
}

/** The first raw HTML in a Markdown text (an element or comment), or undefined. */
export function findRawHtml(markdown: string): string | undefined {
	let found: string | undefined;
	visit(fromMarkdown(markdown), 'html', (node: { value: string }) => {
		found ??= node.value;
	});
	return found;
}

/** Rewrites `statement:<id>` link targets to `/statements/<id>/`. */
export default function remarkStatementLinks() {
	return (tree: Root): undefined => {
		visit(tree, 'link', (node: Link) => {
			if (node.url.startsWith(PREFIX)) node.url = statementPath(node.url.slice(PREFIX.length));
		});
	};
}
