/** The compare page's words, the page's and its script's (compare.ts): part of `en` (../en.ts). No import: its script shares no chunk with another. */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const compare = {
	title: 'Compare two statements',
	description: 'Two statements side by side: who, when, where, at which event, how each is coded, and both quotes with their sources.',
	ready: 'Ready comparisons: the latest shifts on record',
	/** Under the list when the record has more shifts than it shows. */
	readyMore: (shown: number, total: number) => `The latest ${shown} of ${total} shifts. Every speaker’s page lists their own, all of them on its shifts pages.`,
	readyIntro: 'Each is a change in a speaker’s position or in the U.S. role their words give, from one occasion to the next (<shifts>how shifts are counted</shifts>). Newest first.',
	needsJs: 'Comparing side by side needs JavaScript; without it, follow the dates to each statement’s own page.',
	// The script (compare.ts).
	loading: 'Loading…',
	notFound: (ids: string[]) => `No statement with the id ${ids.map((id) => `“${id}”`).join(' or ')}.`,
	speaker: 'Speaker',
	role: 'Role',
	date: 'Date',
	setting: 'Setting',
	event: 'Event',
	stance: 'Stance (v1)',
	noElements: 'none named',
	noEvent: 'none',
	via: (original: string, outlet: string) => `${original} (via ${outlet})`,
	caveats: (labels: string) => `Caveats: ${labels}`,
	sources: 'Sources',
	caption: 'The two statements, dimension by dimension; a changed coded dimension is marked.',
	first: 'First',
	second: 'Second',
	firstStatement: 'First statement',
	secondStatement: 'Second statement',
	changed: (n: number) => (n ? `${plural(n, 'coded dimension', 'coded dimensions')} changed (marked).` : 'The two statements are coded the same on every dimension.'),
	/** A column's heading: the statement's speaker and date. */
	column: (name: string, date: string) => `${name}, ${date}`,
	documentTitle: (a: { name: string; date: string }, b: { name: string; date: string }, site: string) => `Compare: ${a.name}, ${a.date} and ${b.name}, ${b.date} · ${site}`,
};
