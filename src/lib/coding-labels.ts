/** The codebook's dimensions and values in words for readers (pages, charts, filters). */
import type { Element, Position, SpeechAct, UsRole } from './coding.ts';

export const DIMENSION_LABELS = { position: 'Position', usRole: 'U.S. role', speechAct: 'Speech act', elements: 'Elements' } as const;
export type Dimension = keyof typeof DIMENSION_LABELS;

export const POSITION_LABELS: Record<Position, string> = { supports: 'supports', conditional: 'conditional', opposes: 'opposes', evades: 'evades', none: 'no position' };
export const US_ROLE_LABELS: Record<UsRole, string> = { leads: 'U.S. leads', 'takes-part': 'U.S. takes part', backstop: 'U.S. backstop or support', 'no-role': 'no U.S. role', unspecified: 'U.S. role not addressed' };
export const SPEECH_ACT_LABELS: Record<SpeechAct, string> = { 'states-policy': 'states own policy', 'calls-on-others': 'calls on others', relays: 'relays another’s position', describes: 'describes' };
export const ELEMENT_LABELS: Record<Element, string> = {
	'ground-troops': 'ground troops',
	'air-power': 'air power',
	intelligence: 'intelligence',
	weapons: 'weapons and training',
	'nato-membership': 'NATO membership',
	'article-5-like': 'Article 5-like pledge',
	'economic-stake': 'economic stake',
	monitoring: 'monitoring',
	sanctions: 'sanctions',
	'legal-ratification': 'legally binding or ratified',
	'reassurance-force': 'reassurance force',
	backstop: 'backstop',
	'bilateral-agreement': 'bilateral agreement',
	nuclear: 'nuclear',
};

export function dimensionLabel(d: Dimension): string {
	return DIMENSION_LABELS[d];
}

/** A coded value in words: "U.S. backstop or support only". */
export function valueLabel(d: 'position' | 'usRole' | 'speechAct', value: string): string {
	const table: Record<string, string> = d === 'position' ? POSITION_LABELS : d === 'usRole' ? US_ROLE_LABELS : SPEECH_ACT_LABELS;
	return table[value] ?? value;
}
