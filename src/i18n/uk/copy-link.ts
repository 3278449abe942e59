/** The copy button's words (CopyLink.astro and its inline script), in Ukrainian: part of `uk` (../uk.ts). */

export const copyLink = {
	label: 'Копіювати посилання',
	done: 'Посилання скопійовано.',
	failed: 'Не вдалося скопіювати; виділіть адресу вручну.',
};
