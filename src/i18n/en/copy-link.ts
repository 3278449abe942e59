/** The copy button's words (CopyLink.astro and its inline script): part of `en` (../en.ts). */

export const copyLink = {
	label: 'Copy link',
	done: 'Link copied.',
	failed: 'Could not copy; select the address instead.',
};
