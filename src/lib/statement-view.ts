/**
 * What a reader is told about a statement's provenance, worked out once and shown the same way
 * everywhere a statement appears (card, statement page, search result, embed, share card,
 * feeds, exports): which kind of wording each report prints, whether the quote is a
 * translation and by whom, whether the speaker is inferred, and the source line that names the
 * original outlet before the copy it was read in. Pure functions over the schema types.
 */
import { LANG } from '../edition.ts';
import { dictionary } from '../i18n/index.ts';
import type { Speaker, Stance, Statement, StatementSource, Wording } from './content/schemas.ts';
import { formatDay, formatStatementDate } from './dates.ts';
import { eventPath, speakerPath, statementPath } from './routes.ts';
import { primarySource } from './statements.ts';

/** A short label and the one sentence that explains it (methodology page, tooltips). */
export interface Label {
	id: string;
	text: string;
	explain: string;
}

/** Each kind of wording, as a label. The order is the methodology page's. */
const WORDING_LABELS_EN: Record<Wording, { text: string; explain: string }> = {
	same: { text: 'Same words', explain: 'The report prints the same words as the quote; only typography (curly or straight marks, dashes, a trailing comma) may differ.' },
	original: { text: 'Original language', explain: 'The speaker’s own words in the language spoken; the quote recorded above is a translation of them.' },
	abridged: { text: 'Abridged', explain: 'The report prints the remark with words left out.' },
	extended: { text: 'Longer passage', explain: 'The report prints the same words with more of the remark around them.' },
	retranslation: { text: 'Re-translation', explain: 'The words were translated into another language and back (for example an English remark rendered in Ukrainian, then in English again): not the speaker’s words.' },
	'outlet-translation': { text: 'Outlet’s translation', explain: 'The speaker spoke another language; these are the outlet’s own translated words.' },
	'machine-transcript': { text: 'Machine transcript', explain: 'An automatic transcript of a video or broadcast, which can garble words and speakers.' },
	paraphrase: { text: 'Paraphrase', explain: 'The report’s own account of what was said, not the speaker’s words.' },
};

const WORDING_LABELS_UK: Record<Wording, { text: string; explain: string }> = {
	same: { text: 'Ті самі слова', explain: 'Матеріал подає ті самі слова, що й цитата; різнитися може лише типографіка (лапки, тире, кома в кінці).' },
	original: { text: 'Мова оригіналу', explain: 'Власні слова мовця мовою виступу; цитата в реєстрі — їхній переклад.' },
	abridged: { text: 'Скорочено', explain: 'Матеріал подає висловлювання з пропусками.' },
	extended: { text: 'Довший уривок', explain: 'Матеріал подає ті самі слова разом із ширшим уривком висловлювання.' },
	retranslation: { text: 'Зворотний переклад', explain: 'Слова переклали іншою мовою і назад (наприклад, англійську репліку українською, а потім знову англійською): це не слова мовця.' },
	'outlet-translation': { text: 'Переклад видання', explain: 'Мовець говорив іншою мовою; це власний переклад видання.' },
	'machine-transcript': { text: 'Машинна транскрипція', explain: 'Автоматична розшифровка відео чи трансляції, яка може спотворювати слова й мовців.' },
	paraphrase: { text: 'Переказ', explain: 'Власний виклад матеріалу, а не слова мовця.' },
};

/** Each kind of wording, as a label in this edition's language. The order is the methodology page's. */
export const WORDING_LABELS = LANG === 'uk' ? WORDING_LABELS_UK : WORDING_LABELS_EN;

const LANGUAGE_NAMES: Record<string, string> =
	LANG === 'uk'
		? { en: 'англійська', uk: 'українська', ru: 'російська', de: 'німецька', fr: 'французька', pl: 'польська', it: 'італійська', fi: 'фінська', es: 'іспанська', tr: 'турецька', hu: 'угорська' }
		: { en: 'English', uk: 'Ukrainian', ru: 'Russian', de: 'German', fr: 'French', pl: 'Polish', it: 'Italian', fi: 'Finnish', es: 'Spanish', tr: 'Turkish', hu: 'Hungarian' };

/** "Ukrainian" for `uk`; the code itself when we have no name for it. */
export function languageName(code: string): string {
	return LANGUAGE_NAMES[code] ?? code;
}

export function wordingLabel(w: Wording): Label {
	return { id: `wording-${w}`, ...WORDING_LABELS[w] };
}

/**
 * The labels that qualify the quote itself, in the order a reader needs them: paraphrase,
 * translation, machine transcript, inferred speaker. Empty for the speaker's own words,
 * printed by a report, in the language spoken, by a named speaker.
 */
