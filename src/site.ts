import { ENV, siteAddress } from './env.ts';

/** Site-wide facts shown in pages and feeds. */
export const SITE = {
	name: 'Guarantee Watch',
	tagline: 'What leaders have said about U.S. security guarantees for Ukraine',
	lang: 'en',
} as const;

/**
 * Share-card images are on unless GW_OG_IMAGES=0: the benchmark turns them off to time the
 * site without them, and times them on their own.
 */
export const OG_IMAGES = ENV.ogImages;

/** A build without a public address: pages carry a preview notice and are not indexed. */
export const PREVIEW = siteAddress().preview;
