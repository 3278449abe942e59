/**
 * Our remark/rehype plugins inside Astro's real unified pipeline, on fixtures:
 * tests/markdown/fixtures/<case>/input.md → output.html (UPDATE=1 rewrites the outputs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/index.ts';
import { findStatementLinks } from '../../src/markdown/statement-links.ts';

const dir = 'tests/markdown/fixtures';
const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });

describe('article summary Markdown', () => {
	it.each(readdirSync(dir))('%s', async (name) => {
		const { code } = await processor.render(readFileSync(`${dir}/${name}/input.md`, 'utf8'));
		await expect(code).toMatchFileSnapshot(`fixtures/${name}/output.html`);
	});

	it('turns statement links into permanent addresses', async () => {
		const { code } = await processor.render('[x](statement:abc-1)');
		expect(code).toContain('href="/statements/abc-1/"');
		expect(findStatementLinks('[x](statement:abc-1) and [y](https://e.com) [z](statement:def)')).toEqual(['abc-1', 'def']);
	});

	it('marks external links and keeps referrers private', async () => {
		const { code } = await processor.render('[x](https://example.com/)');
		expect(code).toContain('rel="external noopener noreferrer"');
		expect(code).toContain('(external site)');
	});

	it('removes scripts, event handlers and javascript: links from raw HTML', async () => {
		const { code } = await processor.render(readFileSync(`${dir}/raw-html/input.md`, 'utf8'));
		expect(code).not.toMatch(/<script|onerror|javascript:/i);
	});
});
