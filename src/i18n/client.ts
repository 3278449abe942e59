/**
 * The dictionary parts browser scripts use, in this build's language. A browser script imports
 * from here rather than from en/ or uk/, so the Ukrainian edition's scripts speak Ukrainian;
 * the build writes the language in (src/edition.ts), and the bundler keeps only its parts.
 */
import { LANG } from '../edition.ts';
import * as en from './en/common.ts';
import { compare as compareEn } from './en/compare.ts';
import { search as searchEn } from './en/search.ts';
import { takeAway as takeAwayEn } from './en/take-away.ts';
import { whatsNew as whatsNewEn } from './en/whats-new.ts';
import * as uk from './uk/common.ts';
import { compare as compareUk } from './uk/compare.ts';
import { search as searchUk } from './uk/search.ts';
import { takeAway as takeAwayUk } from './uk/take-away.ts';
import { whatsNew as whatsNewUk } from './uk/whats-new.ts';

const UK = LANG === 'uk';
export const common: typeof en.common = UK ? uk.common : en.common;
export const statementCard: typeof en.statementCard = UK ? uk.statementCard : en.statementCard;
export const compare: typeof compareEn = UK ? compareUk : compareEn;
export const search: typeof searchEn = UK ? searchUk : searchEn;
export const takeAway: typeof takeAwayEn = UK ? takeAwayUk : takeAwayEn;
export const whatsNew: typeof whatsNewEn = UK ? whatsNewUk : whatsNewEn;
