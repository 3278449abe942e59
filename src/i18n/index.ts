/**
 * The interface's words, by language: en.ts and uk.ts, each an object with the same keys and
 * functions taking the same arguments (`Dictionary`). Another language is a file beside them,
 * added to `LANGUAGES` here and in src/edition.ts.
 */
import type { Language } from '../edition.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

import type { Dictionary } from './en.ts';

export type { Dictionary };

const LANGUAGES: Record<Language, Dictionary> = { en, uk };

/** The dictionary of a language (a BCP 47 tag such as `SITE.lang`); English when there is none. */
export function dictionary(lang?: string): Dictionary {
	return (lang && LANGUAGES[lang.toLowerCase().split('-')[0] as Language]) || en;
}
