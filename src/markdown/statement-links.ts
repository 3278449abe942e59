/**
 * remark plugin: lets an editor link a statement from an article summary by its id,
 * `[what Trump said](statement:trump-2025-02-26-europe-do-that)`, and turns the link into
 * the statement's permanent address. The ids are checked by the content loader (through
 * `scanMarkdown`) before anything renders, so a typo stops the build with its file.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { STATEMENT_LINK_PREFIX as PREFIX } from '../lib/content/markdown-scan.ts';
import { statementPath } from '../lib/routes.ts';

/** Rewrites `statement:<id>` link targets to `/statements/<id>/`. */
export default function remarkStatementLinks() {
	return (tree: Root): undefined => {
		visit(tree, 'link', (node: Link) => {
			if (node.url.startsWith(PREFIX)) node.url = statementPath(node.url.slice(PREFIX.length));
		});
	};
}
