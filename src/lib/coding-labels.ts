/** The codebook's dimensions and values in words for readers (pages, charts, filters). */
import { LANG } from '../edition.ts';
import type { Element, Position, SpeechAct, UsRole } from './coding.ts';

const UK = LANG === 'uk';

export const DIMENSION_LABELS = UK ? { position: 'Позиція', usRole: 'Роль США', speechAct: 'Мовленнєвий акт', elements: 'Елементи' } : { position: 'Position', usRole: 'U.S. role', speechAct: 'Speech act', elements: 'Elements' };
export type Dimension = 'position' | 'usRole' | 'speechAct' | 'elements';

export const POSITION_LABELS: Record<Position, string> = UK
	? { supports: 'підтримує', conditional: 'за умов', opposes: 'проти', evades: 'ухиляється', none: 'без позиції' }
	: { supports: 'supports', conditional: 'conditional', opposes: 'opposes', evades: 'evades', none: 'no position' };
export const US_ROLE_LABELS: Record<UsRole, string> = UK
	? { leads: 'США провідні', 'takes-part': 'США беруть участь', backstop: 'США підстраховують або підтримують', 'no-role': 'без ролі США', unspecified: 'роль США не згадано' }
	: { leads: 'U.S. leads', 'takes-part': 'U.S. takes part', backstop: 'U.S. backstop or support', 'no-role': 'no U.S. role', unspecified: 'U.S. role not addressed' };
export const SPEECH_ACT_LABELS: Record<SpeechAct, string> = UK
	? { 'states-policy': 'заявляє власну політику', 'calls-on-others': 'закликає інших', relays: 'переказує чужу позицію', describes: 'описує' }
	: { 'states-policy': 'states own policy', 'calls-on-others': 'calls on others', relays: 'relays another’s position', describes: 'describes' };
export const ELEMENT_LABELS: Record<Element, string> = UK
	? {
			'ground-troops': 'наземні війська',
			'air-power': 'авіація',
			intelligence: 'розвідка',
			weapons: 'зброя і навчання',
			'nato-membership': 'членство в НАТО',
			'article-5-like': 'зобовʼязання на кшталт статті 5',
			'economic-stake': 'економічна зацікавленість',
			monitoring: 'моніторинг',
			sanctions: 'санкції',
			'legal-ratification': 'юридично обовʼязкові або ратифіковані',
			'reassurance-force': 'сили заспокоєння',
			backstop: 'підстраховка',
			'bilateral-agreement': 'двостороння угода',
			nuclear: 'ядерна зброя',
		}
	: {
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
