/** Site-wide settings an operator may change; everything a reader sees is in src/i18n/vi.ts. */

/** The public address of the portal, for canonical URLs, RSS and the sitemap. */
export const SITE_URL = process.env.BANTIN_SITE_URL ?? 'https://dvqs.example.gov.vn';

/** Articles on a year, unit, tag or author page before it continues on the next page. */
export const PAGE_SIZE = 20;

/** Articles in the home page's "latest" list and in the RSS feed. */
export const LATEST_COUNT = 12;
export const FEED_COUNT = 30;

/** Related articles under each article. */
export const RELATED_COUNT = 4;

/**
 * Widths every photo is encoded at (WebP, one srcset): 480 for small phones, 800 for a 390 px
 * phone at 2× and the 44rem desktop column. Every width is an encode of every photo, the largest
 * costing most: dropping AVIF and a 1200 px size cut photo encoding at 10 000 articles from
 * 381 s to about a sixth (npm run bench, README "Speed and scale"). WebP is at quality 75
 * (src/images/photo-settings.ts), where an 800 px WebP weighs what the AVIF did.
 */
export const PHOTO_WIDTHS = [480, 800];

/** How wide an article photo is drawn (the reading column, 44rem), for the browser's srcset choice. */
export const PHOTO_SIZES = '(min-width: 46rem) 44rem, 100vw';
