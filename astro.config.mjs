// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import embeds from './src/integrations/embeds.ts';
import headers from './src/integrations/headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import shellPages from './src/integrations/shell-pages.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentStore from './src/integrations/content-store-module.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';
import { ENV, siteAddress } from './src/env.ts';
import { LANG } from './src/edition.ts';

// Each build keeps its own caches: the two editions build side by side (scripts/build.ts), and
// on a fresh machine two Vite dependency optimisers renaming into one node_modules/.vite/deps
// raced and failed a CI build (ENOTEMPTY).
const cacheDir = LANG === 'en' ? ENV.cacheDir : `${ENV.cacheDir}-${LANG}`;

const pages = shellPages();

export default defineConfig({
	// The address pages cite as permanent (SITE_URL, checked in src/env.ts); without it the
	// build is a preview at localhost and every page says so.
	site: siteAddress().url,
	// scripts/build.ts builds into a fresh folder and swaps it into dist/ only on success.
	outDir: ENV.outDir,
	// Builds of other content (tests, benchmarks) keep their own content cache.
	cacheDir,
	trailingSlash: 'always',
	// Pagefind indexes the built pages; the sitemap lists them; the headers read their policies.
	// GW_SEARCH_INDEX=0 leaves out the search index: only for the page-size test on a generated
	// record (tests/scale), where the index is not under test and costs a quarter of the build.
	// The embed cards (src/lib/embed.ts) are written last: Pagefind's scan for records and the
	// headers' reading of every page's policy then read their one shell, not every card.
	// The statement and report pages (src/lib/statement-page.ts) are written first, and their
	// writer notes what the index and the headers would read each of them for, so they do not
	// read those pages again; it also lists the site's pages once for the three of them, so
	// nothing between it and the headers may add or remove a page.
	// contentStore: in a build, the pages read Astro's content store from its file rather than
	// compile it as one module (src/integrations/content-store-module.ts says why).
	integrations: [contentStore(), pages, ...(ENV.searchIndex ? [pagefind({ written: pages.written })] : []), sitemap({ written: pages.written }), headers({ written: pages.written }), embeds()],
	// Render several pages at once: while one page's file is written the next renders. At
	// 5,000 statements this cut page generation from 30 s to 21 s (bench, 2 cores).
	build: { format: 'directory', concurrency: ENV.concurrency },
	// Astro 7's default processor ignores remark plugins: use the unified pipeline explicitly.
	markdown: { processor: unified({ remarkPlugins, rehypePlugins }), syntaxHighlight: false },
	// Content-Security-Policy in every page: scripts and styles only from this site or hashed
	// by the build, nothing from any other origin. Pagefind's search runs WebAssembly, hence
	// 'wasm-unsafe-eval' (it allows compiling WebAssembly, not JavaScript eval).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	// `astro dev` watches content/ and src/ only: built sites (dist/, .bench/ holds a 20,000-
	// statement one), reports and research notes would use up the machine's file watchers
	// (ENOSPC), and then an edited article no longer shows.
	// Browser scripts have no process.env: the edition's language is written into the code.
	vite: { cacheDir: `${cacheDir}/vite`, define: { __GW_LANG__: JSON.stringify(LANG) }, server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**', '**/.bench/**', '**/reports/**', '**/test-results/**', '**/research/**', '**/bench/**', '**/.git/**'] } } },
	// The search index: Pagefind runs after the build and writes dist/pagefind/.
	// No request may leave the site: no prefetch scripts, no remote images.
	prefetch: false,
});
