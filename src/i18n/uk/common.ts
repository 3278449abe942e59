/**
 * Words several pages share, and the search page's script (./search.ts imports them), in
 * Ukrainian. A file of its own, like ./copy-link.ts, ./search.ts and ./compare.ts: each browser
 * script imports only its file, so no two scripts share a chunk and the copy button's script
 * stays inline. Mirrors ../en/common.ts.
 */

/**
 * The form of a noun after the number `n`, by the Ukrainian rule: 1, 21, 31… take `one`
 * ("1 заява"); 2–4, 22–24… take `few` ("2 заяви"); the rest, 11–14 included, take `many`
 * ("5 заяв", "11 заяв"). The three forms are given in the case the sentence needs.
 */
const pluralForm = (n: number, one: string, few: string, many: string) => {
	const lastTwo = Math.abs(n) % 100;
	const last = lastTwo % 10;
	if (lastTwo >= 11 && lastTwo <= 14) return many;
	if (last === 1) return one;
	if (last >= 2 && last <= 4) return few;
	return many;
};

/** The number and the noun in its form: "1 заява", "3 заяви", "11 заяв". */
export const plural = (n: number, one: string, few: string, many: string) => `${n} ${pluralForm(n, one, few, many)}`;
const statements = (n: number) => plural(n, 'заява', 'заяви', 'заяв');

/** The v1 stances (commits, conditional…) in Ukrainian words; the codes themselves stay in the data. */
const STANCE_NAMES: Record<string, string> = { commits: 'зобовʼязується', conditional: 'за умов', defers: 'перекладає на інших', rejects: 'відкидає', demands: 'вимагає', opposes: 'проти', reports: 'повідомляє' };
const stanceName = (stance: string) => STANCE_NAMES[stance] ?? stance;

/** Words shared by several pages. */
export const common = {
	statements,
	corrections: (n: number) => plural(n, 'виправлення', 'виправлення', 'виправлень'),
	/** A statement named by its speaker and date: "Donald Trump, 7 Jan 2025". */
	who: (name: string, date: string) => `${name}, ${date}`,
	why: (reason: string) => `Причина: ${reason}`,
	page: (n: number) => `Сторінка ${n}`,
	stance: (stance: string) => `Позиція (v1): ${stanceName(stance)}`,
	stanceName: (stance: string) => stanceName(stance),
	asPrintedBy: (source: string) => `Як надруковано: ${source}`,
	archivedCopies: 'Архівні копії',
};

/** A statement's card: on list pages and as a search result (the search script draws it too). */
export const statementCard = {
	ownWording: (kind: string) => `Власне формулювання цього матеріалу (${kind}):`,
	dateMonth: 'Дата відома з точністю до місяця',
	dateApproximate: 'Дата приблизна',
	source: 'Джерело: ',
	moreSources: (n: number) => ` і ще ${n}`,
	statementPage: 'Сторінка заяви',
	/** Read after "Statement page" by screen readers only. */
	statementPageOf: (name: string, date: string) => `: ${name}, ${date}`,
};
