/**
 * What the content checks need from an article summary's Markdown, read in one parse: the
 * statements it links (`[words](statement:<id>)`, which must exist) and the first raw HTML
 * (refused: summaries are Markdown only). The remark plugin in src/markdown/ rewrites the same
 * links when the summary is rendered.
 */
import type { Html, Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/** How an editor writes a link to a statement: `statement:` and its id. */
export const STATEMENT_LINK_PREFIX = 'statement:';

export interface MarkdownScan {
	/** Ids of every `statement:<id>` link, in order. */
	statementLinks: string[];
	/** The first raw HTML (an element or comment), if any. */
	rawHtml: string | undefined;
}

export function scanMarkdown(markdown: string): MarkdownScan {
	const scan: MarkdownScan = { statementLinks: [], rawHtml: undefined };
	visit(fromMarkdown(markdown), (node) => {
		if (node.type === 'link') {
			const { url } = node as Link;
			if (url.startsWith(STATEMENT_LINK_PREFIX)) scan.statementLinks.push(url.slice(STATEMENT_LINK_PREFIX.length));
		} else if (node.type === 'html') {
			scan.rawHtml ??= (node as Html).value;
		}
	});
	return scan;
}
