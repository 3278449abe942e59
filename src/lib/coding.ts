/**
 * The codebook's dimensions (content/codebook.md) and the documented rule that derives the v1
 * `stance` from them, so v1 readers of the data keep a stance nobody codes by hand.
 */

/** The v1 stance rubric (PRODUCT.md); since the codebook it is derived from the coded dimensions below. */
export const STANCES = ['commits', 'conditional', 'defers', 'rejects', 'demands', 'opposes', 'reports'] as const;
export type Stance = (typeof STANCES)[number];

export const POSITIONS = ['supports', 'conditional', 'opposes', 'evades', 'none'] as const;
export const US_ROLES = ['leads', 'takes-part', 'backstop', 'no-role', 'unspecified'] as const;
export const SPEECH_ACTS = ['states-policy', 'calls-on-others', 'relays', 'describes'] as const;
export const ELEMENTS = [
	'ground-troops',
	'air-power',
	'intelligence',
	'weapons',
	'nato-membership',
	'article-5-like',
	'economic-stake',
	'monitoring',
	'sanctions',
	'legal-ratification',
	'reassurance-force',
	'backstop',
	'bilateral-agreement',
	'nuclear',
] as const;

export type Position = (typeof POSITIONS)[number];
export type UsRole = (typeof US_ROLES)[number];
export type SpeechAct = (typeof SPEECH_ACTS)[number];
export type Element = (typeof ELEMENTS)[number];

export interface Codes {
	position: Position;
	usRole: UsRole;
	speechAct: SpeechAct;
	elements: readonly Element[];
}

/**
 * A U.S. official in the codebook's sense: the U.S. executive branch. Members of Congress speak
 * for the United States but not for its government, so they are coded like everyone else.
 */
export function isUsOfficial(country: string, role: string): boolean {
	return country === 'United States' && !/\b(senator|representative|congress(wo)?man|member of (the )?(u\.s\. )?(house|congress|senate)|house speaker|speaker of the house|chair(man)? of the (senate|house))\b/i.test(role);
}

/** The codebook's "From the codes to the v1 stance", rule by rule; the first that applies wins. */
export function deriveStance(c: Codes, usOfficial: boolean, country: string): Stance {
	if (usOfficial) {
		if (c.speechAct === 'relays') return 'reports';
		if (c.usRole === 'no-role' || c.position === 'opposes') return 'rejects';
		if (c.position === 'conditional') return 'conditional';
		if (c.position === 'none' || c.position === 'evades') return 'reports';
		if (c.elements.includes('economic-stake')) return 'defers';
		if (c.usRole === 'backstop') return 'defers';
		if (c.usRole === 'leads' || c.usRole === 'takes-part') return 'commits';
		return c.speechAct === 'states-policy' ? 'commits' : c.speechAct === 'calls-on-others' ? 'demands' : 'reports';
	}
	if (c.position === 'opposes') return 'opposes';
	if (c.position === 'conditional') return 'conditional';
	if (c.position === 'supports' && country === 'Russia') return 'conditional';
	if (c.position === 'supports' && (c.speechAct === 'calls-on-others' || c.speechAct === 'states-policy')) return 'demands';
	return 'reports';
}
