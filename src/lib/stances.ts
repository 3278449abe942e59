/** The stance rubric (PRODUCT.md): each stance's word and its meaning, shown wherever a stance is. */
import type { Stance } from './content/schemas.ts';

export const STANCE_DEFINITIONS: Record<Stance, string> = {
	commits: 'The U.S. will provide, or take part in, security guarantees.',
	conditional: 'The U.S. would, or a guarantee is acceptable, only under stated conditions.',
	defers: 'The burden falls on Europe or others; the U.S. at most supports or backs up.',
	rejects: 'Rules out a U.S. guarantee or a U.S. element of one (troops, NATO, Article 5).',
	demands: 'Calls for guarantees from the U.S. or its allies.',
	opposes: 'Opposes any guarantee or foreign force for Ukraine.',
	reports: 'An account of the talks without a position.',
};
