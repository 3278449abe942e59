/**
 * The interface's words, by language. Only English exists yet; another language is a file
 * beside en.ts whose object satisfies `Dictionary` (the same keys, and functions taking the
 * same arguments), added to `LANGUAGES`.
 */
import { en } from './en.ts';

/** The shape every language's dictionary has: en's keys, with its texts as `string`. */
export type Dictionary = typeof en;

const LANGUAGES: Record<string, Dictionary> = { en };

/** The dictionary of a language (a BCP 47 tag such as `SITE.lang`); English when there is none. */
export function dictionary(lang?: string): Dictionary {
	return (lang && LANGUAGES[lang.toLowerCase().split('-')[0]!]) || en;
}
