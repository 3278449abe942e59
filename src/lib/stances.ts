/** The stance rubric (PRODUCT.md): each stance's word and its meaning, shown wherever a stance is. */
import { LANG } from '../edition.ts';
import type { Stance } from './content/schemas.ts';

const STANCE_DEFINITIONS_EN: Record<Stance, string> = {
	commits: 'The U.S. will provide, or take part in, security guarantees.',
	conditional: 'The U.S. would, or a guarantee is acceptable, only under stated conditions.',
	defers: 'The burden falls on Europe or others; the U.S. at most supports or backs up.',
	rejects: 'Rules out a U.S. guarantee or a U.S. element of one (troops, NATO, Article 5).',
	demands: 'Calls for guarantees from the U.S. or its allies.',
	opposes: 'Opposes any guarantee or foreign force for Ukraine.',
	reports: 'An account of the talks without a position.',
};

const STANCE_DEFINITIONS_UK: Record<Stance, string> = {
	commits: 'США нададуть гарантії безпеки або візьмуть у них участь.',
	conditional: 'США погодилися б (або гарантія прийнятна) лише за названих умов.',
	defers: 'Тягар лягає на Європу чи інших; США щонайбільше підтримують або підстраховують.',
	rejects: 'Виключає гарантію США або американський складник гарантії (війська, НАТО, статтю 5).',
	demands: 'Закликає США або їхніх союзників надати гарантії.',
	opposes: 'Виступає проти будь-якої гарантії чи іноземних сил для України.',
	reports: 'Розповідь про переговори без позиції.',
};

/** Each stance's meaning, in this edition's language. */
export const STANCE_DEFINITIONS = LANG === 'uk' ? STANCE_DEFINITIONS_UK : STANCE_DEFINITIONS_EN;
