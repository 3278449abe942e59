/**
 * `npm run audit`: builds, serves and runs Lighthouse (Debian Chromium, offline, mobile
 * emulation) on the timeline, a statement page, a speaker page, /positions/ and /search/ if it exists.
 * Writes reports/lighthouse/<page>.report.{json,html} and reports/lighthouse/summary.md with
 * the four scores per page and every failing audit. Too slow for `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withPreview } from './preview-server.ts';

const PAGES: Record<string, string> = {
	timeline: '/',
	statement: '/statements/trump-2025-02-26-europe-do-that/',
	speaker: '/speakers/donald-trump/',
	positions: '/positions/',
};
if (existsSync('dist/search/index.html')) PAGES.search = '/search/';

const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const out = 'reports/lighthouse';
mkdirSync(out, { recursive: true });

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
}

const rows: string[] = [];
const failing: string[] = [];
await withPreview(4331, async (origin) => {
	for (const [name, path] of Object.entries(PAGES)) {
		execFileSync(
			'lighthouse',
			[`${origin}${path}`, '--quiet', '--output=json', '--output=html', `--output-path=${out}/${name}`, `--chrome-flags=${FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`],
			{ env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: 'inherit' },
		);
		const report = JSON.parse(readFileSync(`${out}/${name}.report.json`, 'utf8')) as Report;
		const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
		rows.push(`| ${name} (\`${path}\`) | ${scores.join(' | ')} |`);
		for (const c of CATEGORIES) {
			for (const ref of report.categories[c]?.auditRefs ?? []) {
				const audit = report.audits[ref.id];
				if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0 && audit.scoreDisplayMode !== 'informative') {
					failing.push(`- ${name} · ${c} · \`${ref.id}\` (${audit.score}): ${audit.title}`);
				}
			}
		}
	}
});

const summary = [
	`# Lighthouse (mobile emulation, simulated throttling), ${new Date().toISOString().slice(0, 10)}`,
	'',
	`| page | ${CATEGORIES.join(' | ')} |`,
	`| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`,
	...rows,
	'',
	'## Audits below full score',
	'',
	...(failing.length ? failing : ['None.']),
	'',
].join('\n');
writeFileSync(`${out}/summary.md`, summary);
console.log(summary);
