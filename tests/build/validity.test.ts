/**
 * Third-party checks of the built site: the W3C Nu HTML validator on every page, and
 * linkinator on every internal link, asset and #fragment (external links are not fetched).
 */
import { execFileSync } from 'node:child_process';
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { allPages } from './helpers.ts';

describe('HTML validity (W3C Nu validator, vnu-jar)', () => {
	it('every built page has zero errors', () => {
		const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
		let output = '';
		try {
			execFileSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', 'dist'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		} catch (error) {
			// vnu exits 1 when it finds errors and writes its JSON report to stderr.
			output = (error as { stderr?: string }).stderr ?? String(error);
		}
		const messages = output ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] }).messages : [];
		expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
		expect(allPages().length).toBeGreaterThan(100);
	});
});

describe('links (linkinator)', () => {
	it('every internal link, asset and #fragment resolves', async () => {
		const result = await check({
			path: 'dist',
			recurse: true,
			checkFragments: true,
			// Only the site itself: anything not on linkinator's own local server is skipped, never fetched.
			linksToSkip: async (link) => !/^http:\/\/(localhost|127\.0\.0\.1):\d+\//.test(link) || link.startsWith('http://localhost:4321/'),
		});
		const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (from ${l.parent})`);
		expect(broken).toEqual([]);
		// Linkinator reports each distinct URL once: at least every page must have been reached.
		const checked = result.links.filter((l) => l.state === LinkState.OK).length;
		expect(checked).toBeGreaterThanOrEqual(allPages().length);
	});
});
