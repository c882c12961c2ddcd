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
 * Widths every photo is encoded at (WebP, one srcset): a 390 px phone at 2× takes 800, a desktop
 * column 1200. WebP only (quality 75, astro.config.mjs), not AVIF + WebP: AVIF more than doubled
 * the build's photo encoding for no smaller file at these settings (npm run bench, README).
 */
export const PHOTO_WIDTHS = [480, 800, 1200];

/** How wide an article photo is drawn (the reading column, 44rem), for the browser's srcset choice. */
export const PHOTO_SIZES = '(min-width: 46rem) 44rem, 100vw';
