import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeEmbeds } from '../../src/integrations/embeds.ts';
import { embedCard, fillShell, SHELL, SHELL_ID } from '../../src/lib/embed.ts';
import { escapeText } from '../../src/lib/html.ts';
import { statementCardView } from '../../src/lib/statement-view.ts';
import { makeStatement } from './factory.ts';

const site = new URL('https://watch.example');
const context = { lang: 'en' as const, site, siteName: 'Guarantee Watch', preview: false };
/** A quote with every character HTML gives a meaning to, and a typewriter apostrophe that must stay one. */
const quote = `We won't <b>sign</b> "anything" & that's that`;
const statement = makeStatement('ada-2025-03-01-sign', '2025-03-01', { quote });
const view = statementCardView(statement, { name: 'Ada <Lovelace>' }, null);

/** A shell as the build's Astro renders it: the placeholders where the card goes. */
const shell = `<!DOCTYPE html><html lang="en"><head><title>${SHELL.title}</title><link rel="canonical" href="${SHELL.canonical}"></head><body><main>${SHELL.main}</main></body></html>`;

describe('the embed card', () => {
	const card = embedCard(view, context);

	it('prints the quote as escaped text, byte for byte once unescaped, never as markup', () => {
		expect(card.main).toContain(`<blockquote cite="${statement.sources[0]!.url}"><p>We won&#39;t &lt;b&gt;sign&lt;/b&gt; &quot;anything&quot; &amp; that&#39;s that</p></blockquote>`);
		expect(card.main).not.toContain('<b>');
		expect(card.main).toContain('Ada &lt;Lovelace&gt;');
	});

	it('opens every link in the top window and links back to the permanent page', () => {
		expect(card.canonical).toBe('https://watch.example/statements/ada-2025-03-01-sign/');
		const links = [...card.main.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
		expect(links).toHaveLength(2);
		for (const a of links) expect(a).toContain('target="_top"');
		expect(card.main).toContain(`<a href="${card.canonical}" target="_top">Full record on Guarantee Watch</a>`);
	});

	it('marks a quote in another language with its language, and a preview build as a preview', () => {
		const russian = statementCardView(makeStatement('lavrov-2025-03-01-x', '2025-03-01', { quote: 'Гарантии', language: 'ru' }), { name: 'Lavrov' }, null);
		expect(embedCard(russian, context).main).toContain('<blockquote cite="https://example.com/a" lang="ru">');
		expect(card.main).not.toContain('lang=');
		expect(embedCard(view, { ...context, preview: true }).main).toContain('Preview build');
		expect(card.main).not.toContain('Preview build');
	});
});

describe('filling the shell', () => {
	it('puts the title and address in escaped, and the body as it is', () => {
		const card = { id: 'x', title: 'Ada & "Bo"', canonical: 'https://watch.example/statements/x/?a=1&b=2', main: '<h1>Ada</h1>' };
		expect(fillShell(shell, card)).toBe('<!DOCTYPE html><html lang="en"><head><title>Ada &amp; &quot;Bo&quot;</title><link rel="canonical" href="https://watch.example/statements/x/?a=1&amp;b=2"></head><body><main><h1>Ada</h1></main></body></html>');
	});

	it('refuses a shell that lost a placeholder or holds one twice, naming it', () => {
		expect(() => fillShell(shell.replace(SHELL.main, ''), SHELL)).toThrow(/must hold @@GW-EMBED-MAIN@@ \(the card's main\) exactly once/);
		expect(() => fillShell(shell + SHELL.title, SHELL)).toThrow(/@@GW-EMBED-TITLE@@ \(the card's title\) exactly once/);
	});

	it('escapes text as Astro does, so the pages moved out of Astro did not change', () => {
		expect(escapeText(`<a href="x">Tom's & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;');
	});
});

describe('writing the cards after the build', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('writes one page per card and removes the shell and the list', () => {
		dir = mkdtempSync(join(tmpdir(), 'gw-embeds-'));
		mkdirSync(join(dir, 'embed', SHELL_ID), { recursive: true });
		writeFileSync(join(dir, 'embed', SHELL_ID, 'index.html'), shell);
		const card = embedCard(view, context);
		writeFileSync(join(dir, 'embed', 'cards.json'), JSON.stringify([card]));
		expect(writeEmbeds(dir)).toBe(1);
		expect(readFileSync(join(dir, 'embed', 'ada-2025-03-01-sign', 'index.html'), 'utf8')).toBe(fillShell(shell, card));
		expect(existsSync(join(dir, 'embed', SHELL_ID))).toBe(false);
		expect(existsSync(join(dir, 'embed', 'cards.json'))).toBe(false);
	});

	it('stops with the missing file named when the build made no list', () => {
		dir = mkdtempSync(join(tmpdir(), 'gw-embeds-'));
		mkdirSync(join(dir, 'embed', SHELL_ID), { recursive: true });
		writeFileSync(join(dir, 'embed', SHELL_ID, 'index.html'), shell);
		expect(() => writeEmbeds(dir)).toThrow(/the build made no .*embed\/cards\.json/);
	});
});
