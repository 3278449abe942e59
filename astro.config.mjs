// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';

export default defineConfig({
	// The address pages cite as permanent; set SITE_URL when deploying.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7's default processor ignores remark plugins: use the unified pipeline explicitly.
	markdown: { processor: unified({ remarkPlugins, rehypePlugins }) },
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	// The search index: Pagefind runs after the build and writes dist/pagefind/.
	integrations: [pagefind()],
	// No request may leave the site: no prefetch scripts, no remote images.
	prefetch: false,
});
