/** Ukrainian counterpart of ../en/whats-new.ts. */
import { plural } from './common.ts';

export const whatsNew = {
	lead: 'Нове',
	since: (date: string, added: number, corrected: number) =>
		` від вашого останнього візиту (${date}): додано ${plural(added, 'заяву', 'заяви', 'заяв')}, ${plural(corrected, 'виправлення', 'виправлення', 'виправлень')}. `,
	nothing: (date: string) => `Від вашого останнього візиту (${date}) нічого не додано й не виправлено. `,
	link: 'Що змінилося',
};
