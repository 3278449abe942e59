// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import sitemap from './src/integrations/sitemap.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';

export default defineConfig({
	// The address pages cite as permanent; set SITE_URL when deploying.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// scripts/build.ts builds into a fresh folder and swaps it into dist/ only on success.
	outDir: process.env.GW_OUT_DIR ?? 'dist',
	trailingSlash: 'always',
	integrations: [sitemap()],
	build: { format: 'directory' },
	// Astro 7's default processor ignores remark plugins: use the unified pipeline explicitly.
	markdown: { processor: unified({ remarkPlugins, rehypePlugins }) },
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	// No request may leave the site: no prefetch scripts, no remote images.
	prefetch: false,
});