export function quoteLabels(s: Statement): Label[] {
	const w = QUOTE_WORDS;
	const labels: Label[] = [];
	const primary = primarySource(s);
	if (s.kind === 'paraphrase') labels.push({ id: 'paraphrase', text: WORDING_LABELS.paraphrase.text, explain: WORDING_LABELS.paraphrase.explain });
	if (s.translated) {
		const from = s.spokenLanguage ? w.from(languageName(s.spokenLanguage)) : '';
		const by = s.translatedBy === 'outlet' ? w.byOutlet : s.translatedBy === 'speaker-office' ? w.byOffice : w.byUnnamed;
		labels.push({ id: 'translated', text: s.translatedBy === 'outlet' ? w.outletTranslation : s.translatedBy === 'speaker-office' ? w.officialTranslation : w.translated, explain: w.translatedExplain(from, by) });
	}
	if (primary.wording !== 'same' && primary.wording !== 'paraphrase' && !(s.translated && primary.wording === 'outlet-translation')) labels.push(wordingLabel(primary.wording));
	if (s.speakerIdentified === 'inferred') labels.push({ id: 'speaker-inferred', text: w.inferred, explain: w.inferredExplain });
	return labels;
}

/** The words of the quote's labels and of the other-wordings line, by edition. */
const QUOTE_WORDS_BY_LANG = {
	en: {
		from: (language: string) => ` from ${language}`,
		byOutlet: 'the outlet',
		byOffice: 'the speaker’s office',
		byUnnamed: 'an unnamed translator',
		outletTranslation: 'Outlet’s translation',
		officialTranslation: 'Official translation',
		translated: 'Translated',
		translatedExplain: (from: string, by: string) => `Translated${from} by ${by}: not the speaker’s own words.`,
		inferred: 'Speaker inferred',
		inferredExplain: 'The report does not name the speaker in the quoted passage; who spoke is inferred from the report.',
		otherLine: (list: string) => `Other reports print ${list}`,
		counted: {
			same: ['same wording', 'same wordings'],
			original: ['wording in the original language', 'wordings in the original language'],
			abridged: ['abridged wording', 'abridged wordings'],
			extended: ['longer wording', 'longer wordings'],
			retranslation: ['re-translation', 're-translations'],
			'outlet-translation': ['other translation', 'other translations'],
			'machine-transcript': ['machine transcript', 'machine transcripts'],
			paraphrase: ['paraphrase', 'paraphrases'],
		} as Record<Wording, [string, string]>,
		count: (n: number, forms: [string, string]) => `${n} ${forms[n === 1 ? 0 : 1]}`,
	},
	uk: {
		from: (language: string) => ` (мова оригіналу: ${language})`,
		byOutlet: 'видання',
		byOffice: 'офіс мовця',
		byUnnamed: 'неназваний перекладач',
		outletTranslation: 'Переклад видання',
		officialTranslation: 'Офіційний переклад',
		translated: 'Переклад',
		translatedExplain: (from: string, by: string) => `Переклав ${by}${from}: це не власні слова мовця.`,
		inferred: 'Мовця встановлено з контексту',
		inferredExplain: 'Матеріал не називає мовця в процитованому уривку; хто говорив, встановлено з матеріалу.',
		otherLine: (list: string) => `Інші матеріали подають: ${list}`,
		counted: {
			same: ['те саме формулювання', 'те саме формулювання'],
			original: ['формулювання мовою оригіналу', 'формулювання мовою оригіналу'],
			abridged: ['скорочене формулювання', 'скорочених формулювання'],
			extended: ['довше формулювання', 'довших формулювання'],
			retranslation: ['зворотний переклад', 'зворотних переклади'],
			'outlet-translation': ['інший переклад', 'інших переклади'],
			'machine-transcript': ['машинна транскрипція', 'машинних транскрипції'],
			paraphrase: ['переказ', 'перекази'],
		} as Record<Wording, [string, string]>,
		// "1 переклад", "2 переклади", "5 перекладів" would need three forms per noun; a count
		// after a colon reads right with the noun in its listed form.
		count: (n: number, forms: [string, string]) => `${forms[n === 1 ? 0 : 1]}: ${n}`,
	},
};
const QUOTE_WORDS = QUOTE_WORDS_BY_LANG[LANG];

/** How the other reports' wordings differ, counted by kind: "2 re-translations, 1 abridged". */
export function otherWordings(s: Statement): { wording: Wording; count: number; text: string }[] {
	const counts = new Map<Wording, number>();
	for (const src of s.sources) {
		if (src.primary || src.wording === 'same') continue;
		counts.set(src.wording, (counts.get(src.wording) ?? 0) + 1);
	}
	return [...counts].map(([wording, count]) => ({ wording, count, text: QUOTE_WORDS.count(count, QUOTE_WORDS.counted[wording]) }));
}

/** The line a reader sees under a quote, e.g. "Also in other reports: 2 re-translations". Null when there is nothing to say. */
export function otherWordingsLine(s: Statement): string | null {
	const list = otherWordings(s);
	return list.length ? QUOTE_WORDS.otherLine(list.map((w) => w.text).join(', ')) : null;
}

