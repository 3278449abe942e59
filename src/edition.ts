/**
 * Which edition of the site this build makes: English at the root, Ukrainian under /uk/.
 * Each edition is its own Astro build (scripts/build.ts runs one per language and puts the
 * Ukrainian one under /uk/), so every page, component and link reads its language from here
 * and no page takes a language parameter.
 *
 * The language comes from GW_LANG. Astro's build replaces `__GW_LANG__` with it in server
 * and browser code alike (astro.config.mjs), since a browser script has no `process.env`;
 * plain Node (scripts, unit tests) reads the variable itself.
 */
declare const __GW_LANG__: string | undefined;

/** The editions, English first: the order of the language switch and of `hreflang` links. */
export const LANGUAGES = ['en', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The name of each edition in its own language, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', uk: 'Українська' };

function readLanguage(): Language {
	const value = typeof __GW_LANG__ === 'string' ? __GW_LANG__ : (globalThis.process?.env?.GW_LANG ?? '');
	if (value === '') return 'en';
	if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
	throw new Error(`GW_LANG "${value}" is not an edition of the site; use one of: ${LANGUAGES.join(', ')}`);
}

/** This build's language. */
export const LANG: Language = readLanguage();

/** Where an edition's pages live: '' for English (the root), '/uk' for Ukrainian. */
export function editionPrefix(lang: Language): string {
	return lang === 'en' ? '' : `/${lang}`;
}

/** This build's prefix. */
export const PREFIX = editionPrefix(LANG);

/**
 * The same page in another edition. `path` is a site path of this edition (with its prefix);
 * the answer is that page's path in `lang`. Every page exists in both editions, so the
 * language switch and `hreflang` links never point at a missing page.
 */
export function pathInEdition(path: string, lang: Language): string {
	const bare = PREFIX && (path === PREFIX || path.startsWith(`${PREFIX}/`)) ? path.slice(PREFIX.length) || '/' : path;
	return `${editionPrefix(lang)}${bare}`;
}
