/** Site-wide facts shown in pages and feeds. */
export const SITE = {
	name: 'Guarantee Watch',
	tagline: 'What leaders have said about U.S. security guarantees for Ukraine',
	lang: 'en',
} as const;