/** The outlet a citation names first: the original where the page names one, else the site read. */
export function citedOutlet(src: StatementSource): string {
	return src.original?.outlet ?? src.outlet;
}

/**
 * A source in one line, the original first: "The New York Times, 9 January 2026, via a copy on
 * dnyuz.com"; a page that is itself the report: "Reuters, 17 February 2025".
 */
export function sourceLine(src: StatementSource): string {
	const o = src.original;
	if (!o) return src.published ? `${src.outlet}, ${formatDay(src.published)}` : src.outlet;
	const when = o.published ?? src.published;
	const how = LANG === 'uk' ? (o.relation === 'citing' ? 'за повідомленням' : o.relation === 'rewrite' ? 'у переказі на' : 'у копії на') : o.relation === 'citing' ? 'as reported by' : o.relation === 'rewrite' ? 'via a rewrite on' : 'via a copy on';
	return `${o.outlet}${when ? `, ${formatDay(when)}` : ''}, ${how} ${src.outlet}`;
}

/** The headline a citation gives: the original's where known, else the page's; null when neither was seen. */
export function citedTitle(src: StatementSource): string | null {
	return src.original?.title ?? src.title;
}

/** web.archive.org's list of saved copies of a page: a dead link need not be a dead end. */
export function archiveUrl(url: string): string {
	return `https://web.archive.org/web/*/${url}`;
}

/** The words a statement is shown with in this edition, and the report that printed them. */
export interface EditionQuote {
	text: string;
	/** BCP 47 language of the words. */
	lang: string;
	source: StatementSource;
	/** True when these are the record's own quote; false for a report's wording in the edition's language. */
	recorded: boolean;
}

/**
 * The wording an edition leads with. The English edition shows the record's quote. Another
 * edition shows a report's own wording in its language where one is on record (the speaker's
 * original words first), and otherwise the record's quote as printed: never a translation of
 * ours. Paraphrases are not quotes and are never chosen.
 */
export function editionQuote(s: Statement): EditionQuote {
	const primary = primarySource(s);
	const recorded = { text: s.quote, lang: s.language, source: primary, recorded: true };
	if (LANG === 'en' || s.language === LANG) return recorded;
	const inLanguage = s.sources.filter((src) => src.language === LANG && src.quotedAs !== null && src.wording !== 'paraphrase');
	const best = inLanguage.find((src) => src.wording === 'original') ?? inLanguage[0];
	return best?.quotedAs ? { text: best.quotedAs, lang: LANG, source: best, recorded: false } : recorded;
}

/**
 * Everything a statement's card shows, worked out once. The card on every list page is drawn
 * from it, the search index carries it (src/lib/pagefind-attrs.ts), and a search result is
 * drawn from what the index carries: one view of a statement, whatever the context.
 */
export interface StatementCardView {
	id: string;
	/** The statement's permanent page. */
	url: string;
	speaker: { id: string; name: string; url: string };
	role: string;
	date: string;
	dateLabel: string;
	/** Set when the date is not known to the day: the badge that says how well it is known. */
	dateNote: string | null;
	setting: string;
	event: { name: string; url: string } | null;
	quote: string;
	/** BCP 47 language of the quote. */
	lang: string;
	stance: Stance;
	/** What qualifies the words: translation, transcript, speaker inferred. */
	caveats: Label[];
	/** How other reports word it, as one line, or null when none differs. */
	otherWordings: string | null;
	/** The report the quote was copied from: its address and its line, the original outlet first. */
	source: { url: string; line: string };
	/** How many more reports carry it. */
	moreSources: number;
}

export function statementCardView(s: Statement, speaker: Pick<Speaker, 'name'>, event: { name: string } | null | undefined): StatementCardView {
	const t = dictionary(LANG);
	const shown = editionQuote(s);
	return {
		id: s.id,
		url: statementPath(s.id),
		speaker: { id: s.speaker, name: speaker.name, url: speakerPath(s.speaker) },
		role: s.role,
		date: s.date,
		dateLabel: formatStatementDate(s.date, s.datePrecision),
		dateNote: s.datePrecision === 'day' ? null : s.datePrecision === 'month' ? t.statementCard.dateMonth : t.statementCard.dateApproximate,
		setting: s.setting,
		event: s.event && event ? { name: event.name, url: eventPath(s.event) } : null,
		quote: shown.text,
		lang: shown.lang,
		stance: s.stance,
		caveats: shown.recorded ? quoteLabels(s) : shown.source.wording === 'same' ? [] : [wordingLabel(shown.source.wording)],
		otherWordings: otherWordingsLine(s),
		source: { url: shown.source.url, line: sourceLine(shown.source) },
		moreSources: s.sources.length - 1,
	};
}
