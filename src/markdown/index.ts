/** The Markdown pipeline for article summaries, in order; astro.config.mjs passes it to `unified()`. */
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from './external-links.ts';
import remarkStatementLinks from './statement-links.ts';

export const remarkPlugins = [remarkStatementLinks];
// Sanitise first (summaries are editors' Markdown; raw HTML is never trusted), then mark links.
export const rehypePlugins = [rehypeSanitize, rehypeExternalLinks];
