/**
 * The search filters ("facets"), shared by the build (which writes them into the index) and
 * the browser (which shows them and keeps them in the address). Pure and dependency-free, so
 * the search page's script can import it without pulling content code into the bundle.
 */
import { LANG } from '../edition.ts';
import type { Speaker, Statement } from './content/schemas.ts';
import { formatMonthKey, monthKey } from './dates.ts';
import { STANCE_DEFINITIONS } from './stances.ts';
import { POSITIONS, SPEECH_ACTS, US_ROLES } from './coding.ts';
import { ELEMENT_LABELS, POSITION_LABELS, SPEECH_ACT_LABELS, US_ROLE_LABELS } from './coding-labels.ts';
import { splitOutlet } from './statements.ts';

const UK = LANG === 'uk';

/** Every filter, in the order the search page shows them; each is also a URL parameter. */
export const FACETS = [
	{ key: 'speaker', title: UK ? 'Мовець' : 'Speaker' },
	{ key: 'country', title: UK ? 'Країна чи організація' : 'Country or organisation' },
	{ key: 'position', title: UK ? 'Позиція' : 'Position' },
	{ key: 'usRole', title: UK ? 'Роль США' : 'U.S. role' },
	{ key: 'speechAct', title: UK ? 'Мовленнєвий акт' : 'Speech act' },
	{ key: 'element', title: UK ? 'Названий елемент' : 'Element named' },
	{ key: 'event', title: UK ? 'Подія' : 'Event' },
	{ key: 'stance', title: UK ? 'Позиція (v1)' : 'Stance (v1)' },
	{ key: 'year', title: UK ? 'Рік' : 'Year' },
	{ key: 'month', title: UK ? 'Місяць' : 'Month' },
	{ key: 'kind', title: UK ? 'Тип' : 'Kind' },
	{ key: 'outlet', title: UK ? 'Видання' : 'Outlet' },
	{ key: 'topic', title: UK ? 'Тема' : 'Topic' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** A record's filter values: several per key where a statement has several (topics, outlets). */
export type FilterValues = Partial<Record<FacetKey, string[]>>;

/** The filter values of a statement: what `data-pagefind-filter` writes and the facets count. */
export function statementFilters(s: Statement, speaker: Speaker): Required<FilterValues> {
	return {
		speaker: [s.speaker],
		country: [speaker.country],
		position: [s.position],
		usRole: [s.usRole],
		speechAct: [s.speechAct],
		element: [...s.elements],
		event: s.event ? [s.event] : [],
		stance: [s.stance],
		year: [s.date.slice(0, 4)],
		month: [monthKey(s.date)],
		kind: [s.kind],
		outlet: unique(s.sources.map((src) => splitOutlet(src.outlet).site)),
		topic: unique(s.topics),
	};
}

/** The filter values of a news report (in the reports' own index): its outlet and, when the page shows one, its publication month. */
export function reportFilters(outlet: string, published: string | null): FilterValues {
	const out: FilterValues = { outlet: [splitOutlet(outlet).site] };
	if (published) {
		out.year = [published.slice(0, 4)];
		out.month = [monthKey(published)];
	}
	return out;
}

/**
 * Readable labels for filter values stored as ids (speaker ids, months, kinds); any
 * value without a label is shown as it is. Built once for the search page.
 */
export type FacetLabels = Partial<Record<FacetKey, Record<string, string>>>;

export function facetLabels(statements: readonly Statement[], speakers: ReadonlyMap<string, Speaker>, extraMonths: Iterable<string> = [], events: ReadonlyMap<string, { name: string }> = new Map(), countryName: (country: string) => string = (c) => c, topicName?: (topic: string) => string): FacetLabels {
	const months = new Set([...statements.map((s) => monthKey(s.date)), ...extraMonths]);
	return {
		speaker: Object.fromEntries([...speakers].map(([id, sp]) => [id, sp.name])),
		country: Object.fromEntries([...new Set([...speakers.values()].map((sp) => sp.country))].map((c) => [c, countryName(c)])),
		month: Object.fromEntries([...months].sort().map((m) => [m, formatMonthKey(m)])),
		kind: UK ? { direct_quote: 'Пряма цитата', paraphrase: 'Переказ' } : { direct_quote: 'Direct quote', paraphrase: 'Paraphrase' },
		position: { ...POSITION_LABELS },
		usRole: { ...US_ROLE_LABELS },
		speechAct: { ...SPEECH_ACT_LABELS },
		element: { ...ELEMENT_LABELS },
		event: Object.fromEntries([...events].map(([id, e]) => [id, e.name])),
		// Topics are shown by their id, unless an edition names them in its language.
		...(topicName ? { topic: Object.fromEntries([...new Set(statements.flatMap((s) => s.topics))].map((t) => [t, topicName(t)])) } : {}),
	};
}

/** One value of a filter as the search page lists it. */
export interface FacetOption {
	value: string;
	label: string;
	/** Results the search would have with this value ticked too. */
	count: number;
	checked: boolean;
}

const STANCE_ORDER = Object.keys(STANCE_DEFINITIONS);
/** Coded dimensions keep the codebook's order of values. */
const CODE_ORDER: Partial<Record<FacetKey, readonly string[]>> = { position: POSITIONS, usRole: US_ROLES, speechAct: SPEECH_ACTS };

/**
 * The values of one filter to offer: those that would still find something, and those ticked.
 * Stances and coded values in their fixed order, years and months newest first, the rest by count.
 */
export function facetOptions(key: FacetKey, counts: Readonly<Record<string, number>> | undefined, selected: readonly string[], labels: FacetLabels): FacetOption[] {
	const values = new Set([...Object.keys(counts ?? {}).filter((v) => (counts?.[v] ?? 0) > 0), ...selected]);
	const options = [...values].map((value) => ({ value, label: labels[key]?.[value] ?? value, count: counts?.[value] ?? 0, checked: selected.includes(value) }));
	const fixed = key === 'stance' ? STANCE_ORDER : (CODE_ORDER[key] ?? null);
	if (fixed) return options.sort((a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value));
	if (key === 'year' || key === 'month') return options.sort((a, b) => (a.value < b.value ? 1 : -1));
	return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
