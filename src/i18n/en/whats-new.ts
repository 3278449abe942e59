/** The front page's "new since your last visit" sentence, written by its script: part of `en` (../en.ts). */
import { plural } from './common.ts';

export const whatsNew = {
	lead: 'New',
	/** After "New": what was added and corrected after the day of the reader's last visit. */
	since: (date: string, added: number, corrected: number) =>
		` since your last visit (${date}): ${plural(added, 'statement', 'statements')} added, ${plural(corrected, 'correction', 'corrections')}. `,
	nothing: (date: string) => `Nothing added or corrected since your last visit (${date}). `,
	link: 'What changed',
};
