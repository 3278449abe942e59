/**
 * Writes dist/_headers (Netlify and Cloudflare Pages format) after the build: the same
 * Content-Security-Policy the pages carry in their <meta>, as an HTTP header (union of every
 * page's hashes), plus headers that keep referrers and MIME sniffing in check.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** Merges the CSP of many pages: directives in first-seen order, sources de-duplicated. */
export function mergePolicies(policies: readonly string[]): string {
	const merged = new Map<string, string[]>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const list = merged.get(name) ?? [];
			for (const s of sources) if (!list.includes(s)) list.push(s);
			merged.set(name, list);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export default function headers(): AstroIntegration {
	return {
		name: 'gw-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies = readdirSync(out, { recursive: true, encoding: 'utf8' })
					.filter((f) => f.endsWith('.html'))
					.map((f) => META.exec(readFileSync(join(out, f), 'utf8'))?.[1])
					.filter((p): p is string => !!p);
				if (policies.length === 0) throw new Error('No page carries a Content-Security-Policy; is security.csp on?');
				const lines = ['/*', `  Content-Security-Policy: ${mergePolicies(policies)}`, '  Referrer-Policy: strict-origin-when-cross-origin', '  X-Content-Type-Options: nosniff', ''];
				writeFileSync(join(out, '_headers'), lines.join('\n'));
				logger.info(`_headers: CSP from ${policies.length} pages`);
			},
		},
	};
}
