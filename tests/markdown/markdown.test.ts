/**
 * Our remark/rehype plugins inside Astro's real unified pipeline, on fixtures:
 * tests/markdown/fixtures/<case>/input.md → output.html (UPDATE=1 rewrites the outputs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/index.ts';
import { scanMarkdown } from '../../src/lib/content/markdown-scan.ts';

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
		expect(scanMarkdown('[x](statement:abc-1) and [y](https://e.com) [z](statement:def)').statementLinks).toEqual(['abc-1', 'def']);
		expect(scanMarkdown('text <b>bold</b>').rawHtml).toBe('<b>');
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

describe('raw HTML payloads in summaries are neutralised', () => {
	it.each([
		['script element', '<script>alert(1)</script>', /<script/i],
		['image with an onerror handler', '<img src="x" onerror="alert(1)">', /onerror/i],
		['javascript: link', '[click](javascript:alert(1))', /javascript:/i],
		['javascript: link in raw HTML', '<a href="javascript:alert(1)">click</a>', /javascript:/i],
		['data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /data:/i],
		['iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe/i],
		['SVG with a script', '<svg><script>alert(1)</script></svg>', /<svg|<script/i],
		['style attribute', '<p style="background:url(https://evil.example/x)">hi</p>', /style=/i],
		['form', '<form action="https://evil.example/"><input name="x"></form>', /<form|<input/i],
		['object', '<object data="https://evil.example/x.swf"></object>', /<object/i],
	])('%s', async (_name, markdown, forbidden) => {
		const { code } = await processor.render(`Before.\n\n${markdown}\n\nAfter.`);
		expect(code).not.toMatch(forbidden);
		expect(code).toContain('Before.');
		expect(code).toContain('After.');
	});
});
