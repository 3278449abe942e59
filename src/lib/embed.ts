/**
 * The embed card (/embed/<id>/), a fixed template over one statement, as plain strings.
 *
 * Why not an Astro page per statement: Astro spends about a millisecond on every page it
 * renders, whatever its size, and the embed cards were a quarter of the pages' time at 20,000
 * statements (issue 17). So Astro renders the card's document once, as a shell with
 * placeholders (`src/pages/embed/[id].astro` in a build), and one endpoint lists every card's
 * title, address and body (`src/pages/embed/cards.json.ts`); `src/integrations/embeds.ts` then
 * writes the pages from the two. In `astro dev` the Astro page renders each card itself, from
 * the same functions, so the card is described once.
 */
import { dictionary } from '../i18n/index.ts';
import type { Language } from '../edition.ts';
import { escapeAttribute, escapeText } from './html.ts';
import type { StatementCardView } from './statement-view.ts';

/** One embed page: where it goes and what fills its shell. */
export interface EmbedCard {
	/** The statement's id: the page is `embed/<id>/index.html` in the edition's build. */
	id: string;
	/** The document title, as text. */
	title: string;
	/** The statement's permanent address, absolute. */
	canonical: string;
	/** The HTML inside <main>. */
	main: string;
}

/** What a card needs besides the statement's view: the edition and the build's address. */
export interface EmbedContext {
	lang: Language;
	site: URL;
	siteName: string;
	preview: boolean;
}

/** The card of one statement. Every text is escaped; the quote is text, never Markdown. */
export function embedCard(view: StatementCardView, { lang, site, siteName, preview }: EmbedContext): EmbedCard {
	const t = dictionary(lang);
	const canonical = new URL(view.url, site).href;
	const caveats = view.caveats.map((l) => ` · ${l.text}`).join('');
	const quoteLang = view.lang === lang ? '' : ` lang="${escapeAttribute(view.lang)}"`;
	const main = [
		`<h1>${escapeText(view.speaker.name)}, <span class="meta">${escapeText(view.role)}</span></h1>`,
		`<p class="meta"><time datetime="${escapeAttribute(view.date)}">${escapeText(view.dateLabel)}</time> · ${escapeText(view.setting)}</p>`,
		`<blockquote cite="${escapeAttribute(view.source.url)}"${quoteLang}><p>${escapeText(view.quote)}</p></blockquote>`,
		`<p class="meta">${escapeText(t.common.stance(view.stance))}${escapeText(caveats)} · ${escapeText(t.statementCard.source)}<a href="${escapeAttribute(view.source.url)}" target="_top" rel="external noopener noreferrer">${escapeText(view.source.line)}</a></p>`,
		view.otherWordings ? `<p class="meta">${escapeText(view.otherWordings)}.</p>` : '',
		preview ? `<p class="meta">${escapeText(t.embed.preview)}</p>` : '',
		`<p><a href="${escapeAttribute(canonical)}" target="_top">${escapeText(t.embed.full(siteName))}</a></p>`,
	].join('');
	return { id: view.id, title: t.layout.pageTitle(t.common.who(view.speaker.name, view.dateLabel), siteName), canonical, main };
}

/** Where a build's Astro renders the shell: `embed/_shell/` (no statement id starts with `_`). */
export const SHELL_ID = '_shell';

/**
 * The shell's placeholders, as a card: plain words that Astro's escaping leaves as they are
 * and that no card's text can hold (a card's text is escaped before it goes in).
 */
export const SHELL: EmbedCard = { id: SHELL_ID, title: '@@GW-EMBED-TITLE@@', canonical: 'https://embed.invalid/@@GW-EMBED-CANONICAL@@', main: '@@GW-EMBED-MAIN@@' };

/** The page of `card`: the shell with its placeholders filled. Throws if the shell lacks one. */
export function fillShell(shell: string, card: EmbedCard): string {
	const pieces = (['title', 'canonical', 'main'] as const).map((key) => {
		const mark = SHELL[key];
		const at = shell.indexOf(mark);
		if (at < 0 || shell.indexOf(mark, at + 1) >= 0) throw new Error(`the embed shell must hold ${mark} (the card's ${key}) exactly once`);
		return { key, at, mark };
	});
	pieces.sort((a, b) => a.at - b.at);
	const value = { title: escapeText(card.title), canonical: escapeAttribute(card.canonical), main: card.main };
	let out = '';
	let from = 0;
	for (const { key, at, mark } of pieces) {
		out += shell.slice(from, at) + value[key];
		from = at + mark.length;
	}
	return out + shell.slice(from);
}
