/**
 * Renaming a published statement id, end to end: the build refuses until a redirect is
 * declared, then serves the old address as a redirect page to the new one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a renamed id needs a redirect, and then its old address redirects', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gw-rename-'));
	const content = join(dir, 'content');
	cpSync('tests/fixtures/content', content, { recursive: true });
	const lock = join(dir, 'permalinks.lock');
	writeFileSync(lock, '/statements/ada-lovelace-2025-03-01-engine/\n');
	for (const f of readdirSync(join(content, 'articles'))) {
		const file = join(content, 'articles', f);
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll('ada-lovelace-2025-03-01-engine', 'ada-lovelace-2025-03-01-analytical-engine'));
	}
	const out = join(dir, 'dist');
	const env = { ...process.env, CONTENT_DIR: content, PERMALINKS_LOCK: lock, GW_OUT_DIR: out, GW_CACHE_DIR: join(dir, 'cache'), GW_OG_IMAGES: '0' };

	const refused = spawnSync('node', ['scripts/validate.ts', content], { encoding: 'utf8', env });
	expect(refused.status).toBe(1);
	expect(refused.stderr).toContain('permalinks.lock: /statements/ada-lovelace-2025-03-01-engine/: was published and would disappear');

	writeFileSync(join(content, 'redirects.yaml'), '- from: /statements/ada-lovelace-2025-03-01-engine/\n  to: /statements/ada-lovelace-2025-03-01-analytical-engine/\n  reason: renamed\n');
	const built = spawnSync('astro', ['build'], { encoding: 'utf8', env });
	expect(built.status, built.stderr).toBe(0);
	const html = readFileSync(join(out, 'statements/ada-lovelace-2025-03-01-engine/index.html'), 'utf8');
	expect(html).toContain('<meta http-equiv="refresh" content="0; url=/statements/ada-lovelace-2025-03-01-analytical-engine/">');
	expect(html).toContain('href="/statements/ada-lovelace-2025-03-01-analytical-engine/"');
});
