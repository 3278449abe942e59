/** The take-away box's words (TakeAway.astro and its script), in Ukrainian: part of `uk` (../uk.ts). */

/**
 * The Ukrainian plural, as in ./common.ts (1, 21… → one; 2–4, 22–24… → few; else, 11–14
 * included, → many). Repeated, not imported, so this script shares no chunk with another.
 */
const plural = (n: number, one: string, few: string, many: string) => {
	const lastTwo = Math.abs(n) % 100;
	const last = lastTwo % 10;
	return `${n} ${lastTwo >= 11 && lastTwo <= 14 ? many : last === 1 ? one : last >= 2 && last <= 4 ? few : many}`;
};

export const takeAway = {
	heading: 'Експортувати ці заяви',
	note: 'Бібліографічні описи всіх наведених тут заяв або їхній список як дані; формуються у вашому браузері з опублікованого файлу даних.',
	format: 'Формат',
	formats: { apa: 'APA', chicago: 'Chicago', mla: 'MLA', bibtex: 'BibTeX', csl: 'CSL-JSON', csv: 'CSV', json: 'JSON' },
	copy: 'Копіювати',
	download: 'Завантажити',
	working: 'Готуємо…',
	copied: (n: number, format: string) => `${format}: скопійовано ${plural(n, 'заяву', 'заяви', 'заяв')}.`,
	downloaded: (n: number, file: string) => `${file} збережено: ${plural(n, 'заява', 'заяви', 'заяв')}.`,
	none: 'Тут поки немає жодної заяви.',
	failed: 'Не вдалося підготувати список: файл даних не завантажився.',
};
