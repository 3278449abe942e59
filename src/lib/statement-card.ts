/**
 * One statement on a list (timeline, speaker, report): who, when, where, the exact quote, the
 * stance as a word, the source and the permanent page, as strings. The quote is escaped text: it
 * never passes through Markdown or smart punctuation. StatementCards.astro renders a list of them, the first card's
 * copy button as a component (whose script comes with the first one on a page); the report
 * pages a build writes from a shell (src/lib/report-page.ts) hold the rest of their cards whole.
 */
import { dictionary } from '../i18n/index.ts';
import { SITE } from '../site.ts';
import type { Speaker, Statement } from './content/schemas.ts';
import { attributes, escapeText as text } from './html.ts';
import { copyButton, stanceBadge } from './statement-page.ts';
import { statementCardView, wordingLabel } from './statement-view.ts';

const t = dictionary(SITE.lang);

/** How a list shows its cards. */
export interface CardOptions {
	/** Heading level of the card's title in its page (3 unless given). */
	headingLevel?: 2 | 3 | 4 | undefined;
	/** False to hide the speaker's name (on the speaker's own page). */
	showSpeaker?: boolean | undefined;
	/** On a report's page: that report's slug, so its own wording is shown under the quote. */
	wordingOf?: string | undefined;
}

/** A card in two pieces around its copy button, and the address the button copies. */
export interface CardParts {
	beforeCopyLink: string;
	permalink: string;
	afterCopyLink: string;
}

/** The card of statement `s`, its permanent address built on `site`. */
export function statementCard(s: Statement, speaker: Pick<Speaker, 'name'>, event: { name: string } | null | undefined, site: URL, { headingLevel = 3, showSpeaker = true, wordingOf }: CardOptions = {}): CardParts {
	const view = statementCardView(s, speaker, event);
	const own = wordingOf ? s.sources.find((src) => src.article === wordingOf && !src.primary) : undefined;
	const ownWording = own?.quotedAs ?? null;
	const h = `h${headingLevel}`;
	const before = [
		`<article class="card"${attributes({ id: view.id, 'aria-labelledby': `${view.id}-title` })}>`,
		`<${h} class="card-head"${attributes({ id: `${view.id}-title` })}>${showSpeaker ? `<a class="who"${attributes({ href: view.speaker.url })}>${text(view.speaker.name)}</a>, ` : ''}<span class="muted">${text(view.role)}</span></${h}>`,
		`<p class="meta"><time${attributes({ datetime: view.date })}>${text(view.dateLabel)}</time> · ${text(view.setting)}${view.event ? ` · <a class="event-link"${attributes({ href: view.event.url })}>${text(view.event.name)}</a>` : ''}</p>`,
		`<blockquote class="quote"${attributes({ cite: view.source.url, lang: view.lang === SITE.lang ? undefined : view.lang })}><p>${text(view.quote)}</p></blockquote>`,
		own && ownWording
			? `<figure class="wording"><figcaption class="meta">${text(t.statementCard.ownWording(wordingLabel(own.wording).text.toLowerCase()))}</figcaption><blockquote${attributes({ cite: own.url })}><p>${text(ownWording)}</p></blockquote></figure>`
			: '',
		`<ul class="badges"><li>${stanceBadge(view.stance)}</li>`,
		view.caveats.map((l) => `<li><span class="badge badge-caveat"${attributes({ title: l.explain })}>${text(l.text)}</span></li>`).join(''),
		view.dateNote ? `<li><span class="badge">${text(view.dateNote)}</span></li>` : '',
		'</ul>',
		view.otherWordings ? `<p class="meta wording-note">${text(view.otherWordings)}.</p>` : '',
		`<p class="card-links"><span>${text(t.statementCard.source)}<a${attributes({ href: view.source.url })} rel="external noopener noreferrer">${text(view.source.line)}</a>${view.moreSources > 0 ? `<span class="muted">${text(t.statementCard.moreSources(view.moreSources))}</span>` : ''}</span>`,
		`<a${attributes({ href: view.url })}>${text(t.statementCard.statementPage)}<span class="visually-hidden">${text(t.statementCard.statementPageOf(view.speaker.name, view.date))}</span></a>`,
	];
	return { beforeCopyLink: before.join(''), permalink: new URL(view.url, site).href, afterCopyLink: '</p></article>' };
}

/** A whole card, its copy button in it (every card on a page but the first). */
export function wholeCard(card: CardParts): string {
	return card.beforeCopyLink + copyButton({ url: card.permalink }) + card.afterCopyLink;
}
