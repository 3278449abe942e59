import { LANG } from './edition.ts';
import { ENV, siteAddress } from './env.ts';

/** Site-wide facts shown in pages and feeds; `lang` is this edition's (src/edition.ts). */
export const SITE = {
	name: 'Guarantee Watch',
	lang: LANG,
} as const;

/**
 * Share-card images are on unless GW_OG_IMAGES=0: the benchmark turns them off to time the
 * site without them, and times them on their own.
 */
export const OG_IMAGES = ENV.ogImages;

/** A build without a public address: pages carry a preview notice and are not indexed. */
export const PREVIEW = siteAddress().preview;
