/**
 * rehype plugin: links that leave the site say so. They get `rel="external noopener noreferrer"`
 * (no referrer leaks which page a reader came from) and a visually hidden "(external site)"
 * so screen-reader users hear it too. Runs after sanitising, which would strip these.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeExternalLinks() {
	return (tree: Root): undefined => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			const href = node.properties.href;
			if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
			node.properties.rel = ['external', 'noopener', 'noreferrer'];
			node.properties.className = ['external'];
			node.children.push({
				type: 'element',
				tagName: 'span',
				properties: { className: ['visually-hidden'] },
				children: [{ type: 'text', value: ' (external site)' }],
			});
		});
	};
}
